import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { startDeliverySchedule } from "@/lib/mail/delivery-schedule";

const nothingSent = { sent: 0, failed: 0 };

describe("startDeliverySchedule", () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it("runs a delivery every interval until stopped", async () => {
    const deliver = vi.fn(async () => nothingSent);
    const schedule = startDeliverySchedule(60_000, deliver);
    await vi.advanceTimersByTimeAsync(59_999);
    expect(deliver).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(deliver).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(120_000);
    expect(deliver).toHaveBeenCalledTimes(3);
    schedule.stop();
    await vi.advanceTimersByTimeAsync(600_000);
    expect(deliver).toHaveBeenCalledTimes(3);
  });

  it("never starts a delivery while the previous one is still sending", async () => {
    let finish = () => {};
    const deliver = vi.fn(() => new Promise<typeof nothingSent>((resolve) => (finish = () => resolve(nothingSent))));
    const schedule = startDeliverySchedule(1_000, deliver);
    await vi.advanceTimersByTimeAsync(5_000);
    expect(deliver).toHaveBeenCalledTimes(1);
    finish();
    await vi.advanceTimersByTimeAsync(1_000);
    expect(deliver).toHaveBeenCalledTimes(2);
    schedule.stop();
  });

  it("keeps running after a delivery that failed outright", async () => {
    const deliver = vi.fn().mockRejectedValueOnce(new Error("boom")).mockResolvedValue(nothingSent);
    const schedule = startDeliverySchedule(1_000, deliver);
    await vi.advanceTimersByTimeAsync(3_000);
    expect(deliver).toHaveBeenCalledTimes(3);
    schedule.stop();
  });
});
