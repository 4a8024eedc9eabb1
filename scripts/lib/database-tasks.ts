import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { randomBytes } from "node:crypto";
import { eq } from "drizzle-orm";
import { drizzle } from "drizzle-orm/node-postgres";
import { Client } from "pg";
import { hashPassword } from "@/lib/auth/password-hash";
import { closeDb, getDb } from "@/lib/db/client";
import { DEMO_PASSWORD, demoCohort, demoFirmHistories, demoFirms, demoPlanActions } from "@/lib/db/demo-data";
import * as schema from "@/lib/db/schema";
import { firms, planActions } from "@/lib/db/schema";
import { applyMigrations } from "@/lib/db/migrate";
import { catalogue } from "@/lib/catalogue/catalogue";
import { isDatabaseEmpty, registerQuestionnaireVersions, seedCatalogue, seedDemoData } from "@/lib/db/seed";
import { currentQuestionnaireId, publishedQuestionnaires } from "@/lib/questionnaire/published";
import { startEmbeddedDatabase, type EmbeddedDatabase } from "./embedded-database";
import { generateSyntheticCohort, syntheticFirmId, writeDemoFirmHistory } from "./synthetic-cohort";

/** Root of the embedded mode's local files (database, local auth secret); git-ignored. */
export const dataRoot = process.env.ADP_DATA_DIR ?? ".data";

/**
 * Points DATABASE_URL at a database for a one-off task: the configured PostgreSQL, or a
 * temporary embedded server on the local data folder.
 */
export async function withTaskDatabase<T>(task: () => Promise<T>): Promise<T> {
  let embedded: EmbeddedDatabase | undefined;
  if (!process.env.DATABASE_URL) {
    embedded = await startEmbeddedDatabase({ dataDir: `${dataRoot}/pglite`, port: Number(process.env.PGLITE_TASK_PORT ?? 54330) });
    process.env.DATABASE_URL = embedded.url;
    process.env.ADP_DB_MODE = "embedded";
  }
  try {
    return await task();
  } finally {
    await closeDb();
    await embedded?.stop();
  }
}

/**
 * Brings the schema up to date and registers the product content every deployment needs: the
 * published questionnaire versions and the shipped catalogue (items an admin edited or added are
 * kept as they are; see seedCatalogue). Demo accounts are separate (seedDatabase).
 */
export async function migrateDatabase(): Promise<void> {
  // Several instances starting at once on one PostgreSQL (a deploy, a restart) would each apply the
  // same migrations and collide; a session advisory lock lets one do the work while the others wait
  // and then find nothing left to do. All of it runs on the locking connection; closing it unlocks.
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set");
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 10_000 });
  await client.connect();
  try {
    await client.query("select pg_advisory_lock($1)", [MIGRATION_LOCK_KEY]);
    const db = drizzle(client, { schema });
    await applyMigrations(db);
    await registerQuestionnaireVersions(
      db,
      publishedQuestionnaires.map(({ id, contentHash }) => ({ id, contentHash })),
    );
    await seedCatalogue(db, catalogue);
  } finally {
    await client.end();
  }
}

/** Any fixed number the app uses for nothing else: the key of the migration lock. */
const MIGRATION_LOCK_KEY = 4_172_026_001;

export async function seedDatabase(): Promise<void> {
  await seedDemoData(getDb(), {
    passwordHash: await hashPassword(DEMO_PASSWORD),
    questionnaireVersionId: currentQuestionnaireId,
  });
  await seedDemoCohort();
  await seedDemoFirmHistories();
  await seedDemoPlan();
}

/** A calendar day (UTC) some days before `now`; negative days lie ahead. */
function dayBefore(now: Date, days: number): string {
  return new Date(now.getTime() - days * 86_400_000).toISOString().slice(0, 10);
}

/** Plastik Maju's improvement plan (lib/db/demo-data.ts demoPlanActions); actions already there are left alone. */
export async function seedDemoPlan(now: Date = new Date()): Promise<{ written: number }> {
  const firm = demoFirms[0];
  const rows = await getDb()
    .insert(planActions)
    .values(
      demoPlanActions.map((action) => ({
        id: action.id,
        firmId: firm.id,
        dimensionId: action.dimensionId,
        title: action.title,
        ownerUserId: firm.managerId,
        startsOn: dayBefore(now, action.startsDaysAgo),
        dueOn: dayBefore(now, action.dueDaysAgo),
        estimatedCost: action.estimatedCost,
        currency: "MYR",
        instrumentId: action.instrumentId,
        status: action.status,
        completedAt: action.completedDaysAgo === null ? null : new Date(now.getTime() - action.completedDaysAgo * 86_400_000),
        createdBy: firm.managerId,
        updatedBy: firm.managerId,
      })),
    )
    .onConflictDoNothing({ target: planActions.id })
    .returning({ id: planActions.id });
  return { written: rows.length };
}

/**
 * The demo programme's synthetic cohort (lib/db/demo-data.ts demoCohort). Its ids are derived from
 * the seed, so a run that finds the first firm already there changes nothing.
 */
export async function seedDemoCohort(): Promise<{ seeded: boolean }> {
  const db = getDb();
  const firstFirmId = syntheticFirmId(demoCohort.seed, demoCohort.programmeId, 0);
  const [existing] = await db.select({ id: firms.id }).from(firms).where(eq(firms.id, firstFirmId)).limit(1);
  if (existing) return { seeded: false };
  await generateSyntheticCohort(db, {
    firms: demoCohort.firms,
    programmeId: demoCohort.programmeId,
    seed: demoCohort.seed,
    sectorWeights: demoCohort.sectorWeights,
    recentShare: demoCohort.recentShare,
  });
  return { seeded: true };
}

/** The demo SME firms' own assessments (lib/db/demo-data.ts demoFirmHistories); a firm that has one already is left alone. */
export async function seedDemoFirmHistories(): Promise<{ written: number }> {
  let written = 0;
  for (const history of demoFirmHistories) {
    if ((await writeDemoFirmHistory(getDb(), history, { seed: demoCohort.seed })).written) written += 1;
  }
  return { written };
}

export async function isEmpty(): Promise<boolean> {
  return isDatabaseEmpty(getDb());
}

/** A stable local secret for the embedded mode; deployments set NEXTAUTH_SECRET themselves. */
export function ensureLocalAuthSecret(): string {
  const file = `${dataRoot}/auth-secret`;
  if (!existsSync(file)) {
    mkdirSync(dataRoot, { recursive: true });
    writeFileSync(file, randomBytes(32).toString("base64url"), { mode: 0o600 });
  }
  return readFileSync(file, "utf8").trim();
}
