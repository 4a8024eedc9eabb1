import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

// "All SQL in lib/db": eslint keeps the drivers and drizzle's `sql` tag out of other modules
// (eslint.config.mjs); this catches SQL text that would reach the database another way, e.g. a
// string handed to a helper that executes it.

const root = path.resolve(__dirname, "../../..");

function sourceFiles(folder: string): string[] {
  return readdirSync(path.join(root, folder), { withFileTypes: true }).flatMap((entry) => {
    const relative = path.posix.join(folder, entry.name);
    if (entry.isDirectory()) return relative === "lib/db" ? [] : sourceFiles(relative);
    return /\.(ts|tsx|mts|js|mjs)$/.test(entry.name) ? [relative] : [];
  });
}

// Statement shapes, not words: "Select a sector from the list" is English, "SELECT id FROM firms" is SQL.
const sqlStatement = [
  /\bSELECT\s+(?:DISTINCT\s+)?[\w"*.(),\s]+?\s+FROM\s+["\w]/,
  /\bselect\s+(?:distinct\s+)?[\w"*.(),]+(?:\s*,\s*[\w"*.()]+)*\s+from\s+["\w]+(?:\s+(?:where|join|inner|left|order|group|limit)\b|\s*;|["'`])/,
  /\b(?:INSERT\s+INTO|insert\s+into)\s+["\w]+\s*(?:\(|values|VALUES|select|SELECT)/,
  /\b(?:UPDATE|update)\s+["\w]+\s+(?:SET|set)\s+["\w]+\s*=/,
  /\b(?:DELETE\s+FROM|delete\s+from)\s+["\w]+/,
  /\b(?:CREATE|ALTER|DROP|TRUNCATE)\s+(?:TABLE|INDEX|SCHEMA)\b/i,
];

function findSqlText(text: string): string[] {
  return sqlStatement.flatMap((pattern) => {
    const match = pattern.exec(text);
    return match ? [match[0]] : [];
  });
}

describe("no raw SQL outside lib/db", () => {
  it("finds no SQL statements in app, components, lib (except lib/db) or proxy.ts", () => {
    const files = [...["app", "components", "lib"].flatMap(sourceFiles), "proxy.ts"];
    expect(files.length).toBeGreaterThan(100);
    const offenders = files.flatMap((file) => findSqlText(readFileSync(path.join(root, file), "utf8")).map((sql) => `${file}: ${sql}`));
    expect(offenders).toEqual([]);
  });

  it("recognises SQL, and leaves English alone", () => {
    expect(findSqlText("await pool.query(`select id, name from firms where id = $1`)")).not.toEqual([]);
    expect(findSqlText('db.execute("SELECT * FROM users")')).not.toEqual([]);
    expect(findSqlText("client.query('insert into audit_events (id) values ($1)')")).not.toEqual([]);
    expect(findSqlText("`UPDATE users SET active = false`")).not.toEqual([]);
    expect(findSqlText("'delete from user_sessions'")).not.toEqual([]);
    expect(findSqlText("Select a sector from the list. Update your details and set a new password.")).toEqual([]);
    expect(findSqlText("Delete from your records anything you no longer need.")).toEqual([]);
  });
});
