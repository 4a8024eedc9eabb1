import type { CatalogueItem } from "@/lib/catalogue/item-schema";
import { apiParseOptions, invalidAnswersResponse, invalidBodyResponse } from "@/lib/api/field-errors";
import { describeUnknownVersion } from "@/lib/api/questionnaire";
import { readJsonRequest } from "@/lib/api/read-json-request";
import { recommendForApi, todayUtc } from "@/lib/server/recommendations/recommendations";
import { answerUnexpectedErrors, apiError, apiJson } from "@/lib/api/responses";
import { recommendationsMaxBodyBytes, RecommendationsRequestSchema, type RecommendationsResponse } from "./schema";

/**
 * Answers POST /api/v1/recommendations with the catalogue `loadCatalogue` gives: the route passes
 * the database's active items; the unit fuzz passes the shipped catalogue, so every body the
 * document allows is exercised without a database.
 */
export async function answerRecommendationsRequest(request: Request, loadCatalogue: () => Promise<readonly CatalogueItem[]>): Promise<Response> {
  return answerUnexpectedErrors(request, async () => {
    const body = await readJsonRequest(request, recommendationsMaxBodyBytes);
    if (!body.ok) return body.response;
    const parsed = RecommendationsRequestSchema.safeParse(body.value, apiParseOptions);
    if (!parsed.success) return invalidBodyResponse(parsed.error);

    const outcome = recommendForApi(parsed.data, await loadCatalogue(), todayUtc());
    if (outcome.kind === "unknown-version") {
      const message = describeUnknownVersion(outcome.versionId);
      return apiError(400, "unknown_questionnaire_version", message, { fields: { questionnaireVersion: message } });
    }
    if (outcome.kind === "invalid") return invalidAnswersResponse(outcome.problems);
    const response: RecommendationsResponse = outcome.body;
    return apiJson(response);
  });
}
