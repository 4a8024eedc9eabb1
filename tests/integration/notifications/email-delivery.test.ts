// Email delivery through SMTP to a sink this file starts itself, and the outcomes recorded in the
// outbox: sent, failed and retried, never thrown (PGlite and PostgreSQL).
import { createServer, type AddressInfo } from "node:net";
import { eq, inArray } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { startSmtpSink, type SmtpSink } from "./smtp-sink";

// The environment is read once per process (lib/env.ts) and the test setup has already read it
// without SMTP; so this file sets the SMTP variables, then loads fresh copies of the modules.
type Modules = {
  db: typeof import("@/lib/db/client");
  schema: typeof import("@/lib/db/schema");
  outbox: typeof import("@/lib/db/queries/outgoing-emails");
  deliver: typeof import("@/lib/mail/deliver");
  schedule: typeof import("@/lib/mail/delivery-schedule");
  fixtures: typeof import("../support/fixtures");
  submission: typeof import("./submission");
};

async function loadModules(): Promise<Modules> {
  vi.resetModules();
  return {
    db: await import("@/lib/db/client"),
    schema: await import("@/lib/db/schema"),
    outbox: await import("@/lib/db/queries/outgoing-emails"),
    deliver: await import("@/lib/mail/deliver"),
    schedule: await import("@/lib/mail/delivery-schedule"),
    fixtures: await import("../support/fixtures"),
    submission: await import("./submission"),
  };
}

const credentials = { user: "adp-mailer", pass: "sink-password-123" };
let sink: SmtpSink;
let m: Modules;
let firmId: string;
let programmeId: string;
let manager: { id: string; role: "sme" };

function useSmtpPort(port: number): void {
  vi.stubEnv("SMTP_HOST", "127.0.0.1");
  vi.stubEnv("SMTP_PORT", String(port));
  vi.stubEnv("SMTP_SECURE", "false");
  vi.stubEnv("SMTP_USER", credentials.user);
  vi.stubEnv("SMTP_PASSWORD", credentials.pass);
  vi.stubEnv("MAIL_FROM", "ADP Readiness <no-reply@readiness.test>");
  vi.stubEnv("APP_BASE_URL", "https://readiness.test");
}

beforeAll(async () => {
  sink = await startSmtpSink(credentials);
  useSmtpPort(sink.port);
  m = await loadModules();
  const seeded = await m.fixtures.seedFixtures();
  await m.submission.registerCurrentQuestionnaire();
  firmId = seeded.firms.firmA.id;
  programmeId = seeded.programmes.programmeA.id;
  manager = { id: seeded.users.managerA.id, role: "sme" };
});

afterAll(async () => {
  await sink?.close();
  vi.unstubAllEnvs();
});

beforeEach(() => {
  sink.received.length = 0;
  sink.refuseRecipients = false;
});

/** Submits an assessment of firm A in programme A; officer A is told. Returns the ids of its emails. */
async function submissionEmails(): Promise<{ assessmentId: string; emailIds: string[] }> {
  const assessmentId = await m.submission.createCompleteDraft(firmId, programmeId, manager);
  await m.submission.submit(assessmentId, manager);
  const { notifications, outgoingEmails } = m.schema;
  const rows = await m.db
    .getDb()
    .select({ id: outgoingEmails.id })
    .from(outgoingEmails)
    .innerJoin(notifications, eq(notifications.id, outgoingEmails.notificationId))
    .where(eq(notifications.assessmentId, assessmentId));
  return { assessmentId, emailIds: rows.map((row) => row.id) };
}

/** Time passes: the emails' retry time is now. */
async function makeDue(ids: string[]): Promise<void> {
  const { outgoingEmails } = m.schema;
  await m.db.getDb().update(outgoingEmails).set({ nextAttemptAt: new Date(Date.now() - 1_000) }).where(inArray(outgoingEmails.id, ids));
}

