import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { demo, demoCredentials } from "../e2e/support/accounts";
import { at, instanceA, instanceB, postCredentialsTo } from "./support/instances";

// A rolling deploy stops one instance while it is serving: the platform sends SIGTERM to the
// instance's first process (`npm start`, scripts/start.ts). The requests already in flight must
// still be answered in full, the instance must stop taking new ones, and its process must not end
// before its last answer has gone out (a container ends with its first process). The other
// instance goes on serving. scripts/test-scale-out.sh runs this after the other journeys, because
// it stops instance B, and passes the pid of B's start.ts process.

const stopsInstance = "@stops-instance";

/** Running, not exited (a zombie waiting for its parent to read its status counts as exited). */
function isRunning(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    return stat.slice(stat.lastIndexOf(")") + 2, stat.lastIndexOf(")") + 3) !== "Z";
  } catch {
    return false;
  }
}

/** Resolves with the moment `pid` is first seen gone, polling every 20 ms for at most `timeoutMs`. */
function whenExited(pid: number, timeoutMs: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const poll = setInterval(() => {
      if (!isRunning(pid)) {
        clearInterval(poll);
        resolve(Date.now());
      } else if (Date.now() - started > timeoutMs) {
        clearInterval(poll);
        reject(new Error(`process ${pid} still runs ${timeoutMs} ms after SIGTERM`));
      }
    }, 20);
  });
}

test(`an instance told to stop answers the requests in flight, then stops; the other goes on ${stopsInstance}`, async ({ request }) => {
  const pid = Number(process.env.SCALE_OUT_B_PID);
  expect(pid, "SCALE_OUT_B_PID: the pid of instance B's start.ts (set by scripts/test-scale-out.sh)").toBeGreaterThan(0);
  expect(isRunning(pid)).toBe(true);

  // The Penang officer on B, and the report of an approved revision: about a second of work each.
  const signIn = await postCredentialsTo(request, instanceB, demoCredentials(demo.penangOfficer));
  expect(signIn.status()).toBeLessThan(400);
  const queue = await request.get(at(instanceB, `/officer/programmes/${demo.penangProgramme.id}/queue?status=approved`));
  const reviewPath = /href="(\/officer\/assessments\/[0-9a-f-]{36}\/review)"/.exec(await queue.text())?.[1];
  expect(reviewPath, "an approved assessment in the Penang queue").toBeTruthy();
  const review = await request.get(at(instanceB, reviewPath!));
  const reportPath = /href="(\/assessments\/[0-9a-f-]{36}\/revisions\/\d+\/report)"/.exec(await review.text())?.[1];
  expect(reportPath, "the review page links the revision's report").toBeTruthy();

  // Eight reports are asked for at once; the stop comes while B is still making them.
  const answered: number[] = [];
  const downloads = Array.from({ length: 8 }, () =>
    request.get(at(instanceB, reportPath!), { timeout: 60_000 }).then(async (response) => {
      const body = await response.body();
      answered.push(Date.now());
      return { status: response.status(), body };
    }),
  );
  await new Promise((resolve) => setTimeout(resolve, 500));
  const stoppedAt = Date.now();
  process.kill(pid, "SIGTERM");
  const exited = whenExited(pid, 40_000);

  for (const { status, body } of await Promise.all(downloads)) {
    expect(status).toBe(200);
    expect(body.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    expect(body.subarray(-1024).toString("latin1")).toContain("%%EOF");
  }
  const lastAnswer = Math.max(...answered);
  expect(lastAnswer, "reports were still being made when B was told to stop").toBeGreaterThan(stoppedAt);
  const exitedAt = await exited;
  expect(exitedAt, "B's process ended only after its last answer had gone out").toBeGreaterThanOrEqual(lastAnswer);

  // B takes nothing new; A answers as before.
  await expect(request.get(at(instanceB, "/api/health"), { timeout: 5_000 })).rejects.toThrow(/ECONNREFUSED/);
  const health = await request.get(at(instanceA, "/api/health"));
  expect(health.status()).toBe(200);
  expect(await health.json()).toMatchObject({ status: "ok" });
});
