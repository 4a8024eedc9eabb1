import { describe, expect, it } from "vitest";
import { assessmentStatuses, decideReviewTransition, isReviewOpen, type ReviewAction } from "@/lib/review/transitions";

const actions: ReviewAction[] = ["validate", "comment", "approve", "return"];

describe("decideReviewTransition", () => {
  it("opens the review with the first validation or comment and keeps it open with later ones", () => {
    for (const action of ["validate", "comment"] as const) {
      expect(decideReviewTransition({ status: "submitted", latestSubmittedRevision: 1 }, action, 1)).toEqual({ allowed: true, from: "submitted", to: "in_review" });
      expect(decideReviewTransition({ status: "in_review", latestSubmittedRevision: 1 }, action, 1)).toEqual({ allowed: true, from: "in_review", to: "in_review" });
    }
  });

  it("lets an officer approve or return a submitted revision, before or after reviewing it", () => {
    for (const status of ["submitted", "in_review"] as const) {
      expect(decideReviewTransition({ status, latestSubmittedRevision: 2 }, "approve", 2)).toEqual({ allowed: true, from: status, to: "approved" });
      expect(decideReviewTransition({ status, latestSubmittedRevision: 2 }, "return", 2)).toEqual({ allowed: true, from: status, to: "returned" });
    }
  });

  it("refuses every action on a decided revision, whichever decision closed it", () => {
    for (const action of actions) {
      expect(decideReviewTransition({ status: "approved", latestSubmittedRevision: 1 }, action, 1)).toEqual({ allowed: false, refusal: "already-decided" });
      expect(decideReviewTransition({ status: "returned", latestSubmittedRevision: 1 }, action, 1)).toEqual({ allowed: false, refusal: "already-decided" });
    }
  });

  it("refuses every action before the first submission", () => {
    for (const action of actions) {
      expect(decideReviewTransition({ status: "draft", latestSubmittedRevision: null }, action, 1)).toEqual({ allowed: false, refusal: "not-submitted" });
    }
  });

  it("refuses an action posted from a page that showed another revision than the one under review", () => {
    for (const action of actions) {
      expect(decideReviewTransition({ status: "submitted", latestSubmittedRevision: 2 }, action, 1)).toEqual({ allowed: false, refusal: "revision-changed" });
      expect(decideReviewTransition({ status: "returned", latestSubmittedRevision: 1 }, action, 2)).toEqual({ allowed: false, refusal: "revision-changed" });
    }
  });

  it("only ever leads to a review status, and only from an open review", () => {
    for (const status of assessmentStatuses) {
      for (const action of actions) {
        const outcome = decideReviewTransition({ status, latestSubmittedRevision: status === "draft" ? null : 1 }, action, 1);
        expect(outcome.allowed).toBe(isReviewOpen(status));
        if (outcome.allowed) expect(["in_review", "approved", "returned"]).toContain(outcome.to);
      }
    }
  });
});
