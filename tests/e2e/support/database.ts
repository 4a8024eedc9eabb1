import { Client } from "pg";

// Read-only looks into the run's embedded database (the PGlite server scripts/start.ts starts on
// E2E_PGLITE_PORT), for checks the UI cannot make: "nothing changed" after a refused request, a
// session row's expiry. Tests change data through the app only, except where a spec says why.

const port = process.env.E2E_PGLITE_PORT ?? "54339";

export async function queryDatabase<Row extends Record<string, unknown>>(text: string, params: unknown[] = []): Promise<Row[]> {
  const client = new Client({ connectionString: `postgres://postgres:postgres@127.0.0.1:${port}/postgres` });
  await client.connect();
  try {
    return (await client.query<Row>(text, params)).rows;
  } finally {
    await client.end();
  }
}

/** The single value of a one-row, one-column query, as JSON text (so before/after compare exactly). */
export async function databaseValue(text: string, params: unknown[] = []): Promise<string> {
  const rows = await queryDatabase(text, params);
  return JSON.stringify(rows.map((row) => Object.values(row)));
}