async function emailRows(ids: string[]) {
  const { outgoingEmails } = m.schema;
  return m.db.getDb().select().from(outgoingEmails).where(inArray(outgoingEmails.id, ids));
}

describe("with SMTP configured", () => {
  it("sends a submission's email to the officer, signed in to the server, and marks it sent", async () => {
    const { assessmentId, emailIds } = await submissionEmails();
    expect(emailIds).toHaveLength(1);
    expect((await emailRows(emailIds))[0]!.status).toBe("pending");

    expect(await m.deliver.deliverPendingEmails()).toEqual({ sent: 1, failed: 0 });

    expect(sink.received).toHaveLength(1);
    const [message] = sink.received;
    expect(message!.envelopeTo).toEqual(["officer.a@agency.example"]);
    expect(message!.authenticatedAs).toBe(credentials.user);
    expect(message!.headers.to).toBe("officer.a@agency.example");
    expect(message!.headers.from).toBe("ADP Readiness <no-reply@readiness.test>");
    expect(message!.headers.subject).toBe("New submission to review: Firm A Sdn Bhd / Penyerahan baharu untuk disemak: Firm A Sdn Bhd");
    expect(message!.text).toContain(`Open it: https://readiness.test/officer/assessments/${assessmentId}/review`);
    expect(message!.text).toContain("Salam sejahtera Officer A,");

    const [row] = await emailRows(emailIds);
    expect(row).toMatchObject({ status: "sent", attempts: 1, lastError: null });
    expect(row!.sentAt).toBeInstanceOf(Date);
    // Delivered once: a second run finds nothing to send.
    expect(await m.deliver.deliverPendingEmails()).toEqual({ sent: 0, failed: 0 });
    expect(sink.received).toHaveLength(1);
  });

  it("records a refused send as failed with the error and its next try, throws nothing, and sends it once that time has come", async () => {
    const { emailIds } = await submissionEmails();
    sink.refuseRecipients = true;

    const before = Date.now();
    await expect(m.deliver.deliverPendingEmails()).resolves.toEqual({ sent: 0, failed: 1 });
    const [failed] = await emailRows(emailIds);
    // Tried once per run, however many times the loop goes round.
    expect(failed).toMatchObject({ status: "failed", attempts: 1, sentAt: null });
    expect(failed!.lastError).toMatch(/550/);
    expect(sink.received).toHaveLength(0);
    // The first retry waits a minute (lib/mail/retry-schedule.ts), by the database's clock.
    const wait = failed!.nextAttemptAt!.getTime() - before;
    expect(wait).toBeGreaterThan(55_000);
    expect(wait).toBeLessThan(65_000 + (Date.now() - before));

    // The server is back, but the retry time has not come: nothing is sent yet.
    sink.refuseRecipients = false;
    expect(await m.deliver.deliverPendingEmails()).toEqual({ sent: 0, failed: 0 });
    expect(sink.received).toHaveLength(0);

    await makeDue(emailIds);
    expect(await m.deliver.deliverPendingEmails()).toEqual({ sent: 1, failed: 0 });
    const [sent] = await emailRows(emailIds);
    expect(sent).toMatchObject({ status: "sent", attempts: 2, lastError: null, nextAttemptAt: null });
    expect(sink.received.map((message) => message.envelopeTo)).toEqual([["officer.a@agency.example"]]);
  });

  it("waits longer after each failure, and schedules nothing after the last allowed attempt", async () => {
    const { emailIds } = await submissionEmails();
    sink.refuseRecipients = true;
    const waits: (number | null)[] = [];
    for (let attempt = 1; attempt <= m.outbox.maxDeliveryAttempts; attempt += 1) {
      await makeDue(emailIds);
      const before = Date.now();
      expect(await m.deliver.deliverPendingEmails()).toEqual({ sent: 0, failed: 1 });
      const [row] = await emailRows(emailIds);
      expect(row!.attempts).toBe(attempt);
      waits.push(row!.nextAttemptAt ? Math.round((row!.nextAttemptAt.getTime() - before) / 60_000) : null);
    }
    expect(waits).toEqual([1, 5, 30, 120, null]);
    await makeDue(emailIds);
    expect(await m.deliver.deliverPendingEmails()).toEqual({ sent: 0, failed: 0 });
  });

  it("gives up on an email after the last allowed attempt", async () => {
    const { emailIds } = await submissionEmails();
    const { outgoingEmails } = m.schema;
    await m.db
      .getDb()
      .update(outgoingEmails)
      .set({ status: "failed", attempts: m.outbox.maxDeliveryAttempts, lastError: "550 Mailbox unavailable" })
      .where(inArray(outgoingEmails.id, emailIds));
    expect(await m.deliver.deliverPendingEmails()).toEqual({ sent: 0, failed: 0 });
    expect((await emailRows(emailIds))[0]).toMatchObject({ status: "failed", attempts: m.outbox.maxDeliveryAttempts });
    expect(sink.received).toHaveLength(0);
  });

  it("never sends an email held in the development outbox", async () => {
    const { outgoingEmails } = m.schema;
    const [held] = await m.db
      .getDb()
      .insert(outgoingEmails)
      .values({ toAddress: "someone@example.com", subject: "Held", textBody: "Written while SMTP was not configured.", status: "held" })
      .returning({ id: outgoingEmails.id });
    await m.deliver.deliverPendingEmails();
    expect((await emailRows([held!.id]))[0]).toMatchObject({ status: "held", attempts: 0 });
    expect(sink.received).toHaveLength(0);
  });

  it("sends each email once when two deliveries run at the same time", async () => {
    const emailIds: string[] = [];
    for (let i = 0; i < 4; i += 1) emailIds.push(...(await submissionEmails()).emailIds);
    const reports = await Promise.all([m.deliver.deliverPendingEmails(), m.deliver.deliverPendingEmails()]);
    expect(reports.reduce((sum, report) => sum + report.sent, 0)).toBe(4);
    expect(sink.received).toHaveLength(4);
    for (const row of await emailRows(emailIds)) expect(row).toMatchObject({ status: "sent", attempts: 1 });
  });
});

