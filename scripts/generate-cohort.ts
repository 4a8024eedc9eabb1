// `npm run db:generate-cohort -- --firms 100000 [--seed 42] [--programme <id>]`: fills the database
// with a synthetic cohort for load and analytics tests (scripts/lib/synthetic-cohort.ts). Uses
// DATABASE_URL when set (PostgreSQL), else the embedded database in .data/ (stop `npm start` first:
// one process at a time owns that folder). Without --programme it creates a "Synthetic cohort" programme.
import { parseArgs } from "node:util";
import { getDb } from "@/lib/db/client";
import { migrateDatabase, withTaskDatabase } from "./lib/database-tasks";
import { defaultSyntheticSeed, generateSyntheticCohort } from "./lib/synthetic-cohort";

const usage = "usage: npm run db:generate-cohort -- --firms <1–1000000> [--seed <integer>] [--programme <programme id>]";

function readOptions(): { firms: number; seed: number; programmeId?: string } {
  const { values } = parseArgs({
    options: { firms: { type: "string" }, seed: { type: "string" }, programme: { type: "string" }, help: { type: "boolean" } },
    strict: true,
  });
  if (values.help) {
    console.log(usage);
    process.exit(0);
  }
  const firms = Number(values.firms);
  if (!values.firms || !/^\d+$/.test(values.firms) || firms < 1 || firms > 1_000_000) throw new Error(`--firms must be a whole number from 1 to 1000000.\n${usage}`);
  const seed = values.seed === undefined ? defaultSyntheticSeed : Number(values.seed);
  if (!Number.isSafeInteger(seed)) throw new Error(`--seed must be a whole number.\n${usage}`);
  const programmeId = values.programme;
  if (programmeId !== undefined && !/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(programmeId)) {
    throw new Error(`--programme must be a programme id (a UUID).\n${usage}`);
  }
  return { firms, seed, programmeId };
}

async function main(): Promise<void> {
  const options = readOptions();
  await withTaskDatabase(async () => {
    await migrateDatabase();
    const started = performance.now();
    let lastReport = 0;
    const result = await generateSyntheticCohort(getDb(), {
      ...options,
      onProgress: (done) => {
        const now = performance.now();
        if (done < options.firms && now - lastReport < 2000) return;
        lastReport = now;
        const seconds = (now - started) / 1000;
        console.log(`  ${done.toLocaleString("en")} / ${options.firms.toLocaleString("en")} firms (${Math.round(done / seconds).toLocaleString("en")} firms/s)`);
      },
    });
    const seconds = (performance.now() - started) / 1000;
    console.log(
      `Generated ${options.firms.toLocaleString("en")} firms and ${result.assessments.toLocaleString("en")} assessments ` +
        `in programme ${result.programmeId} (seed ${options.seed}) in ${seconds.toFixed(1)} s.`,
    );
  });
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
