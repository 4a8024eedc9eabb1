// Vitest global setup of the integration project. In PGlite mode every test file gets its own
// in-memory database (fresh-database.ts); creating a new PGlite cluster takes about 4 s, so it is
// done once here: one migrated database, dumped to a file that each file's database starts from
// (about 1 s). Each file still runs the app's own migrator against its copy, which finds every
// migration applied, so a stale or broken template fails the first test instead of hiding.
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { drizzle } from "drizzle-orm/pglite";
import { migrate } from "drizzle-orm/pglite/migrator";
import type { TestProject } from "vitest/node";

declare module "vitest" {
  export interface ProvidedContext {
    /** The migrated PGlite data-folder dump, or "" outside PGlite mode. */
    pgliteTemplate: string;
  }
}

export default async function setup(project: TestProject): Promise<() => void> {
  if ((process.env.TEST_DB_MODE ?? "pglite") !== "pglite") {
    project.provide("pgliteTemplate", "");
    return () => {};
  }
  const db = await PGlite.create("memory://");
  await migrate(drizzle(db), { migrationsFolder: path.join(process.cwd(), "drizzle") });
  const dump = await db.dumpDataDir("none");
  await db.close();
  const folder = path.join(".data", `integration-template-${process.pid}`);
  mkdirSync(folder, { recursive: true });
  const file = path.join(folder, "pglite.tar");
  writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
  project.provide("pgliteTemplate", path.resolve(file));
  return () => rmSync(folder, { recursive: true, force: true });
}
