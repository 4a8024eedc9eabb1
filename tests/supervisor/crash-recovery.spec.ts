import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { expect, test } from "@playwright/test";
import { getPublishedQuestionnaire } from "@/lib/questionnaire/published";
import { demo, demoCredentials } from "../e2e/support/accounts";
import { signInWithApi } from "../e2e/support/auth";
import { App, whenAllExited } from "./support/app-process";
import { AutosaveLedger, readBack, startAutosaveLoad } from "./support/autosave-load";

// `npm start` is three processes: the supervisor (scripts/start.ts), the PGlite server and the
// Next.js server. Each is killed with -9 while an SME autosaves, and the app must come back on its
// own (the database) or be restartable at once (the other two), with every acknowledged save
// still there. scripts/test-supervisor.sh runs this against the production build the suite makes.

const dataDir = mkdtempSync(path.join(tmpdir(), "adp-supervisor-test-"));
const apps: App[] = [];

function startApp(): App {
  const app = new App(dataDir);
  apps.push(app);
  return app;
}

test.afterAll(() => {
  for (const app of apps) app.killAll();
  rmSync(dataDir, { recursive: true, force: true });
});

test.afterEach(({}, testInfo) => {
  if (testInfo.status !== testInfo.expectedStatus) for (const app of apps) console.log(`--- app output ---\n${app.tail(80)}`);
});

/** A few indicators' notes, written in turn, so a lost save shows as a wrong note. */
const noteFields = getPublishedQuestionnaire("v1")!
  .structure.factors.flatMap((factor) => factor.dimensions.flatMap((dimension) => dimension.indicators.map((indicator) => indicator.id)))
  .slice(0, 6);

/** Seconds each part took, printed at the end: the budget of `npm test` is tight. */
const timings: string[] = [];
async function timed(title: string, body: () => Promise<void>): Promise<void> {
  const started = Date.now();
  await test.step(title, body);
  timings.push(`${((Date.now() - started) / 1000).toFixed(1)} s  ${title}`);
}

test("kill -9 of the database, the web server or the supervisor during autosaves loses no acknowledged save", async ({ request }) => {
  const started = Date.now();
  let app = startApp();
  await app.healthy(180_000);

  // Seri Jaya's assessment was returned to the firm: a draft its manager may autosave.
  await signInWithApi(request, demoCredentials(demo.seriJayaManager));
  const dashboard = await (await request.get("/dashboard")).text();
  const assessmentId = /href="\/assessments\/([0-9a-f-]{36})/.exec(dashboard)?.[1];
  expect(assessmentId, "Seri Jaya's assessment on its dashboard").toBeTruthy();
  const ledger = new AutosaveLedger(assessmentId!, noteFields);
  timings.push(`${((Date.now() - started) / 1000).toFixed(1)} s  first start (demo data seeded) and sign-in`);
  ledger.reconcile(await readBack(request, ledger), "before the load");

  await timed("the PGlite server is killed: the supervisor restarts it and saves go on", async () => {
    const before = app.processes();
    const load = startAutosaveLoad(request, ledger);
    await load.acknowledgedMore(25, 30_000);
    process.kill(before.database, "SIGKILL");
    // No one restarts anything by hand: saves are acknowledged again once the database is back.
    await load.acknowledgedMore(20, 60_000);
    await load.stop();
    const after = app.processes();
    expect(after.supervisor).toBe(before.supervisor);
    expect(after.web).toBe(before.web);
    expect(after.database).not.toBe(before.database);
    ledger.reconcile(await readBack(request, ledger), "after the database was killed");
    expect(ledger.lost).toEqual([]);
  });

  await timed("the Next.js server is killed: the supervisor stops the database and exits non-zero", async () => {
    const before = app.processes();
    const load = startAutosaveLoad(request, ledger);
    await load.acknowledgedMore(25, 30_000);
    process.kill(before.web, "SIGKILL");
    expect(await app.exited, "the app's exit code").not.toBe(0);
    await load.stop();
    await whenAllExited([before.supervisor, before.database], 5_000);

    // What a process manager does next.
    app = startApp();
    await app.healthy();
    ledger.reconcile(await readBack(request, ledger), "after the web server was killed and the app restarted");
    expect(ledger.lost).toEqual([]);
  });

  await timed("the supervisor is killed: its children exit, and the app starts again on the same folder", async () => {
    const before = app.processes();
    const load = startAutosaveLoad(request, ledger);
    await load.acknowledgedMore(25, 30_000);
    const killedAt = Date.now();
    process.kill(before.supervisor, "SIGKILL");
    // Orphans would hold the data folder's lock and the port; the next start would refuse.
    await whenAllExited([before.database, before.web], 15_000);
    timings.push(`${((Date.now() - killedAt) / 1000).toFixed(1)} s  for the children to exit after the supervisor was killed`);
    await load.stop();

    app = startApp();
    await app.healthy();
    ledger.reconcile(await readBack(request, ledger), "after the supervisor was killed and the app restarted");
    expect(ledger.lost).toEqual([]);
    const load2 = startAutosaveLoad(request, ledger);
    await load2.acknowledgedMore(5, 30_000);
    await load2.stop();
  });

  await timed("a clean stop leaves a data folder that opens, holding the last save", async () => {
    const last = await readBack(request, ledger);
    ledger.reconcile(last, "before the clean stop");
    expect(ledger.lost).toEqual([]);
    const { supervisor } = app.processes();
    process.kill(supervisor, "SIGTERM");
    expect(await app.exited, "the app's exit code after a stop").toBe(0);

    const db = await PGlite.create(path.join(dataDir, "pglite"));
    try {
      const { rows } = await db.query<{ version: number; notes: Record<string, string> }>(
        "select version, answers->'notes' as notes from assessment_revisions where assessment_id = $1 and submitted_at is null",
        [assessmentId],
      );
      expect(rows).toEqual([{ version: last.version, notes: last.notes }]);
    } finally {
      await db.close();
    }
  });

  console.log(timings.join("\n"));
  console.log(`autosaves: ${ledger.acknowledged} acknowledged, ${ledger.unacknowledged} without an answer or refused while a process was down; none lost`);
});
