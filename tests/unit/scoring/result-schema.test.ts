import { describe, expect, it } from "vitest";
import { z } from "zod";
import { PriorityRankingSchema, ScoringResultSchema } from "@/lib/scoring/result-schema";
import { rankPriorities } from "@/lib/scoring/rank-priorities";
import { scoreAssessment } from "@/lib/scoring/score-assessment";
import { plasticsAutomated } from "./golden-examples";
import { v1 } from "./arbitraries";

describe("result schemas", () => {
  const scoring = scoreAssessment(v1, plasticsAutomated.answers);

  it("convert to JSON Schema for the API's OpenAPI document", () => {
    const scoringJson = z.toJSONSchema(ScoringResultSchema) as { type: string; required: string[] };
    expect(scoringJson.type).toBe("object");
    expect(scoringJson.required).toEqual(expect.arrayContaining(["dimensions", "factors", "index"]));
    const rankingJson = JSON.stringify(z.toJSONSchema(PriorityRankingSchema));
    for (const code of ["gap", "sector", "challenge", "prerequisite-of", "awaits-prerequisite"]) expect(rankingJson).toContain(`"${code}"`);
  });

  it("reject a score out of range, an unknown band and an unknown reason code", () => {
    const outOfRange = structuredClone(scoring);
    outOfRange.dimensions[0]!.score = 5.5;
    expect(ScoringResultSchema.safeParse(outOfRange).success).toBe(false);

    const badBand = structuredClone(scoring) as unknown as { index: { band: string } };
    badBand.index.band = "champion";
    expect(ScoringResultSchema.safeParse(badBand).success).toBe(false);

    const ranking = structuredClone(rankPriorities(v1, plasticsAutomated.answers, scoring)) as unknown as {
      ranking: Array<{ reasons: Array<{ code: string }> }>;
    };
    ranking.ranking[0]!.reasons.push({ code: "hunch" });
    expect(PriorityRankingSchema.safeParse(ranking).success).toBe(false);
  });
});
