import { describe, expect, it } from "vitest";
import { maxDeliveryAttempts, retryDelaySeconds } from "@/lib/mail/retry-schedule";

describe("retryDelaySeconds", () => {
  it("waits 1 min, 5 min, 30 min and 2 h after the first four failures", () => {
    expect([1, 2, 3, 4].map(retryDelaySeconds)).toEqual([60, 300, 1800, 7200]);
  });

  it("schedules nothing once the last allowed attempt has failed", () => {
    expect(maxDeliveryAttempts).toBe(5);
    expect(retryDelaySeconds(maxDeliveryAttempts)).toBeNull();
    expect(retryDelaySeconds(maxDeliveryAttempts + 3)).toBeNull();
  });

  it("schedules nothing for a count that is not a failure count", () => {
    for (const attempts of [0, -1, 1.5, Number.NaN]) expect(retryDelaySeconds(attempts)).toBeNull();
  });
});
