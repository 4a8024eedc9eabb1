import { z } from "zod";
import { defaultTimeZone, isTimeZone } from "@/lib/i18n/format";

// An empty value (`SMTP_HOST=` in a .env file, or a variable cleared by a launcher) means "not set".
const unsetWhenEmpty = (value: unknown) => (value === "" ? undefined : value);
const optional = <T extends z.ZodType>(schema: T) => z.preprocess(unsetWhenEmpty, schema.optional());

const booleanFlag = z.enum(["true", "false", "1", "0", "yes", "no"]).transform((value) => value === "true" || value === "1" || value === "yes");

// Parsed once per process; a bad deployment fails at start with a readable list of problems.
const EnvSchema = z
  .object({
    DATABASE_URL: z.string().url().optional(),
    /** "embedded" is set by scripts/start.ts when it runs PGlite for the app; anything else is PostgreSQL. */
    ADP_DB_MODE: z.enum(["embedded", "postgres"]).optional(),
    NEXTAUTH_SECRET: z.string().min(32).optional(),
    /** Public URL next-auth builds its redirects from; scripts/start.ts sets it to http://localhost:PORT when unset. */
    NEXTAUTH_URL: optional(z.string().url()),
    /** Public origin of the app (scheme://host[:port]); mutating requests must come from it. */
    APP_ORIGIN: z.string().url().optional(),
    /**
     * How many proxies of this deployment (load balancer, TLS terminator) stand in front of the app and
     * append to X-Forwarded-For. 0 (default): the header is ignored and the socket's peer is the
     * client, as anyone can write the header. Sign-in throttling counts by the client address.
     */
    TRUSTED_PROXY_HOPS: z.preprocess(unsetWhenEmpty, z.coerce.number().int().min(0).max(10).default(0)),
    DB_POOL_MAX: z.coerce.number().int().min(1).max(200).default(10),
    NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
    /** Lowest level written to the JSON log on stdout (lib/log/logger.ts). */
    LOG_LEVEL: z.preprocess(unsetWhenEmpty, z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info")),

    // Email. Without SMTP_HOST nothing is sent: emails are kept in the development outbox (/admin/outbox).
    SMTP_HOST: optional(z.string().trim().min(1)),
    /** Default 465 when SMTP_SECURE is true, else 587. */
    SMTP_PORT: optional(z.coerce.number().int().min(1).max(65535)),
    /** true: TLS from the first byte (port 465). false: plain connection upgraded with STARTTLS when the server offers it. */
    SMTP_SECURE: optional(booleanFlag),
    SMTP_USER: optional(z.string().min(1)),
    SMTP_PASSWORD: optional(z.string().min(1)),
    /** Sender of every email, e.g. `ADP Readiness <no-reply@readiness.example.gov>`; required with SMTP_HOST. */
    MAIL_FROM: optional(z.string().trim().min(3)),
    /** Seconds between the scheduled deliveries that retry failed emails (lib/mail/delivery-schedule.ts). */
    MAIL_RETRY_INTERVAL_SECONDS: z.preprocess(unsetWhenEmpty, z.coerce.number().int().min(1).max(3600).default(60)),
    /** Public URL the links in emails start with; defaults to APP_ORIGIN, then NEXTAUTH_URL. */
    APP_BASE_URL: optional(z.string().url()),
    /** IANA time zone dates and times are shown in, whatever the server's own zone: e.g. Asia/Kuala_Lumpur (default), UTC. */
    APP_TIME_ZONE: z.preprocess(unsetWhenEmpty, z.string().refine(isTimeZone, "is not an IANA time zone (e.g. Asia/Kuala_Lumpur)").default(defaultTimeZone)),
  })
  .superRefine((env, context) => {
    if (env.SMTP_HOST && !env.MAIL_FROM) {
      context.addIssue({ code: "custom", path: ["MAIL_FROM"], message: "is required when SMTP_HOST is set (the sender of every email)" });
    }
    if (Boolean(env.SMTP_USER) !== Boolean(env.SMTP_PASSWORD)) {
      context.addIssue({ code: "custom", path: [env.SMTP_USER ? "SMTP_PASSWORD" : "SMTP_USER"], message: "SMTP_USER and SMTP_PASSWORD are set together or not at all" });
    }
  });

export type Env = z.infer<typeof EnvSchema>;

/** Parses an environment; throws one error listing every problem. readEnv() is the cached reading of process.env. */
export function parseEnv(source: Record<string, string | undefined>): Env {
  const result = EnvSchema.safeParse(source);
  if (!result.success) {
    const problems = result.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
    throw new Error(`Invalid environment: ${problems}`);
  }
  return result.data;
}

let parsed: Env | undefined;

export function readEnv(): Env {
  parsed ??= parseEnv(process.env);
  return parsed;
}

/** Drops the cached reading, for a process that sets its own environment after logging (scripts/start.ts). */
export function forgetEnv(): void {
  parsed = undefined;
}

export function databaseMode(): "embedded" | "postgres" {
  return readEnv().ADP_DB_MODE ?? "postgres";
}

/** True when emails are to be sent by SMTP; otherwise they are held in the development outbox. */
export function smtpConfigured(env: Env = readEnv()): boolean {
  return Boolean(env.SMTP_HOST);
}

/** The public URL that absolute links (in emails) start with, without a trailing slash. */
export function appBaseUrl(env: Env = readEnv()): string {
  const url = env.APP_BASE_URL ?? env.APP_ORIGIN ?? env.NEXTAUTH_URL ?? "http://localhost:3000";
  return url.replace(/\/+$/, "");
}
