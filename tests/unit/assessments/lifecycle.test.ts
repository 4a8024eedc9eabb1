import { describe, expect, it } from "vitest";
import {
  activeStatuses,
  assessmentStatuses,
  decideEdit,
  decidePrefill,
  decideReviewTransition,
  decideStart,
  decideSubmit,
  editableStatuses,
  findActiveAssessment,
  isActive,
  isEditable,
  isReviewOpen,
  type AssessmentStatus,
  type ReviewAction,
} from "@/lib/assessments/lifecycle";

const reviewActions: ReviewAction[] = ["validate", "comment", "approve", "return"];

describe("editing", () => {
  it("is allowed on a draft and on a returned assessment's new draft revision, nowhere else", () => {
    expect([...editableStatuses].sort()).toEqual(["draft", "returned"]);
    for (const status of assessmentStatuses) {
      const expected = status === "draft" || status === "returned";
      expect(isEditable(status)).toBe(expected);
      expect(decideEdit({ status, revisionSubmitted: false })).toEqual(expected ? { allowed: true } : { allowed: false, refusal: "not-editable" });
    }
  });

  it("is refused on a frozen revision whatever the status says", () => {
    for (const status of assessmentStatuses) {
      expect(decideEdit({ status, revisionSubmitted: true })).toEqual({ allowed: false, refusal: "not-editable" });
    }
  });
});

describe("starting an assessment", () => {
  const one = (status: AssessmentStatus, programmeId: string | null = "p1") => ({ id: `a-${status}`, status, programmeId });

  it("counts every status but approved as unfinished", () => {
    expect([...activeStatuses].sort()).toEqual(["draft", "in_review", "returned", "submitted"]);
    for (const status of assessmentStatuses) expect(isActive(status)).toBe(status !== "approved");
  });

  it("starts when the firm has nothing, or only approved assessments, in the programme", () => {
    expect(decideStart([], "p1")).toEqual({ kind: "start" });
    expect(decideStart([one("approved"), one("approved")], "p1")).toEqual({ kind: "start" });
  });

  it("opens the unfinished one instead, in every unfinished status", () => {
    for (const status of activeStatuses) {
      expect(decideStart([one("approved"), one(status)], "p1")).toEqual({ kind: "resume", assessmentId: `a-${status}` });
    }
  });

  it("looks only at the same programme; no programme is a programme of its own", () => {
    expect(decideStart([one("draft", "p2")], "p1")).toEqual({ kind: "start" });
    expect(decideStart([one("draft", null)], "p1")).toEqual({ kind: "start" });
    expect(decideStart([one("draft", "p1")], null)).toEqual({ kind: "start" });
    expect(decideStart([one("submitted", null)], null)).toEqual({ kind: "resume", assessmentId: "a-submitted" });
    expect(findActiveAssessment([one("draft", "p2"), one("returned", "p1")], "p1")?.id).toBe("a-returned");
  });

  it("prefills a re-assessment only from an approved assessment", () => {
    expect(decidePrefill("approved", true)).toBe("approved");
    expect(decidePrefill("approved", false)).toBeNull();
    expect(decidePrefill("none", true)).toBeNull();
    expect(decidePrefill("none", false)).toBeNull();
  });
});

describe("submitting", () => {
  it("freezes a draft revision of a draft or returned assessment", () => {
    expect(decideSubmit({ status: "draft", revisionSubmitted: false, submitKey: null }, "k")).toEqual({ kind: "submit", from: "draft", to: "submitted" });
    expect(decideSubmit({ status: "returned", revisionSubmitted: false, submitKey: null }, "k")).toEqual({ kind: "submit", from: "returned", to: "submitted" });
  });

  it("answers a repeat as already submitted, telling whether it is the same submit", () => {
    for (const status of assessmentStatuses) {
      expect(decideSubmit({ status, revisionSubmitted: true, submitKey: "k" }, "k")).toEqual({ kind: "already-submitted", sameKey: true });
      expect(decideSubmit({ status, revisionSubmitted: true, submitKey: "k" }, "other")).toEqual({ kind: "already-submitted", sameKey: false });
    }
  });

  it("refuses a draft revision of an assessment that is not editable", () => {
    for (const status of ["submitted", "in_review", "approved"] as const) {
      expect(decideSubmit({ status, revisionSubmitted: false, submitKey: null }, "k")).toEqual({ kind: "not-editable", status });
    }
  });
});

describe("review transitions", () => {
  it("validate and comment open the review and keep it open", () => {
    for (const action of ["validate", "comment"] as const) {
      expect(decideReviewTransition({ status: "submitted", latestSubmittedRevision: 1 }, action, 1)).toEqual({ allowed: true, from: "submitted", to: "in_review" });
      expect(decideReviewTransition({ status: "in_review", latestSubmittedRevision: 1 }, action, 1)).toEqual({ allowed: true, from: "in_review", to: "in_review" });
    }
  });

  it("approve and return decide a submitted or in-review revision", () => {
    for (const status of ["submitted", "in_review"] as const) {
      expect(decideReviewTransition({ status, latestSubmittedRevision: 2 }, "approve", 2)).toEqual({ allowed: true, from: status, to: "approved" });
      expect(decideReviewTransition({ status, latestSubmittedRevision: 2 }, "return", 2)).toEqual({ allowed: true, from: status, to: "returned" });
    }
  });

  it("refuses every action once decided, before the first submission, and on a stale revision", () => {
    for (const action of reviewActions) {
      expect(decideReviewTransition({ status: "approved", latestSubmittedRevision: 1 }, action, 1)).toEqual({ allowed: false, refusal: "already-decided" });
      expect(decideReviewTransition({ status: "returned", latestSubmittedRevision: 1 }, action, 1)).toEqual({ allowed: false, refusal: "already-decided" });
      expect(decideReviewTransition({ status: "returned", latestSubmittedRevision: 1 }, action, 2)).toEqual({ allowed: false, refusal: "revision-changed" });
      expect(decideReviewTransition({ status: "draft", latestSubmittedRevision: null }, action, 1)).toEqual({ allowed: false, refusal: "not-submitted" });
      expect(decideReviewTransition({ status: "submitted", latestSubmittedRevision: 2 }, action, 1)).toEqual({ allowed: false, refusal: "revision-changed" });
      expect(decideReviewTransition({ status: "in_review", latestSubmittedRevision: 2 }, action, 3)).toEqual({ allowed: false, refusal: "revision-changed" });
    }
  });

  it("is allowed exactly while the review is open, and leads only to a review status", () => {
    for (const status of assessmentStatuses) {
      expect(isReviewOpen(status)).toBe(status === "submitted" || status === "in_review");
      for (const action of reviewActions) {
        const outcome = decideReviewTransition({ status, latestSubmittedRevision: status === "draft" ? null : 1 }, action, 1);
        expect(outcome.allowed).toBe(isReviewOpen(status));
        if (outcome.allowed) expect(["in_review", "approved", "returned"]).toContain(outcome.to);
      }
    }
  });

  it("never lets the firm edit what is under review, and always lets it edit what was returned", () => {
    for (const status of assessmentStatuses) if (isReviewOpen(status)) expect(isEditable(status)).toBe(false);
    const returned = decideReviewTransition({ status: "in_review", latestSubmittedRevision: 1 }, "return", 1);
    expect(returned.allowed && isEditable(returned.to)).toBe(true);
    const approved = decideReviewTransition({ status: "in_review", latestSubmittedRevision: 1 }, "approve", 1);
    expect(approved.allowed && (isEditable(approved.to) || isActive(approved.to))).toBe(false);
  });
});
