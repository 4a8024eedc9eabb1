import { describe, expect, it } from "vitest";
import { ReportParamsSchema, ReportQuerySchema } from "@/app/(sme)/assessments/[assessmentId]/revisions/[revisionNumber]/report/schema";

const assessmentId = "00000000-0000-4000-8000-000000000101";

describe("the report route's input", () => {
  it("takes a revision number from 1 to 999999", () => {
    expect(ReportParamsSchema.parse({ assessmentId, revisionNumber: "2" })).toEqual({ assessmentId, revisionNumber: 2 });
    for (const revisionNumber of ["0", "01", "-1", "1.5", "1000000", "abc", ""]) expect(ReportParamsSchema.safeParse({ assessmentId, revisionNumber }).success).toBe(false);
    expect(ReportParamsSchema.safeParse({ assessmentId: "not-an-id", revisionNumber: "1" }).success).toBe(false);
  });

  it("takes ?lang=en|ms and ignores any other language", () => {
    expect(ReportQuerySchema.parse({ lang: "ms" })).toEqual({ lang: "ms" });
    expect(ReportQuerySchema.parse({ lang: "fr" })).toEqual({ lang: undefined });
    expect(ReportQuerySchema.parse({})).toEqual({});
  });
});
