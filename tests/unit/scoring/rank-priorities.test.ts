import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { AnswerSet } from "@/lib/questionnaire/answer-set";
import type { DimensionId } from "@/lib/questionnaire/taxonomy";
import { QuestionnaireVersionSchema } from "@/lib/questionnaire/version-schema";
import { priorityWeights } from "@/lib/scoring/priority-weights";
import { rankPriorities } from "@/lib/scoring/rank-priorities";
import { PriorityRankingSchema } from "@/lib/scoring/result-schema";
import { scoreAssessment } from "@/lib/scoring/score-assessment";
import { fixtureVersion } from "../questionnaire/fixture-version";
import { answersArb, reorderKeys, v1, v1DimensionIds } from "./arbitraries";

/** Every visible indicator at `level` (or per dimension), with targets per dimension (default: level + 1 everywhere). */
function answersWith(options: {
  level?: number;
  levels?: Partial<Record<DimensionId, number>>;
  targets?: Partial<Record<DimensionId, number>>;
  profile?: AnswerSet["profile"];
}): AnswerSet {
  const level = options.level ?? 2;
  const levels: Record<string, number> = {};
  const targets: Record<string, number> = {};
  for (const factor of v1.factors) {
    for (const dimension of factor.dimensions) {
      const id = dimension.id as DimensionId;
      for (const indicator of dimension.indicators) levels[indicator.id] = options.levels?.[id] ?? level;
      targets[id] = options.targets?.[id] ?? (options.levels?.[id] ?? level) + 1;
    }
  }
  return { profile: options.profile ?? {}, levels, notes: {}, targets };
}

function rank(answers: AnswerSet) {
  return rankPriorities(v1, answers, scoreAssessment(v1, answers));
}

const item = (ranking: ReturnType<typeof rank>, id: DimensionId) => ranking.ranking.find((r) => r.dimensionId === id)!;

