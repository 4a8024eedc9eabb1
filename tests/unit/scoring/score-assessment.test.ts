import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { AnswerSet } from "@/lib/questionnaire/answer-set";
import { QuestionnaireVersionSchema } from "@/lib/questionnaire/version-schema";
import { defaultTargetLevel } from "@/lib/scoring/dimension-level";
import { ScoringResultSchema, type ScoringResult } from "@/lib/scoring/result-schema";
import { indexFactorIds, scoreAssessment } from "@/lib/scoring/score-assessment";
import { fixtureVersion } from "../questionnaire/fixture-version";
import {
  answersArb,
  levelArb,
  reorderKeys,
  targetsArb,
  v1,
  v1IndicatorIds,
  v1ServicesDimensionIds,
  v1ServicesIndicatorIds,
  withAllLevels,
} from "./arbitraries";

/** Every score of a result by a stable name, for comparing two results number by number. */
function listScores(result: ScoringResult): Map<string, number> {
  return new Map([
    ...result.dimensions.map((d) => [`dimension:${d.dimensionId}`, d.score] as const),
    ...result.factors.map((f) => [`factor:${f.factorId}`, f.score] as const),
    ["index", result.index.value] as const,
  ]);
}

function hashKey(key: string, seed: number): number {
  let hash = seed | 0;
  for (let i = 0; i < key.length; i += 1) hash = Math.imul(hash ^ key.charCodeAt(i), 0x9e3779b1);
  return hash;
}

describe("scoreAssessment properties over v1", () => {
  it("keeps every score in range, matches the result schema and can be recomputed from its sources", () => {
    fc.assert(
      fc.property(answersArb(), (answers) => {
        const result = scoreAssessment(v1, answers);
        expect(ScoringResultSchema.parse(result)).toEqual(result);
        for (const dimension of result.dimensions) {
          const { indicators } = dimension.sources;
          const weights = indicators.reduce((sum, i) => sum + i.weight, 0);
          const expected = indicators.reduce((sum, i) => sum + (i.level ?? 0) * i.weight, 0) / weights;
          // Scores are kept to 9 decimals, so they agree with their sources to 8.
          expect(dimension.score).toBeCloseTo(expected, 8);
          expect(dimension.answeredCount).toBe(indicators.filter((i) => i.level !== null).length);
        }
        for (const factor of result.factors) {
          const { dimensions } = factor.sources;
          const weights = dimensions.reduce((sum, d) => sum + d.weight, 0);
          expect(factor.score).toBeCloseTo(dimensions.reduce((sum, d) => sum + d.score * d.weight, 0) / weights, 8);
        }
        const core = result.index.sources.factors;
        expect(core.map((f) => f.factorId)).toEqual(indexFactorIds);
        const mean = core.reduce((sum, f) => sum + f.score, 0) / core.length;
        expect(result.index.value).toBe(Math.round((mean / 5) * 1000) / 10);
        expect(result.complete).toBe(result.dimensions.every((d) => d.answeredCount === d.indicatorCount));
      }),
    );
  });

  it("gives index 0 when every answer is 0 and 100 when every answer is 5", () => {
    fc.assert(
      fc.property(answersArb(), (answers) => {
        const low = scoreAssessment(v1, withAllLevels(answers, 0));
        const high = scoreAssessment(v1, withAllLevels(answers, 5));
        expect(low.index).toMatchObject({ value: 0, band: "newcomer" });
        expect(high.index).toMatchObject({ value: 100, band: "leader" });
        expect([...listScores(low).values()].every((score) => score === 0)).toBe(true);
        expect(high.dimensions.every((d) => d.score === 5) && high.factors.every((f) => f.score === 5)).toBe(true);
      }),
    );
  });

  it("never lowers any dimension, factor or index score when one answer rises (or is first given)", () => {
    fc.assert(
      fc.property(answersArb(), fc.constantFrom(...v1IndicatorIds), levelArb, (answers, indicatorId, newLevel) => {
        const old = answers.levels[indicatorId];
        fc.pre(old === undefined || newLevel > old);
        const before = listScores(scoreAssessment(v1, answers));
        const after = listScores(scoreAssessment(v1, { ...answers, levels: { ...answers.levels, [indicatorId]: newLevel } }));
        expect([...after.keys()]).toEqual([...before.keys()]);
        for (const [name, score] of before) expect(after.get(name)!, name).toBeGreaterThanOrEqual(score);
      }),
    );
  });

  it("sets gap = max(0, target − current), with the target from the answers, the argument or the default", () => {
    fc.assert(
      fc.property(answersArb(), fc.option(targetsArb, { nil: undefined }), (answers, given) => {
        const result = scoreAssessment(v1, answers, given);
        const chosen = given ?? answers.targets;
        for (const dimension of result.dimensions) {
          const target = chosen[dimension.dimensionId] ?? defaultTargetLevel(dimension.score, undefined);
          expect(dimension.target.level).toBe(target);
          expect(dimension.target.origin).toBe(chosen[dimension.dimensionId] === undefined ? "default" : given ? "given" : "answers");
          expect(dimension.gap).toBe(Math.max(0, dimension.target.level - dimension.score));
        }
      }),
    );
  });

  it("does not depend on the order of keys in the answer set", () => {
    fc.assert(
      fc.property(answersArb(), fc.integer(), (answers, seed) => {
        const shuffled = reorderKeys(answers, (keys) => [...keys].sort((a, b) => hashKey(a, seed) - hashKey(b, seed)));
        const reversed = reorderKeys(answers, (keys) => [...keys].reverse());
        const expected = JSON.stringify(scoreAssessment(v1, answers));
        expect(JSON.stringify(scoreAssessment(v1, shuffled))).toBe(expected);
        expect(JSON.stringify(scoreAssessment(v1, reversed))).toBe(expected);
      }),
    );
  });

  it("ignores hidden indicators and targets: changing a services answer changes nothing while the module is off", () => {
    fc.assert(
      fc.property(
        answersArb({ offersServices: fc.constant(false) }),
        fc.constantFrom(...v1ServicesIndicatorIds),
        fc.option(levelArb, { nil: undefined }),
        fc.constantFrom(...v1ServicesDimensionIds),
        levelArb,
        (answers, indicatorId, level, dimensionId, target) => {
          const changed: AnswerSet = {
            ...answers,
            levels: { ...answers.levels, [indicatorId]: level as number },
            targets: { ...answers.targets, [dimensionId]: target },
          };
          if (level === undefined) delete changed.levels[indicatorId];
          expect(scoreAssessment(v1, changed)).toEqual(scoreAssessment(v1, answers));
        },
      ),
    );
  });

  it("never moves the index or a core score when the services module is switched on or off", () => {
    fc.assert(
      fc.property(answersArb(), (answers) => {
        const on = scoreAssessment(v1, { ...answers, profile: { ...answers.profile, "offers-services": true } });
        const off = scoreAssessment(v1, { ...answers, profile: { ...answers.profile, "offers-services": false } });
        expect(on.index).toEqual(off.index);
        expect(on.dimensions.filter((d) => d.factorId !== "services")).toEqual(off.dimensions);
        expect(on.factors.filter((f) => f.factorId !== "services")).toEqual(off.factors);
      }),
    );
  });
});

