// The in-app inbox: unread counts, pages, and marking read only one's own (PGlite and PostgreSQL).
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import {
  countUnreadNotifications,
  listNotificationsForUser,
  markAllNotificationsRead,
  markNotificationRead,
  notificationsPageSize,
  notifyAssessmentEvent,
} from "@/lib/db/queries/notifications";
import { notifications } from "@/lib/db/schema";
import { createUser, seedFixtures, type Fixtures } from "../support/fixtures";
import { createCompleteDraft, registerCurrentQuestionnaire, submit } from "./submission";

let fixtures: Fixtures;
const managerA = () => ({ id: fixtures.users.managerA.id, role: "sme" as const });

beforeAll(async () => {
  fixtures = await seedFixtures();
  await registerCurrentQuestionnaire();
});

/** A submission in programme A: one notification for officer A. */
async function submissionForOfficerA(): Promise<string> {
  const id = await createCompleteDraft(fixtures.firms.firmA.id, fixtures.programmes.programmeA.id, managerA());
  await submit(id, managerA());
  return id;
}

async function readAtOf(notificationId: string): Promise<Date | null> {
  const [row] = await getDb().select({ readAt: notifications.readAt }).from(notifications).where(eq(notifications.id, notificationId));
  return row!.readAt;
}

describe("the inbox", () => {
  it("counts and lists a user's own notifications only, newest first", async () => {
    const before = await countUnreadNotifications(fixtures.users.officerA.id);
    const first = await submissionForOfficerA();
    const second = await submissionForOfficerA();
    expect(await countUnreadNotifications(fixtures.users.officerA.id)).toBe(before + 2);
    expect(await countUnreadNotifications(fixtures.users.officerB.id)).toBe(0);
    const { items, total } = await listNotificationsForUser(fixtures.users.officerA.id, 1);
    expect(total).toBe(before + 2);
    expect(items.slice(0, 2).map((item) => item.assessmentId)).toEqual([second, first]);
    expect(items[0]).toMatchObject({ kind: "assessment.submitted", readAt: null, details: { firmName: "Firm A Sdn Bhd", programmeName: "Programme A" } });
    expect(await listNotificationsForUser(fixtures.users.officerB.id, 1)).toEqual({ items: [], total: 0 });
  });

  it("pages through many notifications", async () => {
    const reader = await createUser({ role: "sme" });
    const id = await submissionForOfficerA();
    const count = notificationsPageSize + 3;
    await getDb()
      .insert(notifications)
      .values(
        Array.from({ length: count }, (_, i) => ({
          userId: reader.id,
          kind: "assessment.approved",
          assessmentId: id,
          details: { firmName: `Firm ${i}`, programmeName: null },
          createdAt: new Date(Date.UTC(2026, 0, 1, 0, i)),
        })),
      );
    const first = await listNotificationsForUser(reader.id, 1);
    const second = await listNotificationsForUser(reader.id, 2);
    expect(first.total).toBe(count);
    expect(first.items).toHaveLength(notificationsPageSize);
    expect(first.items[0]!.details.firmName).toBe(`Firm ${count - 1}`);
    expect(second.items.map((item) => item.details.firmName)).toEqual(["Firm 2", "Firm 1", "Firm 0"]);
  });

  it("marks one notification read for its owner, keeps the first reading time, and ignores anyone else", async () => {
    const id = await submissionForOfficerA();
    const [mine] = (await listNotificationsForUser(fixtures.users.officerA.id, 1)).items.filter((item) => item.assessmentId === id);
    const unread = await countUnreadNotifications(fixtures.users.officerA.id);

    // Someone else's id: nothing changes, and the caller learns nothing about it.
    expect(await markNotificationRead(fixtures.users.officerB.id, mine!.id)).toBeNull();
    expect(await markNotificationRead(fixtures.users.managerA.id, mine!.id)).toBeNull();
    expect(await markNotificationRead(fixtures.users.officerA.id, crypto.randomUUID())).toBeNull();
    expect(await readAtOf(mine!.id)).toBeNull();
    expect(await countUnreadNotifications(fixtures.users.officerA.id)).toBe(unread);

    expect(await markNotificationRead(fixtures.users.officerA.id, mine!.id)).toEqual({ kind: "assessment.submitted", assessmentId: id });
    const readAt = await readAtOf(mine!.id);
    expect(readAt).toBeInstanceOf(Date);
    expect(await countUnreadNotifications(fixtures.users.officerA.id)).toBe(unread - 1);
    // Opening it again later keeps the first reading time.
    expect(await markNotificationRead(fixtures.users.officerA.id, mine!.id)).not.toBeNull();
    expect(await readAtOf(mine!.id)).toEqual(readAt);
  });

  it("marks all of the owner's notifications read and no one else's", async () => {
    const id = await submissionForOfficerA();
    await getDb().transaction((tx) => notifyAssessmentEvent(tx, { kind: "assessment.approved", assessmentId: id }));
    const managerUnread = await countUnreadNotifications(fixtures.users.managerA.id);
    expect(managerUnread).toBeGreaterThan(0);
    expect(await markAllNotificationsRead(fixtures.users.officerA.id)).toBeGreaterThan(0);
    expect(await countUnreadNotifications(fixtures.users.officerA.id)).toBe(0);
    expect(await countUnreadNotifications(fixtures.users.managerA.id)).toBe(managerUnread);
    expect(await markAllNotificationsRead(fixtures.users.officerA.id)).toBe(0);
  });

  it("leaves out notifications of a kind this version cannot show", async () => {
    const reader = await createUser({ role: "officer" });
    await getDb().insert(notifications).values({ userId: reader.id, kind: "assessment.archived", details: {} });
    expect(await countUnreadNotifications(reader.id)).toBe(0);
    expect((await listNotificationsForUser(reader.id, 1)).total).toBe(0);
  });
});
