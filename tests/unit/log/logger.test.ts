import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { createLogger, jobLogger, loggerForRequestId } from "@/lib/log/logger";

function captured() {
  const lines: string[] = [];
  const destination = new Writable({
    write(chunk, _encoding, done) {
      lines.push(...String(chunk).split("\n").filter(Boolean));
      done();
    },
  });
  return { log: createLogger({ destination, level: "info" }), entries: () => lines.map((line) => JSON.parse(line) as Record<string, unknown>), text: () => lines.join("\n") };
}

describe("the JSON logger", () => {
  it("writes one JSON object per line with level, ISO time, service and message", () => {
    const { log, entries } = captured();
    log.info({ assessmentId: "a1" }, "assessment submitted");
    const [entry] = entries();
    expect(entry).toMatchObject({ level: "info", service: "adp-readiness", assessmentId: "a1", msg: "assessment submitted" });
    expect(new Date(String(entry?.time)).toISOString()).toBe(entry?.time);
    expect(entry).not.toHaveProperty("hostname");
  });

  it("redacts passwords, tokens, cookies, answers and notes wherever they are logged", () => {
    const { log, entries, text } = captured();
    log.warn(
      {
        password: "Harbour-Violet-Kettle-abc123",
        form: { newPassword: "Harbour-Violet-Kettle-def456", resetToken: "A".repeat(43), answers: { q1: 3 } },
        request: { headers: { cookie: "next-auth.session-token=eyJhbGciOi", authorization: "Bearer eyJabc", "set-cookie": "x=1" } },
        answer: { note: "Shift B still fills in paper check sheets" },
        token: "t0ken",
        notes: "private note",
      },
      "something to look at",
    );
    expect(text()).not.toMatch(/Harbour|AAAAAAAA|eyJ|t0ken|private note|Shift B|"q1"/);
    const [entry] = entries();
    expect(entry).toMatchObject({
      password: "[redacted]",
      form: { newPassword: "[redacted]", resetToken: "[redacted]", answers: "[redacted]" },
      request: { headers: { cookie: "[redacted]", authorization: "[redacted]", "set-cookie": "[redacted]" } },
      token: "[redacted]",
      notes: "[redacted]",
    });
  });

  it("logs an error's type, message and frames, without the values drizzle appends to a failed query", () => {
    const { log, entries, text } = captured();
    log.error({ err: new Error('Failed query: insert into "answers" values ($1, $2)\nparams: secret-note,Harbour-Violet-Kettle-abc123') }, "save failed");
    expect(text()).not.toContain("secret-note");
    expect(text()).not.toContain("Harbour");
    expect(entries()[0]?.err).toMatchObject({ type: "Error", message: 'Failed query: insert into "answers" values ($1, $2)\nparams: [redacted]' });
  });

  it("child loggers carry the request id, or the job when no request is being handled", () => {
    expect(loggerForRequestId("req-1").bindings()).toMatchObject({ requestId: "req-1" });
    expect(jobLogger("mail").bindings()).toMatchObject({ job: "mail" });
  });

  it("writes nothing below the configured level", () => {
    const lines: string[] = [];
    const destination = new Writable({ write: (chunk, _e, done) => (lines.push(String(chunk)), done()) });
    const log = createLogger({ destination, level: "warn" });
    log.info("routine");
    log.warn("unusual");
    expect(lines).toHaveLength(1);
  });
});