describe("scoreAssessment", () => {
  const empty: AnswerSet = { profile: {}, levels: {}, notes: {}, targets: {} };

  it("counts an unanswered visible indicator as 0 and marks the result incomplete", () => {
    const result = scoreAssessment(v1, { ...empty, levels: { "skills-operator-digital": 3 } });
    const skills = result.dimensions.find((d) => d.dimensionId === "skills")!;
    expect(skills.score).toBe(1);
    expect(skills.answeredCount).toBe(1);
    expect(skills.sources.indicators).toEqual([
      { indicatorId: "skills-operator-digital", level: 3, weight: 1 },
      { indicatorId: "skills-training-system", level: null, weight: 1 },
      { indicatorId: "skills-technical-specialists", level: null, weight: 1 },
    ]);
    expect(result.indicators).toEqual([{ indicatorId: "skills-operator-digital", dimensionId: "skills", level: 3, weight: 1 }]);
    expect(result.complete).toBe(false);
  });

  it("lists visible dimensions and factors in questionnaire order and leaves services out of the index", () => {
    const result = scoreAssessment(v1, { ...empty, profile: { "offers-services": true } });
    expect(result.factors.map((f) => [f.factorId, f.inIndex])).toEqual([
      ["people", true],
      ["process", true],
      ["technology", true],
      ["services", false],
    ]);
    expect(result.dimensions.map((d) => d.dimensionId)).toEqual(v1.factors.flatMap((f) => f.dimensions.map((d) => d.id)));
    expect(scoreAssessment(v1, empty).factors.map((f) => f.factorId)).toEqual(["people", "process", "technology"]);
  });

  it("uses the given targets instead of the firm's, and the default for a dimension neither sets", () => {
    const answers: AnswerSet = { ...empty, levels: { "skills-operator-digital": 5, "skills-training-system": 5 }, targets: { skills: 2, leadership: 4 } };
    const own = scoreAssessment(v1, answers).dimensions;
    expect(own.find((d) => d.dimensionId === "skills")!.target).toEqual({ level: 2, origin: "answers" });
    expect(own.find((d) => d.dimensionId === "skills")!.gap).toBe(0);
    const given = scoreAssessment(v1, answers, { skills: 5 }).dimensions;
    const skills = given.find((d) => d.dimensionId === "skills")!;
    expect(skills.target).toEqual({ level: 5, origin: "given" });
    expect(skills.gap).toBeCloseTo(5 - 10 / 3, 8);
    // leadership's own target is not used once targets are given: the default (score 0 → 1) applies.
    expect(given.find((d) => d.dimensionId === "leadership")!.target).toEqual({ level: 1, origin: "default" });
  });

  it("rejects a visible level or target that is not a whole level from 0 to 5, and ignores hidden ones", () => {
    expect(() => scoreAssessment(v1, { ...empty, levels: { "skills-operator-digital": 6 } })).toThrow(RangeError);
    expect(() => scoreAssessment(v1, { ...empty, levels: { "skills-operator-digital": 2.5 } })).toThrow(/levels\.skills-operator-digital/);
    expect(() => scoreAssessment(v1, { ...empty, targets: { skills: -1 } })).toThrow(/targets\.skills/);
    expect(() => scoreAssessment(v1, empty, { automation: 9 })).toThrow(RangeError);
    expect(() => scoreAssessment(v1, { ...empty, levels: { "services-digital-offerings": 9 } })).not.toThrow();
  });

  it("reads only own keys, so an id like 'constructor' is never mistaken for an answer", () => {
    const source = structuredClone(fixtureVersion);
    source.factors[0]!.dimensions[0]!.indicators[0]!.id = "constructor";
    const version = QuestionnaireVersionSchema.parse(source);
    const skills = scoreAssessment(version, { ...empty, profile: { country: "CN" } }).dimensions.find((d) => d.dimensionId === "skills")!;
    expect(skills.sources.indicators).toEqual([{ indicatorId: "constructor", level: null, weight: 1 }]);
    expect(skills.score).toBe(0);
  });

  it("ignores an indicator hidden by its own rule (fixture version)", () => {
    const answers: AnswerSet = { ...empty, profile: { country: "CN", services: false }, levels: { "skills-a": 4, "skills-b": 0 } };
    const skills = scoreAssessment(fixtureVersion, answers).dimensions.find((d) => d.dimensionId === "skills")!;
    expect(skills.score).toBe(4);
    expect(skills.sources.indicators.map((i) => i.indicatorId)).toEqual(["skills-a"]);
    const shown = scoreAssessment(fixtureVersion, { ...answers, profile: { country: "MY", services: false } });
    expect(shown.dimensions.find((d) => d.dimensionId === "skills")!.score).toBe(2);
  });

  it("weights indicators and dimensions by their weights", () => {
    // fixture leadership has one indicator of weight 2; skills two of weight 1.
    const answers: AnswerSet = { ...empty, profile: { country: "MY", services: true }, levels: { "skills-a": 1, "skills-b": 3, "leadership-a": 4 } };
    const result = scoreAssessment(fixtureVersion, answers);
    expect(result.dimensions.map((d) => [d.dimensionId, d.score])).toEqual([
      ["skills", 2],
      ["leadership", 4],
      ["digital-services", 0],
    ]);
    expect(result.factors.map((f) => [f.factorId, f.score])).toEqual([
      ["people", 3],
      ["services", 0],
    ]);
    // Only people is a core factor in this version, so the index is people's score / 5 × 100.
    expect(result.index.value).toBe(60);
  });

  it("gives the same result for a published (frozen) version and an editable copy", () => {
    const copy = QuestionnaireVersionSchema.parse(structuredClone(v1));
    fc.assert(
      fc.property(answersArb(), (answers) => {
        expect(scoreAssessment(copy, answers)).toEqual(scoreAssessment(v1, answers));
      }),
      { numRuns: 30 },
    );
  });
});
