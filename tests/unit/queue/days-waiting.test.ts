import { describe, expect, it } from "vitest";
import { createFormats } from "@/lib/i18n/format";
import { daysWaiting } from "@/lib/queue/days-waiting";

// Days waiting count calendar days in the app's display zone (Malaysia, UTC+8), not 24-hour spans
// and not the server's zone.
const malaysia = createFormats("en", { timeZone: "Asia/Kuala_Lumpur" }).isoDay;
const utc = createFormats("en", { timeZone: "UTC" }).isoDay;

describe("daysWaiting", () => {
  it("counts whole calendar days from the submission's day to today", () => {
    expect(daysWaiting(new Date("2026-03-02T02:00:00Z"), new Date("2026-03-14T09:00:00Z"), malaysia)).toBe(12);
    expect(daysWaiting(new Date("2026-03-02T02:00:00Z"), new Date("2026-03-02T09:00:00Z"), malaysia)).toBe(0);
  });

  it("reads the day in the display zone: 00:30 and 23:00 Malaysian time are one day, though UTC says two", () => {
    const submitted = new Date("2026-03-01T16:30:00Z"); // 00:30 on 2 March in Kuala Lumpur
    const read = new Date("2026-03-02T15:00:00Z"); // 23:00 on 2 March in Kuala Lumpur
    expect(daysWaiting(submitted, read, malaysia)).toBe(0);
    expect(daysWaiting(submitted, read, utc)).toBe(1);
    // One minute past Malaysian midnight it is a day.
    expect(daysWaiting(submitted, new Date("2026-03-02T16:01:00Z"), malaysia)).toBe(1);
  });

  it("crosses month and leap-year ends", () => {
    expect(daysWaiting(new Date("2028-02-28T04:00:00Z"), new Date("2028-03-01T04:00:00Z"), malaysia)).toBe(2);
    expect(daysWaiting(new Date("2026-12-31T04:00:00Z"), new Date("2027-01-01T04:00:00Z"), malaysia)).toBe(1);
  });

  it("never goes below zero when the submission's clock ran ahead", () => {
    expect(daysWaiting(new Date("2026-03-05T04:00:00Z"), new Date("2026-03-04T04:00:00Z"), malaysia)).toBe(0);
  });
});
