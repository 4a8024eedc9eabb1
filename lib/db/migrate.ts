import "server-only";
import path from "node:path";
import { sql } from "drizzle-orm";
import { migrate } from "drizzle-orm/node-postgres/migrator";
import type { Database } from "./client";

export const migrationsFolder = path.join(process.cwd(), "drizzle");

export async function applyMigrations(db: Database): Promise<void> {
  await migrate(db, { migrationsFolder });
}

export type MigrationState = { applied: number; expected: number; upToDate: boolean };

/** Compares the migrations recorded in the database with the ones shipped in drizzle/. */
export async function readMigrationState(db: Database, expected: number): Promise<MigrationState> {
  const table = await db.execute<{ exists: boolean }>(
    sql`select to_regclass('drizzle.__drizzle_migrations') is not null as exists`,
  );
  if (!table.rows[0]?.exists) return { applied: 0, expected, upToDate: expected === 0 };
  const result = await db.execute<{ count: string }>(sql`select count(*)::text as count from drizzle.__drizzle_migrations`);
  const applied = Number(result.rows[0]?.count ?? 0);
  return { applied, expected, upToDate: applied >= expected };
}
