import { describe, expect, it } from "vitest";
import { buildReviewHistory, reviewAuditActions, type AuditEventRecord } from "@/lib/review/history";

const at = (minute: number) => new Date(Date.UTC(2026, 2, 1, 9, minute));
const event = (id: number, minute: number, action: string, extra: Partial<AuditEventRecord> = {}): AuditEventRecord => ({
  id,
  occurredAt: at(minute),
  actorName: "Tan Wei Ming",
  actorRole: "officer",
  action,
  fromState: null,
  toState: null,
  reason: null,
  details: {},
  ...extra,
});

describe("buildReviewHistory", () => {
  it("tells the review in order, naming a submission after a return a resubmission", () => {
    const history = buildReviewHistory([
      event(6, 20, "assessment.submitted", { actorRole: "sme", fromState: "returned", toState: "submitted", details: { revision: 2 } }),
      event(1, 0, "assessment.created", { actorRole: "sme", toState: "draft" }),
      event(2, 5, "assessment.submitted", { actorRole: "sme", fromState: "draft", toState: "submitted", details: { revision: 1 } }),
      event(3, 10, reviewAuditActions.validated, { fromState: "submitted", toState: "in_review", reason: "No training records", details: { revision: 1, indicatorId: "skills-operator-digital", dimensionId: "skills", validatedLevel: 1 } }),
      event(4, 11, reviewAuditActions.commented, { fromState: "in_review", toState: "in_review", details: { revision: 1, dimensionId: "skills" } }),
      event(5, 12, reviewAuditActions.returned, { fromState: "in_review", toState: "returned", reason: "Please attach evidence", details: { revision: 1, newRevision: 2 } }),
      event(7, 30, reviewAuditActions.approved, { fromState: "submitted", toState: "approved", details: { revision: 2 } }),
    ]);
    expect(history.map((entry) => entry.step)).toEqual(["created", "submitted", "validated", "commented", "returned", "resubmitted", "approved"]);
    expect(history[2]).toMatchObject({ revision: 1, indicatorId: "skills-operator-digital", dimensionId: "skills", validatedLevel: 1, reason: "No training records", fromState: "submitted", toState: "in_review" });
    expect(history[4]).toMatchObject({ reason: "Please attach evidence", actorName: "Tan Wei Ming", actorRole: "officer", at: at(12) });
  });

  it("counts the levels a confirmed dimension validated", () => {
    const [confirmed, single] = buildReviewHistory([
      event(1, 0, reviewAuditActions.validated, { details: { revision: 1, dimensionId: "skills", confirmedIndicators: ["a", "b", "c"] } }),
      event(2, 1, reviewAuditActions.validated, { details: { revision: 1, indicatorId: "a", dimensionId: "skills", validatedLevel: 2 } }),
    ]);
    expect(confirmed).toMatchObject({ step: "validated", dimensionId: "skills", indicatorId: null, confirmedLevels: 3 });
    expect(single).toMatchObject({ indicatorId: "a", confirmedLevels: null });
  });

  it("keeps events of the same instant in the order they were recorded", () => {
    const history = buildReviewHistory([event(9, 1, reviewAuditActions.commented), event(8, 1, reviewAuditActions.validated)]);
    expect(history.map((entry) => entry.id)).toEqual([8, 9]);
  });

  it("keeps an action it does not know, with its raw name, and ignores malformed details", () => {
    const [entry] = buildReviewHistory([event(1, 0, "assessment.exported", { details: { revision: "two", indicatorId: 5 } })]);
    expect(entry).toMatchObject({ step: "other", action: "assessment.exported", revision: null, indicatorId: null });
  });
});
