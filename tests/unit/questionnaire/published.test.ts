import { describe, expect, it } from "vitest";
import { evaluateVisibilityRule } from "@/lib/questionnaire/evaluate-visibility-rule";
import { listTextKeys } from "@/lib/questionnaire/list-text-keys";
import { listTextProblems } from "@/lib/questionnaire/list-text-problems";
import {
  buildPublishedQuestionnaire,
  currentQuestionnaireId,
  getPublishedQuestionnaire,
  publishedQuestionnaires,
  type QuestionnaireSource,
} from "@/lib/questionnaire/published";
import {
  challengeIds,
  countryCodes,
  dimensionIdsByFactor,
  isicDivisionCodes,
  localeIds,
  technologyIds,
} from "@/lib/questionnaire/taxonomy";
import { QuestionnaireTextSchema } from "@/lib/questionnaire/text-schema";
import { QuestionnaireVersionSchema, levelValues, type ProfileQuestion } from "@/lib/questionnaire/version-schema";
import { v1English } from "@/lib/questionnaire/versions/v1/en";
import { v1Malay } from "@/lib/questionnaire/versions/v1/ms";
import { v1Structure } from "@/lib/questionnaire/versions/v1/structure";

const coreFactors = ["people", "process", "technology"] as const;

function v1Source(): QuestionnaireSource {
  // Deep copies, so a test can change one thing without touching the shipped modules.
  return {
    structure: structuredClone(v1Structure),
    texts: { en: structuredClone(v1English), ms: structuredClone(v1Malay) },
  };
}

function wordCount(text: string): number {
  return text.trim().split(/\s+/).length;
}

const v1 = getPublishedQuestionnaire("v1")!;

function profileQuestion(id: string): ProfileQuestion {
  const section = v1.structure.sections.find((s) => s.kind === "profile");
  if (section?.kind !== "profile") throw new Error("v1 has no profile section");
  const question = section.questions.find((q) => q.id === id);
  if (!question) throw new Error(`v1 has no profile question "${id}"`);
  return question;
}

describe("published questionnaire registry", () => {
  it("ships v1 as the current version and finds versions by id only", () => {
    expect(currentQuestionnaireId).toBe("v1");
    expect(getPublishedQuestionnaire(currentQuestionnaireId)?.id).toBe("v1");
    expect(getPublishedQuestionnaire("v0")).toBeUndefined();
    expect(getPublishedQuestionnaire("constructor")).toBeUndefined();
    expect(new Set(publishedQuestionnaires.map((q) => q.id)).size).toBe(publishedQuestionnaires.length);
  });

  describe.each(publishedQuestionnaires.map((q) => [q.id, q] as const))("version %s", (_id, questionnaire) => {
    it("parses with the version schema and each locale text with the text schema", () => {
      expect(QuestionnaireVersionSchema.safeParse(questionnaire.structure).success).toBe(true);
      for (const locale of localeIds) {
        expect(QuestionnaireTextSchema.safeParse(questionnaire.texts[locale]).success).toBe(true);
        expect(questionnaire.texts[locale].locale).toBe(locale);
      }
    });

    it.each(localeIds)("has every text key in %s, none blank and none unexpected", (locale) => {
      expect(listTextProblems(questionnaire.structure, questionnaire.texts[locale])).toEqual([]);
    });

    it("has at least 12 dimensions across people, process and technology, each with at least 3 indicators", () => {
      const dimensions = questionnaire.structure.factors
        .filter((f) => (coreFactors as readonly string[]).includes(f.id))
        .flatMap((f) => f.dimensions);
      expect(dimensions.length).toBeGreaterThanOrEqual(12);
      for (const dimension of dimensions) expect(dimension.indicators.length, dimension.id).toBeGreaterThanOrEqual(3);
    });

    it.each(localeIds)("gives every level in %s a label of 2 to 4 words and a descriptor of at least 40 characters", (locale) => {
      for (const [indicatorId, indicator] of Object.entries(questionnaire.texts[locale].indicators)) {
        expect(indicator.levels).toHaveLength(levelValues.length);
        indicator.levels.forEach(({ label, descriptor }, level) => {
          const where = `${locale} ${indicatorId} level ${level}`;
          expect(wordCount(label), `${where} label "${label}"`).toBeGreaterThanOrEqual(2);
          expect(wordCount(label), `${where} label "${label}"`).toBeLessThanOrEqual(4);
          expect(descriptor.trim().length, `${where} descriptor`).toBeGreaterThanOrEqual(40);
        });
        // Levels an assessor cannot tell apart are not a scale.
        expect(new Set(indicator.levels.map((l) => l.label)).size, `${locale} ${indicatorId} labels`).toBe(6);
        expect(new Set(indicator.levels.map((l) => l.descriptor)).size, `${locale} ${indicatorId} descriptors`).toBe(6);
      }
    });

    it("has no English text left untranslated in other locales' questions, help and descriptors", () => {
      const english = questionnaire.texts.en.indicators;
      for (const locale of localeIds.filter((l) => l !== "en")) {
        for (const [indicatorId, indicator] of Object.entries(questionnaire.texts[locale].indicators)) {
          const source = english[indicatorId]!;
          expect(indicator.question, `${locale} ${indicatorId} question`).not.toBe(source.question);
          if (source.help !== undefined) expect(indicator.help, `${locale} ${indicatorId} help`).not.toBe(source.help);
          indicator.levels.forEach((level, index) => {
            expect(level.descriptor, `${locale} ${indicatorId} level ${index}`).not.toBe(source.levels[index]!.descriptor);
          });
        }
      }
    });

    it("has a content hash that is a sha256 digest and frozen content", () => {
      expect(questionnaire.contentHash).toMatch(/^sha256:[0-9a-f]{64}$/);
      expect(Object.isFrozen(questionnaire.structure.sections)).toBe(true);
      expect(Object.isFrozen(questionnaire.texts.ms.indicators)).toBe(true);
    });
  });
});

