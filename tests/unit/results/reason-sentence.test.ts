import { describe, expect, it } from "vitest";
import { createNumberFormats } from "@/components/results/number-formats";
import { describePriorityReason, type ReasonNames } from "@/components/results/reason-sentence";
import { createTranslator, locales } from "@/lib/i18n";
import { getPublishedQuestionnaire } from "@/lib/questionnaire/published";
import { challengeIds } from "@/lib/questionnaire/taxonomy";
import type { PriorityReason } from "@/lib/scoring/result-schema";

const v1 = getPublishedQuestionnaire("v1")!;
const namesFor = (locale: "en" | "ms"): ReasonNames => {
  const text = v1.texts[locale];
  return {
    dimension: (id) => text.dimensions[id]?.title ?? id,
    challenge: (id) => text.profile.challenges?.options?.[id] ?? id,
    sector: (code) => text.profile.sector?.options?.[code] ?? code,
  };
};
const english = (reason: PriorityReason) => describePriorityReason(reason, createTranslator("en"), namesFor("en"), createNumberFormats("en"));

describe("describePriorityReason", () => {
  it("words every reason code in English with its numbers and names", () => {
    expect(english({ code: "gap", gap: 4 / 3, current: 5 / 3, target: 3 })).toBe("You are at 1.7 and aim for level 3: a gap of 1.3 levels.");
    expect(english({ code: "sector", sector: "22", multiplier: 1.3 })).toBe(
      "It matters more than average in your sector (22 – Rubber and plastics products): its gap counts 1.3 times.",
    );
    expect(english({ code: "sector", sector: "10", multiplier: 0.8 })).toBe(
      "It matters less than average in your sector (10 – Food products): its gap counts only 0.8 times.",
    );
    expect(english({ code: "challenge", challenge: "funding" })).toBe("It tackles a challenge you named: “Lack of funds”.");
    expect(english({ code: "prerequisite-of", dimension: "intelligence", requiredLevel: 3 })).toBe(
      `${v1.texts.en.dimensions.intelligence!.title} builds on it and needs at least level 3 here first.`,
    );
    expect(english({ code: "awaits-prerequisite", prerequisite: "connectivity", requiredLevel: 2 })).toBe(
      `It builds on ${v1.texts.en.dimensions.connectivity!.title}, which should reach level 2 first, so it ranks lower for now.`,
    );
  });

  it("rounds to one decimal for display and keeps whole levels whole", () => {
    expect(english({ code: "gap", gap: 2, current: 1, target: 3 })).toBe("You are at 1.0 and aim for level 3: a gap of 2.0 levels.");
    expect(english({ code: "gap", gap: 1 / 3, current: 8 / 3, target: 3 })).toBe("You are at 2.7 and aim for level 3: a gap of 0.3 levels.");
  });

  it.each(locales)("leaves no placeholder or id unfilled in %s, for every challenge", (locale) => {
    const t = createTranslator(locale);
    const names = namesFor(locale);
    const formats = createNumberFormats(locale);
    const reasons: PriorityReason[] = [
      { code: "gap", gap: 2, current: 1, target: 3 },
      { code: "sector", sector: "26", multiplier: 1.2 },
      { code: "sector", sector: "10", multiplier: 0.8 },
      { code: "prerequisite-of", dimension: "supply-chain", requiredLevel: 3 },
      { code: "awaits-prerequisite", prerequisite: "digital-design", requiredLevel: 2 },
      ...challengeIds.map((challenge) => ({ code: "challenge" as const, challenge })),
    ];
    for (const reason of reasons) {
      const sentence = describePriorityReason(reason, t, names, formats);
      expect(sentence, reason.code).not.toMatch(/[{}]|^reasons\./);
      expect(sentence, reason.code).not.toMatch(/supply-chain|digital-design|standards-uncertainty/);
    }
  });

  it("phrases the reasons in Bahasa Malaysia with the Malay questionnaire names", () => {
    const sentence = describePriorityReason({ code: "challenge", challenge: "funding" }, createTranslator("ms"), namesFor("ms"), createNumberFormats("ms"));
    expect(sentence).toBe("Dimensi ini menangani cabaran yang anda nyatakan: “Kekurangan dana”.");
    expect(describePriorityReason({ code: "gap", gap: 1.5, current: 1.5, target: 3 }, createTranslator("ms"), namesFor("ms"), createNumberFormats("ms"))).toBe(
      "Anda berada pada tahap 1.5 dan menyasarkan tahap 3: jurang sebanyak 1.5 tahap.",
    );
  });
});
