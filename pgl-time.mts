import { PGlite } from "@electric-sql/pglite";
const t0 = Date.now();
const db = await PGlite.create("memory://");
const t1 = Date.now();
const { readdirSync, readFileSync } = await import("node:fs");
const files = readdirSync("drizzle").filter((f) => f.endsWith(".sql")).sort();
for (const f of files) { for (const stmt of readFileSync(`drizzle/${f}`, "utf8").split("--> statement-breakpoint")) if (stmt.trim()) await db.exec(stmt); }
const t2 = Date.now();
const dump = await db.dumpDataDir("none");
const t3 = Date.now();
const db2 = await PGlite.create({ loadDataDir: dump });
await db2.query("select 1");
const t4 = Date.now();
console.log({ create: t1 - t0, migrate: t2 - t1, files: files.length, dump: t3 - t2, size: dump.size, load: t4 - t3 });