describe("claims", () => {
  it("holds no lock while the SMTP server answers, and another deliverer skips the claimed email", async () => {
    const { emailIds } = await submissionEmails();
    const { outgoingEmails } = m.schema;
    let releaseSend = () => {};
    const sendStarted = new Promise<void>((started) => {
      const slowSend = () =>
        new Promise<void>((resolve) => {
          releaseSend = resolve;
          started();
        });
      void m.outbox.deliverNextEmail(slowSend).then((outcome) => claimed.push(outcome));
    });
    const claimed: unknown[] = [];
    await sendStarted;

    // A locked row would keep this update waiting until the send ends.
    const touched = await m.db.getDb().update(outgoingEmails).set({ lastError: "touched while sending" }).where(inArray(outgoingEmails.id, emailIds)).returning({ id: outgoingEmails.id });
    expect(touched).toHaveLength(1);
    const secondSend = vi.fn(async () => undefined);
    const second = await m.outbox.deliverNextEmail(secondSend, []);
    expect(second?.id).not.toBe(emailIds[0]);

    releaseSend();
    await vi.waitFor(() => expect(claimed).toHaveLength(1));
    expect(claimed[0]).toEqual({ id: emailIds[0], outcome: "sent" });
    expect((await emailRows(emailIds))[0]).toMatchObject({ status: "sent", attempts: 1, claimedUntil: null });
  });

  it("leaves an email claimed by a deliverer that is still within its claim, and takes it once the claim has expired", async () => {
    const { emailIds } = await submissionEmails();
    const { outgoingEmails } = m.schema;
    const setClaim = (until: Date) => m.db.getDb().update(outgoingEmails).set({ claimedUntil: until }).where(inArray(outgoingEmails.id, emailIds));

    await setClaim(new Date(Date.now() + 60_000));
    expect(await m.deliver.deliverPendingEmails()).toEqual({ sent: 0, failed: 0 });
    expect(sink.received).toHaveLength(0);

    // The deliverer that claimed it died before recording the outcome: at least once, never lost.
    await setClaim(new Date(Date.now() - 1_000));
    expect(await m.deliver.deliverPendingEmails()).toEqual({ sent: 1, failed: 0 });
    expect((await emailRows(emailIds))[0]).toMatchObject({ status: "sent", attempts: 1, claimedUntil: null });
  });
});

