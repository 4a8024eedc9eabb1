// Row count and checksum of every table (and the position of every sequence), so a backup can be
// proven to hold what the database held: the backup scripts print it and store it next to the
// backup, the restore compares the restored database with it, and the integration drill compares
// a source and its restored copy. Works the same on PostgreSQL and on PGlite.

/** Runs one SQL statement on a dedicated connection and returns its rows. */
export type RunSql = (text: string) => Promise<Record<string, unknown>[]>;

export type TableChecksum = { table: string; rows: number; checksum: string };
export type SequencePosition = { sequence: string; lastValue: string | null };
export type DatabaseSummary = { tables: TableChecksum[]; sequences: SequencePosition[] };

// A row's text form depends on these settings; fixing them makes the checksum a function of the
// data alone, whatever the server's or the role's defaults are.
const deterministicOutput = [
  "set time zone 'UTC'",
  "set datestyle = 'ISO, YMD'",
  "set intervalstyle = 'postgres'",
  "set extra_float_digits = 1",
  "set bytea_output = 'hex'",
];

const quoteIdentifier = (name: string) => `"${name.replaceAll('"', '""')}"`;

/**
 * Every base table outside the system schemas (so tables added by later migrations are covered
 * without listing them), with its row count and an md5 over its rows. Rows are hashed one by one
 * and the hashes sorted (in the "C" collation), so the checksum does not depend on physical row
 * order, on the database's collation or on a primary key, and memory stays at 32 bytes a row.
 * Changes the session's output settings: call it on a connection of its own.
 */
export async function readDatabaseSummary(run: RunSql): Promise<DatabaseSummary> {
  for (const statement of deterministicOutput) await run(statement);
  const tableRows = await run(
    `select table_schema, table_name from information_schema.tables
      where table_type = 'BASE TABLE' and table_schema not in ('pg_catalog', 'information_schema')
      order by table_schema collate "C", table_name collate "C"`,
  );
  const tables: TableChecksum[] = [];
  for (const row of tableRows) {
    const schema = String(row.table_schema);
    const name = String(row.table_name);
    const [result] = await run(
      `select count(*)::text as rows, md5(coalesce(string_agg(row_hash, '' order by row_hash collate "C"), '')) as checksum
         from (select md5(t::text) as row_hash from ${quoteIdentifier(schema)}.${quoteIdentifier(name)} as t) as hashed`,
    );
    tables.push({ table: qualifiedName(schema, name), rows: Number(result?.rows ?? 0), checksum: String(result?.checksum ?? "") });
  }
  const sequenceRows = await run(
    `select schemaname, sequencename, last_value::text as last_value from pg_sequences
      where schemaname not in ('pg_catalog', 'information_schema')
      order by schemaname collate "C", sequencename collate "C"`,
  );
  const sequences = sequenceRows.map((row) => ({
    sequence: qualifiedName(String(row.schemaname), String(row.sequencename)),
    lastValue: row.last_value === null || row.last_value === undefined ? null : String(row.last_value),
  }));
  return { tables, sequences };
}

/** `users` for the public schema, `drizzle.__drizzle_migrations` elsewhere. */
function qualifiedName(schema: string, name: string): string {
  return schema === "public" ? name : `${schema}.${name}`;
}

export function totalRows(summary: DatabaseSummary): number {
  return summary.tables.reduce((sum, table) => sum + table.rows, 0);
}

/** Every way `actual` differs from `expected`, in words; empty when they hold the same data. */
export function compareSummaries(expected: DatabaseSummary, actual: DatabaseSummary): string[] {
  const differences: string[] = [];
  const actualTables = new Map(actual.tables.map((table) => [table.table, table]));
  for (const table of expected.tables) {
    const found = actualTables.get(table.table);
    if (!found) differences.push(`table ${table.table} is missing`);
    else if (found.rows !== table.rows) differences.push(`table ${table.table} has ${found.rows} rows, expected ${table.rows}`);
    else if (found.checksum !== table.checksum) differences.push(`table ${table.table} has the same row count but different contents`);
    actualTables.delete(table.table);
  }
  for (const extra of actualTables.keys()) differences.push(`table ${extra} is not in the backup`);

  const actualSequences = new Map(actual.sequences.map((sequence) => [sequence.sequence, sequence.lastValue]));
  for (const sequence of expected.sequences) {
    if (!actualSequences.has(sequence.sequence)) differences.push(`sequence ${sequence.sequence} is missing`);
    else if (actualSequences.get(sequence.sequence) !== sequence.lastValue) {
      differences.push(`sequence ${sequence.sequence} is at ${actualSequences.get(sequence.sequence)}, expected ${sequence.lastValue}`);
    }
    actualSequences.delete(sequence.sequence);
  }
  for (const extra of actualSequences.keys()) differences.push(`sequence ${extra} is not in the backup`);
  return differences;
}
