import { describe, expect, it } from "vitest";
import { closingNotice as noticeOnDay, closingSoonDays, daysBetween } from "@/lib/catalogue/closing-notice";
import { createFormats } from "@/lib/i18n/format";

const kl = "Asia/Kuala_Lumpur";
/** As the results page calls it: today is the day `now` falls on in the display time zone. */
const closingNotice = (window: { opensOn?: string; closesOn?: string }, now: Date, timeZone: string) => noticeOnDay(window, createFormats("en", { timeZone }).isoDay(now));

describe("closingNotice", () => {
  it("counts calendar days to the closing day in the display time zone", () => {
    // 2026-03-01 17:00 UTC is already 2 March in Kuala Lumpur (UTC+8).
    expect(closingNotice({ closesOn: "2026-03-10" }, new Date("2026-03-01T17:00:00Z"), kl)).toEqual({ kind: "closes-in", days: 8, closesOn: "2026-03-10" });
    expect(closingNotice({ closesOn: "2026-03-10" }, new Date("2026-03-01T17:00:00Z"), "UTC")).toEqual({ kind: "closes-in", days: 9, closesOn: "2026-03-10" });
  });

  it("says 0 days on the closing day and closed the day after", () => {
    expect(closingNotice({ closesOn: "2026-03-10" }, new Date("2026-03-10T15:59:00Z"), kl)).toMatchObject({ kind: "closes-in", days: 0 });
    expect(closingNotice({ closesOn: "2026-03-10" }, new Date("2026-03-10T16:00:00Z"), kl)).toEqual({ kind: "closed", closesOn: "2026-03-10" });
  });

  it(`shows the badge within ${closingSoonDays} days, the plain date further off`, () => {
    const now = new Date("2026-01-01T04:00:00Z");
    expect(closingNotice({ closesOn: "2026-03-02" }, now, kl)).toMatchObject({ kind: "closes-in", days: 60 });
    expect(closingNotice({ closesOn: "2026-03-03" }, now, kl)).toEqual({ kind: "open-until", closesOn: "2026-03-03" });
  });

  it("says when a window has not opened yet, and nothing for an open window with no end", () => {
    expect(closingNotice({ opensOn: "2026-02-01", closesOn: "2026-02-10" }, new Date("2026-01-20T04:00:00Z"), kl)).toEqual({ kind: "not-yet-open", opensOn: "2026-02-01" });
    expect(closingNotice({ opensOn: "2019-03-01" }, new Date("2026-01-20T04:00:00Z"), kl)).toBeUndefined();
  });

  it("counts across a leap day and a year end", () => {
    expect(daysBetween("2028-02-28", "2028-03-01")).toBe(2);
    expect(daysBetween("2026-12-31", "2027-01-01")).toBe(1);
  });
});
