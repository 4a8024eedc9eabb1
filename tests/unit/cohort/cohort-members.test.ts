import { describe, expect, it } from "vitest";
import { pickFirstAndLatestPerFirm, pickLatestPerFirm, type SubmittedAssessment } from "@/lib/cohort/cohort-members";

const at = (firmId: string, assessmentId: string, day: number): SubmittedAssessment<string> => ({
  firmId,
  assessmentId,
  createdAt: new Date(Date.UTC(2026, 0, day)),
  figures: assessmentId,
});

describe("picking the cohort's assessments", () => {
  const assessments = [at("f1", "a-2", 5), at("f1", "a-1", 1), at("f2", "b-1", 3), at("f3", "c-1", 2), at("f3", "c-2", 2), at("f3", "c-0", 1)];

  it("takes each firm's latest-started assessment, ties by the larger id", () => {
    expect(pickLatestPerFirm(assessments).map((a) => a.assessmentId).sort()).toEqual(["a-2", "b-1", "c-2"]);
  });

  it("pairs first and latest only for firms with two or more", () => {
    const pairs = pickFirstAndLatestPerFirm(assessments).map((p) => [p.firmId, p.first.assessmentId, p.latest.assessmentId]);
    expect(pairs.sort()).toEqual([
      ["f1", "a-1", "a-2"],
      ["f3", "c-0", "c-2"],
    ]);
  });
});