describe("rankPriorities", () => {
  it("breaks ties in questionnaire order when every gap weighs the same", () => {
    // Everything at 3 with target 4: equal gaps, every prerequisite met, no sector, no challenges.
    const ranking = rank(answersWith({ level: 3 }));
    expect(ranking.ranking.map((r) => r.dimensionId)).toEqual(v1DimensionIds.slice(0, 12));
    expect(ranking.ranking.map((r) => r.rank)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(ranking.focusAreas.map((r) => r.dimensionId)).toEqual(["skills", "leadership", "linkages"]);
  });

  it("ranks a larger gap first", () => {
    const ranking = rank(answersWith({ level: 3, targets: { "resource-efficiency": 5, leadership: 3 } }));
    expect(ranking.ranking[0]).toMatchObject({ dimensionId: "resource-efficiency", priority: 2, gap: 2 });
    expect(ranking.ranking.at(-1)).toMatchObject({ dimensionId: "leadership", priority: 0, reasons: [] });
  });

  it("raises dimensions that matter for the firm's sector, by division and else by section", () => {
    const plastics = rank(answersWith({ level: 3, profile: { sector: "22" } }));
    expect(plastics.focusAreas.map((r) => r.dimensionId)).toEqual(["resource-efficiency", "automation", "operations"]); // tied at 1.3: questionnaire order
    expect(item(plastics, "automation")).toMatchObject({ priority: 1.3, sectorMultiplier: 1.3 });
    expect(item(plastics, "automation").reasons).toContainEqual({ code: "sector", sector: "22", multiplier: 1.3 });

    // 62 (software) is listed by no group, so its section J applies.
    const software = rank(answersWith({ level: 3, profile: { sector: "62" } }));
    expect(item(software, "digital-design")).toMatchObject({ priority: 1.3, sectorMultiplier: 1.3 });

    // A multiplier below 1 lowers the dimension and says so.
    const food = rank(answersWith({ level: 3, profile: { sector: "10" } }));
    expect(item(food, "digital-design").reasons).toContainEqual({ code: "sector", sector: "10", multiplier: 0.8 });
    expect(food.ranking.at(-1)!.dimensionId).toBe("digital-design");
  });

  it("adds the challenge bonus once per stated challenge that bears on a dimension, in taxonomy order", () => {
    const ranking = rank(answersWith({ level: 3, profile: { challenges: ["reskilling", "qualified-personnel", "unknown"] } }));
    const skills = item(ranking, "skills");
    expect(skills).toMatchObject({ rank: 1, priority: 1.5, challengeMultiplier: 1.5 });
    expect(skills.reasons).toEqual([
      { code: "gap", gap: 1, current: 3, target: 4 },
      { code: "challenge", challenge: "qualified-personnel" },
      { code: "challenge", challenge: "reskilling" },
    ]);
  });

  it("defers a dimension whose prerequisite is weak and hands half of its priority to the prerequisite", () => {
    // Connectivity at 1 holds back intelligence (needs min(3, target 3) = 3).
    const ranking = rank(answersWith({ level: 3, levels: { connectivity: 1, intelligence: 1 }, targets: { connectivity: 2, intelligence: 3 } }));
    const intelligence = item(ranking, "intelligence");
    const connectivity = item(ranking, "connectivity");
    expect(intelligence).toMatchObject({ deferred: true, gap: 2, priority: 1 });
    expect(intelligence.reasons).toContainEqual({ code: "awaits-prerequisite", prerequisite: "connectivity", requiredLevel: 3 });
    // Own gap 1 + half of intelligence's 2.
    expect(connectivity).toMatchObject({ deferred: false, priority: 2, rank: 1 });
    expect(connectivity.reasons).toEqual([
      { code: "gap", gap: 1, current: 1, target: 2 },
      { code: "prerequisite-of", dimension: "intelligence", requiredLevel: 3 },
    ]);
  });

  it("asks of a prerequisite no more than the dependent's target", () => {
    // Intelligence aims at 2; connectivity at 2 is enough.
    const ranking = rank(answersWith({ level: 3, levels: { connectivity: 2, intelligence: 1 }, targets: { connectivity: 2, intelligence: 2 } }));
    expect(item(ranking, "intelligence")).toMatchObject({ deferred: false, priority: 1 });
    expect(item(ranking, "connectivity")).toMatchObject({ priority: 0, reasons: [] });
  });

  it("boosts a prerequisite even when it has no gap of its own, and not when the dependent has none", () => {
    const boosted = rank(answersWith({ level: 3, levels: { skills: 1 }, targets: { skills: 1, automation: 4 } }));
    expect(item(boosted, "skills")).toMatchObject({ gap: 0, priority: 0.5, reasons: [{ code: "prerequisite-of", dimension: "automation", requiredLevel: 2 }] });
    const idle = rank(answersWith({ level: 3, levels: { skills: 1 }, targets: { skills: 1, automation: 3 } }));
    expect(item(idle, "skills")).toMatchObject({ priority: 0, reasons: [] });
    expect(item(idle, "automation").deferred).toBe(false);
  });

  it("ignores prerequisites of dimensions that are hidden", () => {
    const offers = rank(answersWith({ level: 3, levels: { connectivity: 1 }, targets: { connectivity: 1 }, profile: { "offers-services": true } }));
    expect(item(offers, "connectivity").reasons.map((r) => r.code === "prerequisite-of" && r.dimension)).toEqual([
      "intelligence",
      "digital-services",
      "after-sales",
    ]);
    const manufacturer = rank(answersWith({ level: 3, levels: { connectivity: 1 }, targets: { connectivity: 1 } }));
    expect(item(manufacturer, "connectivity").reasons.map((r) => r.code === "prerequisite-of" && r.dimension)).toEqual(["intelligence"]);
  });

  it("proposes no focus area when every target is reached", () => {
    const ranking = rank(answersWith({ level: 3, targets: Object.fromEntries(v1DimensionIds.map((id) => [id, 3])) }));
    expect(ranking.focusAreas).toEqual([]);
    expect(ranking.ranking).toHaveLength(12);
  });

  it("takes its weights as an argument", () => {
    const answers = answersWith({ level: 3 });
    const ranking = rankPriorities(v1, answers, scoreAssessment(v1, answers), { ...priorityWeights, focusAreaCount: 5 });
    expect(ranking.focusAreas).toHaveLength(5);
  });

  it("ignores the answer to a profile question that is hidden", () => {
    // A variant of v1 that asks for the sector only of Malaysian firms.
    const source = structuredClone(v1);
    const profile = source.sections[0]!;
    if (profile.kind !== "profile") throw new Error("v1 starts with its profile");
    profile.questions.find((q) => q.id === "sector")!.visibleWhen = { op: "equals", questionId: "country", value: "MY" };
    const version = QuestionnaireVersionSchema.parse(source);
    const rankFor = (country: string) => {
      const answers = answersWith({ level: 3, profile: { country, sector: "22" } });
      return rankPriorities(version, answers, scoreAssessment(version, answers));
    };
    expect(item(rankFor("MY"), "automation").sectorMultiplier).toBe(1.3);
    expect(item(rankFor("TH"), "automation")).toMatchObject({ sectorMultiplier: 1, priority: 1 });
  });

  it("refuses scores of another questionnaire version", () => {
    const answers = answersWith({ level: 3 });
    expect(() => rankPriorities(fixtureVersion, answers, scoreAssessment(v1, answers))).toThrow(/version/);
  });

  it("always ranks every visible dimension once, highest priority first, ties in questionnaire order", () => {
    fc.assert(
      fc.property(answersArb(), (answers) => {
        const scoring = scoreAssessment(v1, answers);
        const ranking = rankPriorities(v1, answers, scoring);
        expect(PriorityRankingSchema.parse(ranking)).toEqual(ranking);
        expect(ranking.ranking.map((r) => r.dimensionId).sort()).toEqual(scoring.dimensions.map((d) => d.dimensionId).sort());
        const order = (id: string) => scoring.dimensions.findIndex((d) => d.dimensionId === id);
        ranking.ranking.forEach((current, index) => {
          expect(current.rank).toBe(index + 1);
          const next = ranking.ranking[index + 1];
          if (!next) return;
          expect(current.priority).toBeGreaterThanOrEqual(next.priority);
          if (current.priority === next.priority) expect(order(current.dimensionId)).toBeLessThan(order(next.dimensionId));
        });
        expect(ranking.focusAreas).toEqual(ranking.ranking.filter((r) => r.priority > 0).slice(0, priorityWeights.focusAreaCount));
      }),
    );
  });

  it("does not depend on key order or on the order challenges were ticked", () => {
    fc.assert(
      fc.property(answersArb(), (answers) => {
        const reordered = reorderKeys(answers, (keys) => [...keys].reverse());
        const challenges = answers.profile["challenges"] as string[];
        reordered.profile["challenges"] = [...challenges].reverse();
        expect(JSON.stringify(rank(reordered))).toBe(JSON.stringify(rank(answers)));
      }),
    );
  });
});
