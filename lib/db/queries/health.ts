import "server-only";
import { readFileSync } from "node:fs";
import path from "node:path";
import { getDb } from "../client";
import { migrationsFolder, readMigrationState, type MigrationState } from "../migrate";

// The shipped migrations do not change while the process runs: read the journal once.
let shippedMigrations: number | undefined;

function countShippedMigrations(): number {
  if (shippedMigrations !== undefined) return shippedMigrations;
  // eslint-disable-next-line security/detect-non-literal-fs-filename -- a fixed path inside the app, no input in it
  const journal = JSON.parse(readFileSync(path.join(migrationsFolder, "meta", "_journal.json"), "utf8")) as { entries: unknown[] };
  shippedMigrations = journal.entries.length;
  return shippedMigrations;
}

/** Throws when the database cannot be reached. */
export async function checkDatabaseHealth(): Promise<MigrationState> {
  return readMigrationState(getDb(), countShippedMigrations());
}
