// What db:backup and db:restore share: which database they work on, and how they end.
import { BackupError, redactUrl } from "./backup-files";
import { embeddedDataDirectory } from "./embedded-backup";

export type DatabaseTarget = { mode: "postgres"; url: string } | { mode: "embedded"; dataRoot: string };

/** Like the other db:* scripts: DATABASE_URL means PostgreSQL, else the embedded database under ADP_DATA_DIR (.data). */
export function resolveDatabaseTarget(dataRoot: string): DatabaseTarget {
  const url = process.env.DATABASE_URL;
  return url ? { mode: "postgres", url } : { mode: "embedded", dataRoot };
}

export function describeTarget(target: DatabaseTarget): string {
  return target.mode === "postgres"
    ? `PostgreSQL database ${redactUrl(target.url)}`
    : `embedded database (PGlite) in ${embeddedDataDirectory(target.dataRoot)}`;
}

/** Parses the command line with `parse` (node:util parseArgs); prints `usage` for --help or a mistake. */
export function parseCommandLine<T extends { values: { help?: boolean } }>(parse: () => T, usage: string): T {
  let parsed: T;
  try {
    parsed = parse();
  } catch (error) {
    throw new BackupError(`${error instanceof Error ? error.message : String(error)}\n\n${usage}`);
  }
  if (parsed.values.help) {
    console.log(usage);
    process.exit(0);
  }
  return parsed;
}

export const seconds = (startedAt: number) => `${((performance.now() - startedAt) / 1000).toFixed(1)} s`;

/** Runs a command; a BackupError is printed as the message the user acts on, anything else with its stack. */
export function runCommand(command: () => Promise<void>): void {
  command().then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(error instanceof BackupError ? `\n${error.message}` : error);
      process.exit(1);
    },
  );
}
