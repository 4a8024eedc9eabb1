import { z } from "zod";

// Parsed once per process; a bad deployment fails at start with a readable list of problems.
const EnvSchema = z.object({
  DATABASE_URL: z.string().url().optional(),
  /** "embedded" is set by scripts/start.ts when it runs PGlite for the app; anything else is PostgreSQL. */
  ADP_DB_MODE: z.enum(["embedded", "postgres"]).optional(),
  NEXTAUTH_SECRET: z.string().min(32).optional(),
  /** Public origin of the app (scheme://host[:port]); mutating requests must come from it. */
  APP_ORIGIN: z.string().url().optional(),
  DB_POOL_MAX: z.coerce.number().int().min(1).max(200).default(10),
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
});

export type Env = z.infer<typeof EnvSchema>;

let parsed: Env | undefined;

export function readEnv(): Env {
  if (parsed) return parsed;
  const result = EnvSchema.safeParse(process.env);
  if (!result.success) {
    const problems = result.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
    throw new Error(`Invalid environment: ${problems}`);
  }
  parsed = result.data;
  return parsed;
}

export function databaseMode(): "embedded" | "postgres" {
  return readEnv().ADP_DB_MODE ?? "postgres";
}
