import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { AnswerSet } from "@/lib/questionnaire/answer-set";
import type { QuestionnaireVersion } from "@/lib/questionnaire/version-schema";
import { listVisibleDimensions, listVisibleProfileQuestions } from "@/lib/questionnaire/visible-items";
import { getVisibility, listGatingQuestionIds } from "@/lib/scoring/visibility-memo";
import { fixtureVersion } from "../questionnaire/fixture-version";
import { answersArb, v1 } from "./arbitraries";

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

const frozenFixture = deepFreeze(structuredClone(fixtureVersion));

function expectSameAsFresh(version: QuestionnaireVersion, answers: AnswerSet) {
  const visibility = getVisibility(version, answers);
  expect(visibility.dimensions).toEqual(listVisibleDimensions(version, answers));
  expect([...visibility.profileQuestionIds]).toEqual(listVisibleProfileQuestions(version, answers).map((q) => q.id));
}

describe("getVisibility", () => {
  it("keys on the profile questions that visibility rules read", () => {
    expect(listGatingQuestionIds(v1)).toEqual(["offers-services"]);
    expect(listGatingQuestionIds(fixtureVersion)).toEqual(["country", "services"]);
  });

  it("agrees with listVisibleDimensions on v1", () => {
    fc.assert(
      fc.property(answersArb(), (answers) => {
        expectSameAsFresh(v1, answers);
      }),
    );
  });

  it("agrees with listVisibleDimensions on a version with nested rules, also past its size limit", () => {
    const profileArb = fc.record(
      {
        country: fc.constantFrom("MY", "CN", "XX"),
        services: fc.boolean(),
        staff: fc.integer({ min: 1, max: 1000 }),
        "service-kind": fc.constantFrom("repair", "design"),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(profileArb, (profile) => {
        const answers: AnswerSet = { profile, levels: {}, notes: {}, targets: {} };
        expectSameAsFresh(frozenFixture, answers);
      }),
      { numRuns: 300 },
    );
  });

  it("does not remember an editable (unfrozen) version", () => {
    const editable = structuredClone(fixtureVersion);
    const answers: AnswerSet = { profile: { country: "MY" }, levels: {}, notes: {}, targets: {} };
    expect(getVisibility(editable, answers).dimensions.map((d) => d.dimension.id)).toEqual(["skills", "leadership"]);
    editable.factors[0]!.dimensions.pop();
    expect(getVisibility(editable, answers).dimensions.map((d) => d.dimension.id)).toEqual(["skills"]);
  });
});