describe("the delivery schedule", () => {
  it("retries a failed email when its time comes, without any new event, and sends it once", async () => {
    const { emailIds } = await submissionEmails();
    sink.refuseRecipients = true;
    expect(await m.deliver.deliverPendingEmails()).toEqual({ sent: 0, failed: 1 });
    sink.refuseRecipients = false;

    const schedule = m.schedule.startDeliverySchedule(50);
    try {
      // Not yet due: ticks come and go and nothing is sent.
      await new Promise((resolve) => setTimeout(resolve, 400));
      expect(sink.received).toHaveLength(0);

      await makeDue(emailIds);
      await vi.waitFor(() => expect(sink.received).toHaveLength(1), { timeout: 10_000 });
      // Later ticks find nothing more to send.
      await new Promise((resolve) => setTimeout(resolve, 400));
    } finally {
      schedule.stop();
    }
    expect(sink.received).toHaveLength(1);
    expect((await emailRows(emailIds))[0]).toMatchObject({ status: "sent", attempts: 2 });
  });

  it("two instances' schedules never send one email twice", async () => {
    const emailIds: string[] = [];
    for (let i = 0; i < 6; i += 1) emailIds.push(...(await submissionEmails()).emailIds);
    // Half of them failed earlier and are due now: retries and first sends race alike.
    sink.refuseRecipients = true;
    const { outgoingEmails } = m.schema;
    await m.db.getDb().update(outgoingEmails).set({ status: "failed", attempts: 1, lastError: "550 earlier", nextAttemptAt: new Date(Date.now() - 1_000) }).where(inArray(outgoingEmails.id, emailIds.slice(0, 3)));
    sink.refuseRecipients = false;

    // A second copy of the modules is a second deliverer with its own connection pool, as another instance would be.
    const other = await loadModules();
    const schedules = [m.schedule.startDeliverySchedule(10), other.schedule.startDeliverySchedule(10)];
    try {
      await vi.waitFor(async () => expect((await emailRows(emailIds)).every((row) => row.status === "sent")).toBe(true), { timeout: 20_000, interval: 100 });
      await new Promise((resolve) => setTimeout(resolve, 300));
    } finally {
      for (const schedule of schedules) schedule.stop();
    }
    expect(sink.received).toHaveLength(6);
    expect(new Set(sink.received.map((message) => message.headers.subject + message.text)).size).toBe(6);
    await other.db.closeDb();
  });
});

describe("with an SMTP server that cannot be reached", () => {
  it("records the failure and throws nothing", async () => {
    const { emailIds } = await submissionEmails();
    const closedPort = await new Promise<number>((resolve) => {
      const probe = createServer().listen(0, "127.0.0.1", () => {
        const { port } = probe.address() as AddressInfo;
        probe.close(() => resolve(port));
      });
    });
    useSmtpPort(closedPort);
    const unreachable = await loadModules();
    await expect(unreachable.deliver.deliverPendingEmails()).resolves.toEqual({ sent: 0, failed: 1 });
    const [row] = await emailRows(emailIds);
    expect(row).toMatchObject({ status: "failed", attempts: 1 });
    expect(row!.lastError).toMatch(/ECONNREFUSED|connect/i);
  });
});
