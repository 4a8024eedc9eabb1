import { describe, expect, it } from "vitest";
import { createReviewFormats } from "@/components/review/review-formats";

describe("createReviewFormats", () => {
  const moment = new Date(Date.UTC(2026, 2, 1, 9, 5));

  it("shows the history's moments with date, time and zone in both languages", () => {
    for (const language of ["en", "ms"]) {
      const shown = createReviewFormats(language).dateTime(moment);
      expect(shown).toMatch(/2026/);
      expect(shown).toMatch(/\d{2}[:.]\d{2}/);
    }
  });

  it("signs score differences and leaves zero unsigned", () => {
    const { difference } = createReviewFormats("en");
    expect(difference(0.5)).toBe("+0.5");
    expect(difference(-1 / 3)).toMatch(/^[-−]0\.3$/);
    expect(difference(0)).toBe("0.0");
  });
});
