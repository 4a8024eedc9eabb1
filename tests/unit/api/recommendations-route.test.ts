import { describe, expect, it } from "vitest";
import { OPTIONS } from "@/app/api/v1/recommendations/route";
import { recommendationsRequestExample, RecommendationsResponseSchema } from "@/app/api/v1/recommendations/schema";
import { catalogue } from "@/lib/catalogue/catalogue";
import { getPublishedQuestionnaire } from "@/lib/questionnaire/published";
import { describeRecommendationReason } from "@/lib/recommender/describe";
import { readFirmProfile } from "@/lib/recommender/firm-profile";
import { recommend } from "@/lib/recommender/recommend";
import { rankPriorities } from "@/lib/scoring/rank-priorities";
import { scoreAssessment } from "@/lib/scoring/score-assessment";
import { conformsToDocument, postRecommendations, readApiError } from "./support";

// The handler is run with the shipped catalogue (the route gives it the database's active items,
// tested in tests/integration/api), so every rule of the endpoint is checked without a database.

const v1 = getPublishedQuestionnaire("v1")!;

async function readRecommendations(response: Response) {
  expect(response.status).toBe(200);
  expect(response.headers.get("cache-control")).toBe("no-store");
  expect(response.headers.get("access-control-allow-origin")).toBe("*");
  const body: unknown = await response.json();
  expect(conformsToDocument("RecommendationsResponse", body)).toBe(true);
  return RecommendationsResponseSchema.parse(body);
}

