import { describe, expect, it } from "vitest";
import { compareScores } from "@/lib/review/score-comparison";
import { scoreValidatedSubmission } from "@/lib/review/validated-scores";
import { scoreSubmission } from "@/lib/scoring/submission-scores";
import { submittedAnswers, v1 } from "./support";

describe("compareScores", () => {
  it("puts the index first, then each factor followed by its dimensions, with the differences", () => {
    const answers = submittedAnswers(3);
    const skills = v1.factors[0]!.dimensions[0]!;
    const self = scoreSubmission(v1, answers).result;
    const validated = scoreValidatedSubmission(v1, answers, skills.indicators.map((i) => ({ indicatorId: i.id, validatedLevel: 1 }))).result;
    const rows = compareScores(self, validated);
    expect(rows.map((r) => r.id).slice(0, 6)).toEqual(["index", "people", "skills", "leadership", "linkages", "inclusion"]);
    expect(rows.find((r) => r.id === "skills")).toMatchObject({ kind: "dimension", selfAssessed: 3, validated: 1, difference: -2 });
    expect(rows.find((r) => r.id === "people")).toMatchObject({ kind: "factor", selfAssessed: 3, validated: 2.5, difference: -0.5 });
    expect(rows.find((r) => r.id === "leadership")).toMatchObject({ difference: 0 });
    expect(rows[0]).toMatchObject({ kind: "index", selfAssessed: self.index.value, validated: validated.index.value, validatedBand: validated.index.band });
    expect(rows).toHaveLength(1 + self.factors.length + self.dimensions.length);
  });

  it("leaves the validated side empty when there are no validated scores", () => {
    const rows = compareScores(scoreSubmission(v1, submittedAnswers(2)).result, null);
    expect(rows.every((r) => r.validated === null && r.validatedBand === null && r.difference === null)).toBe(true);
  });
});