describe("v1 content", () => {
  it("covers every taxonomy dimension with exactly three indicators of weight 1", () => {
    for (const factor of v1.structure.factors) {
      expect(factor.dimensions.map((d) => d.id)).toEqual([...dimensionIdsByFactor[factor.id]]);
      for (const dimension of factor.dimensions) {
        expect(dimension.indicators.map((i) => i.weight)).toEqual([1, 1, 1]);
      }
    }
    expect(v1.structure.factors.map((f) => f.id)).toEqual(["people", "process", "technology", "services"]);
    expect(v1.structure.factors.flatMap((f) => f.dimensions.flatMap((d) => d.indicators))).toHaveLength(42);
  });

  it("orders sections profile, people, process, technology, services, targets", () => {
    expect(v1.structure.sections.map((s) => s.kind)).toEqual(["profile", "factor", "factor", "factor", "factor", "targets"]);
    expect(v1.structure.sections.map((s) => s.id)).toEqual(["profile", "people", "process", "technology", "services", "targets"]);
  });

  it("asks the firm profile over the shared taxonomy", () => {
    const country = profileQuestion("country");
    const sector = profileQuestion("sector");
    const employees = profileQuestion("employees");
    const technologies = profileQuestion("technologies");
    const challenges = profileQuestion("challenges");
    expect(country.type === "single-select" && country.options).toEqual([...countryCodes]);
    expect(sector.type === "single-select" && sector.options).toEqual([...isicDivisionCodes]);
    expect(employees.type === "integer" && employees.min).toBe(1);
    expect(profileQuestion("exports").type).toBe("boolean");
    expect(profileQuestion("turnover").type).toBe("single-select");
    expect(technologies.type === "multi-select" && technologies.options).toEqual([...technologyIds, "none"]);
    expect(technologies.type === "multi-select" && technologies.exclusiveOptions).toEqual(["none"]);
    expect(challenges.type === "multi-select" && challenges.options).toEqual([...challengeIds]);
    expect(challenges.type === "multi-select" && challenges.maxSelected).toBe(3);
  });

  it("shows the services section only when the firm says it offers manufacturing-related services", () => {
    const services = v1.structure.sections.find((s) => s.kind === "factor" && s.factorId === "services");
    if (services?.kind !== "factor" || !services.visibleWhen) throw new Error("services section has no visibility rule");
    const rule = services.visibleWhen;
    const visibleWith = (answer: boolean | undefined) =>
      evaluateVisibilityRule(rule, (id) => (id === "offers-services" ? answer : undefined));
    expect(profileQuestion("offers-services").type).toBe("boolean");
    expect(visibleWith(true)).toBe(true);
    expect(visibleWith(false)).toBe(false);
    expect(visibleWith(undefined)).toBe(false);
    // Every other section is always shown.
    for (const section of v1.structure.sections) {
      if (section !== services && section.kind === "factor") expect(section.visibleWhen, section.id).toBeUndefined();
    }
  });

  it("needs a large, complete set of text keys (guards against a structure that lost indicators)", () => {
    // title + scale + 6 sections + 4 factors + 14 dimensions + 42 indicators with help + profile.
    expect(listTextKeys(v1.structure).length).toBeGreaterThan(42 * 14);
  });
});

