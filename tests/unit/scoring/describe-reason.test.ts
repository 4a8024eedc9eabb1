import { describe, expect, it } from "vitest";
import { describeReason } from "@/lib/scoring/describe-reason";
import type { PriorityReason } from "@/lib/scoring/result-schema";

describe("describeReason", () => {
  it("gives one English sentence per reason code", () => {
    const cases: Array<[PriorityReason, string]> = [
      [{ code: "gap", gap: 4 / 3, current: 5 / 3, target: 3 }, "You are at 1.7 and aim for 3: a gap of 1.3 levels."],
      [{ code: "sector", sector: "22", multiplier: 1.3 }, "This matters more than average in your sector (ISIC 22)."],
      [{ code: "sector", sector: "10", multiplier: 0.8 }, "This matters less than average in your sector (ISIC 10)."],
      [{ code: "challenge", challenge: "funding" }, "It addresses a challenge you named: lack of funds."],
      [{ code: "prerequisite-of", dimension: "intelligence", requiredLevel: 3 }, "intelligence builds on this; it needs at least level 3 here first."],
      [{ code: "awaits-prerequisite", prerequisite: "connectivity", requiredLevel: 2 }, "This builds on connectivity, which should reach level 2 first."],
    ];
    for (const [reason, sentence] of cases) expect(describeReason(reason)).toBe(sentence);
  });

  it("names dimensions with the given titles", () => {
    const titles: Record<string, string> = { intelligence: "Data and intelligence" };
    expect(describeReason({ code: "prerequisite-of", dimension: "intelligence", requiredLevel: 3 }, (id) => titles[id] ?? id)).toMatch(
      /^Data and intelligence builds on this/,
    );
  });
});
