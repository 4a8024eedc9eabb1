import { describe, expect, it } from "vitest";
import { createRestartTracker, databaseRestartPolicy, type RestartPolicy } from "@/scripts/lib/restart-policy";

const policy: RestartPolicy = { maxAttempts: 3, firstDelayMs: 500, maxDelayMs: 1_500, stableAfterMs: 60_000 };

describe("createRestartTracker", () => {
  it("restarts after a growing pause, capped, then gives up", () => {
    const tracker = createRestartTracker(policy);
    expect(tracker.afterExit(1_000)).toEqual({ kind: "restart", attempt: 1, delayMs: 500 });
    expect(tracker.afterExit(0)).toEqual({ kind: "restart", attempt: 2, delayMs: 1_000 });
    expect(tracker.afterExit(0)).toEqual({ kind: "restart", attempt: 3, delayMs: 1_500 });
    expect(tracker.afterExit(0)).toEqual({ kind: "give-up", attempts: 3 });
    expect(tracker.afterExit(0)).toEqual({ kind: "give-up", attempts: 3 });
  });

  it("counts afresh after the child ran long enough to have recovered", () => {
    const tracker = createRestartTracker(policy);
    tracker.afterExit(0);
    tracker.afterExit(0);
    tracker.afterExit(0);
    expect(tracker.afterExit(policy.stableAfterMs)).toEqual({ kind: "restart", attempt: 1, delayMs: 500 });
  });

  it("gives the embedded database a bounded number of restarts within about a quarter of a minute", () => {
    const tracker = createRestartTracker(databaseRestartPolicy);
    const delays: number[] = [];
    for (let decision = tracker.afterExit(0); decision.kind === "restart"; decision = tracker.afterExit(0)) delays.push(decision.delayMs);
    expect(delays).toHaveLength(databaseRestartPolicy.maxAttempts);
    expect(delays.reduce((sum, delay) => sum + delay, 0)).toBeLessThanOrEqual(20_000);
  });
});