describe("buildPublishedQuestionnaire", () => {
  it("rebuilds v1 to the same hash, whatever the key order of the sources", () => {
    const reordered = v1Source();
    const ms = reordered.texts.ms as Record<string, unknown>;
    reordered.texts.ms = Object.fromEntries(Object.entries(ms).reverse());
    expect(buildPublishedQuestionnaire(v1Source()).contentHash).toBe(v1.contentHash);
    expect(buildPublishedQuestionnaire(reordered).contentHash).toBe(v1.contentHash);
  });

  it("moves the hash when any text changes, even by one character", () => {
    const source = v1Source();
    const ms = source.texts.ms as typeof v1Malay;
    ms.indicators["design-cad"]!.levels[3].descriptor += ".";
    expect(buildPublishedQuestionnaire(source).contentHash).not.toBe(v1.contentHash);
  });

  it("moves the hash when the structure changes", () => {
    const source = v1Source();
    (source.structure as typeof v1Structure).factors[0]!.dimensions[0]!.indicators[0]!.weight = 2;
    expect(buildPublishedQuestionnaire(source).contentHash).not.toBe(v1.contentHash);
  });

  it("names the missing key and the locale when a text lacks one", () => {
    const source = v1Source();
    const ms = source.texts.ms as typeof v1Malay;
    delete ms.indicators["resource-energy"]!.help;
    expect(() => buildPublishedQuestionnaire(source)).toThrow(/locale "ms".*\n.*indicators\.resource-energy\.help: missing/);
  });

  it("names a blank key", () => {
    const source = v1Source();
    (source.texts.en as typeof v1English).dimensions.skills!.title = "   ";
    expect(() => buildPublishedQuestionnaire(source)).toThrow(/locale "en"[\s\S]*dimensions\.skills\.title: blank/);
  });

  it("names an unexpected key, such as text for a mistyped id", () => {
    const source = v1Source();
    const en = source.texts.en as typeof v1English;
    en.dimensions["skils"] = en.dimensions.skills!;
    expect(() => buildPublishedQuestionnaire(source)).toThrow(/dimensions\.skils\.title: unexpected/);
  });

  it("refuses a version without text for a product locale", () => {
    const source = v1Source();
    delete source.texts.ms;
    expect(() => buildPublishedQuestionnaire(source)).toThrow(/no text for locale "ms"/);
  });

  it("refuses a text filed under the wrong locale", () => {
    const source = v1Source();
    source.texts.ms = { ...(source.texts.en as typeof v1English) };
    expect(() => buildPublishedQuestionnaire(source)).toThrow(/"ms" text says it is locale "en"/);
  });

  it("refuses an invalid structure and says where", () => {
    const source = v1Source();
    (source.structure as { sections: unknown[] }).sections.reverse();
    expect(() => buildPublishedQuestionnaire(source)).toThrow(/Questionnaire "v1": the structure is invalid[\s\S]*profile section must come first/);
  });
});
