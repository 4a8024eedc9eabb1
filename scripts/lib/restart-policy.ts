// When the supervisor (scripts/start.ts) restarts a child that died: after a growing pause, a
// bounded number of times in a row. A child that then runs long enough counts as recovered and
// gets the full number of attempts again. Pure, so the policy is unit-tested without processes.

export type RestartPolicy = {
  /** Restarts in a row before giving up (the supervisor then exits non-zero for its own manager). */
  maxAttempts: number;
  firstDelayMs: number;
  maxDelayMs: number;
  /** A child up this long before it died had recovered: its next death starts a fresh count. */
  stableAfterMs: number;
};

/** The embedded database: 0.5, 1, 2, 4, 8 s (about 15 s in all), then the process manager's turn. */
export const databaseRestartPolicy: RestartPolicy = { maxAttempts: 5, firstDelayMs: 500, maxDelayMs: 8_000, stableAfterMs: 60_000 };

export type RestartDecision = { kind: "restart"; attempt: number; delayMs: number } | { kind: "give-up"; attempts: number };

/** Counts the deaths of one child; `afterExit` says what to do about each. */
export function createRestartTracker(policy: RestartPolicy) {
  let attempts = 0;
  return {
    /** `upForMs`: how long the child ran before it died (0 for a start that failed). */
    afterExit(upForMs: number): RestartDecision {
      if (upForMs >= policy.stableAfterMs) attempts = 0;
      if (attempts >= policy.maxAttempts) return { kind: "give-up", attempts };
      attempts += 1;
      return { kind: "restart", attempt: attempts, delayMs: Math.min(policy.firstDelayMs * 2 ** (attempts - 1), policy.maxDelayMs) };
    },
  };
}
