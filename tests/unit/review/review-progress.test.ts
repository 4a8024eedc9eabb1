import { describe, expect, it } from "vitest";
import { dimensionReviewState, indicatorsToConfirm, needsJustification, summariseReview, type ReviewFacts } from "@/lib/review/review-progress";

const ids = ["a", "b", "c"];
const facts = (validated: Record<string, number>, firmLevels: Record<string, number | undefined> = { a: 2, b: 3, c: 4 }): ReviewFacts => ({
  firmLevels,
  validatedLevels: new Map(Object.entries(validated)),
});

describe("dimensionReviewState", () => {
  it("is not looked at before any validation or comment", () => {
    expect(dimensionReviewState(ids, facts({}), 0)).toEqual({ marks: ["not-looked-at"], validated: 0, total: 3 });
  });

  it("is in progress while some levels are validated at the firm's level", () => {
    expect(dimensionReviewState(ids, facts({ a: 2 }), 0)).toEqual({ marks: ["in-progress"], validated: 1, total: 3 });
  });

  it("is confirmed when every level is validated at the firm's level", () => {
    expect(dimensionReviewState(ids, facts({ a: 2, b: 3, c: 4 }), 0).marks).toEqual(["confirmed"]);
  });

  it("is adjusted when any validated level differs, even before the others are validated", () => {
    expect(dimensionReviewState(ids, facts({ b: 1 }), 0).marks).toEqual(["adjusted"]);
    expect(dimensionReviewState(ids, facts({ a: 2, b: 3, c: 5 }), 0).marks).toEqual(["adjusted"]);
  });

  it("is commented with a comment, together with adjusted or confirmed", () => {
    expect(dimensionReviewState(ids, facts({}), 1).marks).toEqual(["commented"]);
    expect(dimensionReviewState(ids, facts({ b: 1 }), 2).marks).toEqual(["adjusted", "commented"]);
    expect(dimensionReviewState(ids, facts({ a: 2, b: 3, c: 4 }), 1).marks).toEqual(["confirmed", "commented"]);
  });

  it("reads a validation of an unanswered indicator as an adjustment", () => {
    expect(dimensionReviewState(ids, facts({ c: 0 }, { a: 2, b: 3 }), 0).marks).toEqual(["adjusted"]);
  });
});

describe("indicatorsToConfirm", () => {
  it("takes the answered indicators not yet validated, leaving adjusted ones alone", () => {
    expect(indicatorsToConfirm(ids, facts({ b: 1 }))).toEqual(["a", "c"]);
    expect(indicatorsToConfirm(ids, facts({}, { a: 2, c: 4 }))).toEqual(["a", "c"]);
    expect(indicatorsToConfirm(ids, facts({ a: 2, b: 3, c: 4 }))).toEqual([]);
  });
});

describe("needsJustification", () => {
  it("asks for one only when the level differs from the firm's", () => {
    expect(needsJustification(3, 3)).toBe(false);
    expect(needsJustification(3, 2)).toBe(true);
    expect(needsJustification(undefined, 0)).toBe(true);
  });
});

describe("summariseReview", () => {
  it("counts validated, confirmed and adjusted levels and the comments", () => {
    expect(summariseReview(facts({ a: 2, b: 1, c: 5 }), 4)).toEqual({ validated: 3, confirmed: 1, adjusted: 2, comments: 4 });
    expect(summariseReview(facts({}), 0)).toEqual({ validated: 0, confirmed: 0, adjusted: 0, comments: 0 });
  });
});
