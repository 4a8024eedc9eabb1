import { describe, expect, it } from "vitest";
import { SubmitAssessmentSchema } from "@/app/(sme)/assessments/[assessmentId]/check/schema";

// The same schema reads the posted form on the server and react-hook-form's values in the browser,
// which differ for an unticked box (absent vs false).

const ids = { assessmentId: "4f1c2a9e-8d3b-4c6e-9a7f-1b2c3d4e5f60", idempotencyKey: "0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d" };
const firstError = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  result.error?.issues.map((issue) => [String(issue.path[0]), issue.message]);

describe("the check page's declaration", () => {
  it("accepts the ticked box as posted (\"yes\") and as react-hook-form holds it", () => {
    expect(SubmitAssessmentSchema.safeParse({ ...ids, declaration: "yes" }).success).toBe(true);
    expect(SubmitAssessmentSchema.safeParse({ ...ids, declaration: true }).success).toBe(true);
  });

  it("refuses an unticked box, posted (absent) or in the browser (false), with the declaration's message", () => {
    for (const declaration of [undefined, false, ""]) {
      expect(firstError(SubmitAssessmentSchema.safeParse({ ...ids, declaration }))).toEqual([["declaration", "assessment.declarationRequired"]]);
    }
  });
});
