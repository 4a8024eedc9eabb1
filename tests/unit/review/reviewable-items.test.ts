import { describe, expect, it } from "vitest";
import { findReviewableIndicator, isReviewableDimension } from "@/lib/review/reviewable-items";
import { submittedAnswers, v1 } from "./support";

const services = v1.factors.find((f) => f.id === "services")!.dimensions[0]!;

describe("reviewable items", () => {
  it("finds the dimension of an indicator the firm was asked", () => {
    expect(findReviewableIndicator(v1, submittedAnswers(), "skills-operator-digital")).toEqual({ dimensionId: "skills" });
    expect(isReviewableDimension(v1, submittedAnswers(), "skills")).toBe(true);
  });

  it("refuses ids the firm was not asked: hidden services items and unknown ids", () => {
    expect(findReviewableIndicator(v1, submittedAnswers(2, false), services.indicators[0]!.id)).toBeNull();
    expect(isReviewableDimension(v1, submittedAnswers(2, false), services.id)).toBe(false);
    expect(findReviewableIndicator(v1, submittedAnswers(2, true), services.indicators[0]!.id)).toEqual({ dimensionId: services.id });
    expect(findReviewableIndicator(v1, submittedAnswers(), "constructor")).toBeNull();
    expect(isReviewableDimension(v1, submittedAnswers(), "toString")).toBe(false);
  });
});