describe("POST /api/v1/recommendations", () => {
  it("recommends for the documented example exactly as recommend() does, with sentences in English and Malay", async () => {
    const body = await readRecommendations(await postRecommendations(recommendationsRequestExample));
    const answers = { profile: recommendationsRequestExample.profile, levels: {}, notes: {}, targets: {}, ...recommendationsRequestExample.answers };
    const priorities = rankPriorities(v1.structure, answers, scoreAssessment(v1.structure, answers));
    const expected = recommend({ firm: readFirmProfile(answers.profile), priorities, catalogue }, { today: "2026-06-01" });
    expect(body.asOf).toBe("2026-06-01");
    expect(body.questionnaireVersion).toBe("v1");
    const strip = ({ itemId, kind, rank, score, reasons }: (typeof body.firmsLikeYours)[number]) => ({ itemId, kind, rank, score, reasons });
    expect(body.firmsLikeYours.map(strip)).toEqual(expected.firmsLikeYours);
    expect(body.supportYouCanUse.map(strip)).toEqual(expected.supportYouCanUse);
    expect(body.firmsLikeYours.length).toBeGreaterThan(0);
    expect(body.supportYouCanUse.length).toBeGreaterThan(0);
    for (const recommendation of [...body.firmsLikeYours, ...body.supportYouCanUse]) {
      const item = catalogue.find((candidate) => candidate.id === recommendation.itemId)!;
      expect(recommendation.name).toEqual(item.name);
      expect(recommendation.title).toEqual(item.title);
      expect(recommendation.text.en.reasons).toEqual(recommendation.reasons.map((reason) => describeRecommendationReason(reason, "en")));
      expect(recommendation.text.ms.reasons).toEqual(recommendation.reasons.map((reason) => describeRecommendationReason(reason, "ms")));
      expect(recommendation.text.en.headline.length).toBeGreaterThan(0);
    }
    // A Malaysian firm is never offered another country's national instrument.
    for (const recommendation of body.supportYouCanUse) expect(["MY", "international", "generic"]).toContain(recommendation.country);
  });

  it("takes a priority ranking instead of answers and gives the same lists", async () => {
    const answers = { profile: recommendationsRequestExample.profile, levels: {}, notes: {}, targets: {}, ...recommendationsRequestExample.answers };
    const priorities = rankPriorities(v1.structure, answers, scoreAssessment(v1.structure, answers));
    const fromAnswers = await readRecommendations(await postRecommendations(recommendationsRequestExample));
    const fromPriorities = await readRecommendations(
      await postRecommendations({ profile: recommendationsRequestExample.profile, priorities, today: "2026-06-01" }),
    );
    expect(fromPriorities).toEqual(fromAnswers);
  });

  it("recommends from the catalogue it is given: a retired or missing item never appears", async () => {
    const first = (await readRecommendations(await postRecommendations(recommendationsRequestExample))).firmsLikeYours[0]!;
    const without = catalogue.filter((item) => item.id !== first.itemId);
    const retired = catalogue.map((item) => (item.id === first.itemId ? { ...item, status: "retired" as const } : item));
    for (const items of [without, retired]) {
      const body = await readRecommendations(await postRecommendations(recommendationsRequestExample, items));
      expect(body.firmsLikeYours.map((r) => r.itemId)).not.toContain(first.itemId);
    }
  });

  it("honours limit and today", async () => {
    const body = await readRecommendations(await postRecommendations({ ...recommendationsRequestExample, limit: 2, today: "2031-01-31" }));
    expect(body.asOf).toBe("2031-01-31");
    expect(body.firmsLikeYours.length).toBeLessThanOrEqual(2);
    expect(body.supportYouCanUse.length).toBeLessThanOrEqual(2);
  });

  it("answers a profile alone (every indicator at level 0) with both lists", async () => {
    const body = await readRecommendations(await postRecommendations({ profile: { country: "MY", sector: "10", employees: 12 } }));
    expect(body.supportYouCanUse.length).toBeGreaterThan(0);
    expect(body.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it("refuses answers and priorities together, a missing profile, and a date that is not a day", async () => {
    const answers = { profile: {}, levels: {}, notes: {}, targets: {} };
    const priorities = rankPriorities(v1.structure, answers, scoreAssessment(v1.structure, answers));
    const both = await readApiError(await postRecommendations({ ...recommendationsRequestExample, priorities }), 400);
    expect(both.fields).toHaveProperty("priorities");
    expect((await readApiError(await postRecommendations({ answers: {} }), 400)).fields).toEqual({ profile: "Required." });
    expect((await readApiError(await postRecommendations({ profile: {}, today: "2026-02-30" }), 400)).fields).toHaveProperty("today");
    expect((await readApiError(await postRecommendations({ profile: {}, limit: 11 }), 400)).fields).toHaveProperty("limit");
  });

  it("answers 422 with the body's own paths for profile and answer problems", async () => {
    const error = await readApiError(
      await postRecommendations({ profile: { country: "XX", colour: "blue" }, answers: { levels: { "connectivity-machines": 2, nonsense: 1 } } }),
      422,
    );
    expect(Object.keys(error.fields ?? {}).sort()).toEqual(["answers.levels.nonsense", "profile.colour", "profile.country"]);
    const targets = await readApiError(await postRecommendations({ profile: {}, targets: { nowhere: 3 } }), 422);
    expect(Object.keys(targets.fields ?? {})).toEqual(["targets.nowhere"]);
  });

  it("answers an unpublished version with 400 unknown_questionnaire_version", async () => {
    expect((await readApiError(await postRecommendations({ profile: {}, questionnaireVersion: "v9" }), 400)).error).toBe("unknown_questionnaire_version");
  });

  it("refuses bodies that are not JSON objects of the right media type and size", async () => {
    expect((await readApiError(await postRecommendations("{", catalogue), 400)).error).toBe("invalid_json");
    expect((await readApiError(await postRecommendations({ profile: {} }, catalogue, { "content-type": "text/plain" }), 415)).error).toBe("unsupported_media_type");
    expect((await readApiError(await postRecommendations({ profile: { note: "x".repeat(70_000) } }), 413)).error).toBe("payload_too_large");
  });

  it("answers browser preflights for POST", () => {
    const response = OPTIONS();
    expect(response.status).toBe(204);
    expect(response.headers.get("access-control-allow-methods")).toBe("POST, OPTIONS");
  });
  it("tells how to apply to each instrument and when its window closes, as of the request's day", async () => {
    const body = await readRecommendations(await postRecommendations(recommendationsRequestExample));
    for (const recommendation of body.firmsLikeYours) {
      expect(recommendation.howToApply).toBeUndefined();
      expect(recommendation.closingNotice).toBeUndefined();
    }
    for (const recommendation of body.supportYouCanUse) {
      const item = catalogue.find((candidate) => candidate.id === recommendation.itemId)!;
      expect(item.kind).not.toBe("case-study");
      if (item.kind !== "case-study") expect(recommendation.howToApply).toEqual(item.howToApply);
    }
    expect(body.supportYouCanUse.some((recommendation) => recommendation.howToApply?.steps.length)).toBe(true);

    // An instrument closing 20 days after the request's day says so; the same one with a far-off
    // closing day only says until when it is open.
    const first = body.supportYouCanUse[0]!;
    const withWindow = (closesOn: string) =>
      catalogue.map((item) => (item.id === first.itemId && item.kind !== "case-study" ? { ...item, eligibility: { ...item.eligibility, closesOn } } : item));
    const soon = await readRecommendations(await postRecommendations(recommendationsRequestExample, withWindow("2026-06-21")));
    expect(soon.supportYouCanUse.find((r) => r.itemId === first.itemId)?.closingNotice).toEqual({ kind: "closes-in", days: 20, closesOn: "2026-06-21" });
    const later = await readRecommendations(await postRecommendations(recommendationsRequestExample, withWindow("2027-06-01")));
    expect(later.supportYouCanUse.find((r) => r.itemId === first.itemId)?.closingNotice).toEqual({ kind: "open-until", closesOn: "2027-06-01" });
  });
});
