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

  it("records a refused send as failed with the error, throws nothing, and sends it on a later run", async () => {
    const { emailIds } = await submissionEmails();
    sink.refuseRecipients = true;

    await expect(m.deliver.deliverPendingEmails()).resolves.toEqual({ sent: 0, failed: 1 });
    const [failed] = await emailRows(emailIds);
    // Tried once per run, however many times the loop goes round.
    expect(failed).toMatchObject({ status: "failed", attempts: 1, sentAt: null });
    expect(failed!.lastError).toMatch(/550/);
    expect(sink.received).toHaveLength(0);

    sink.refuseRecipients = false;
    expect(await m.deliver.deliverPendingEmails()).toEqual({ sent: 1, failed: 0 });
    const [sent] = await emailRows(emailIds);
    expect(sent).toMatchObject({ status: "sent", attempts: 2, lastError: null });
    expect(sink.received.map((message) => message.envelopeTo)).toEqual([["officer.a@agency.example"]]);
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
