import { apiParseOptions, invalidAnswersResponse, invalidBodyResponse } from "@/lib/api/field-errors";
import { describeUnknownVersion } from "@/lib/api/questionnaire";
import { readJsonRequest } from "@/lib/api/read-json-request";
import { answerUnexpectedErrors, apiError, apiJson, apiPreflight } from "@/lib/api/responses";
import { scoreForApi } from "@/lib/api/score";
import { scoreMaxBodyBytes, ScoreRequestSchema, type ScoreResponse } from "./schema";

/**
 * POST /api/v1/score — score answers statelessly (scores, gaps, priorities); anyone, no session.
 * No CSRF check (rejectCrossSite) on purpose: the handler reads no cookie or session and stores
 * nothing, so a forged cross-site request could only make someone score answers the forger
 * already knows. CORS is open for the same reason (lib/api/responses.ts).
 */
export async function POST(request: Request): Promise<Response> {
  return answerUnexpectedErrors(request, async () => {
    const body = await readJsonRequest(request, scoreMaxBodyBytes);
    if (!body.ok) return body.response;
    const parsed = ScoreRequestSchema.safeParse(body.value, apiParseOptions);
    if (!parsed.success) return invalidBodyResponse(parsed.error);

    const outcome = scoreForApi(parsed.data);
    if (outcome.kind === "unknown-version") {
      const message = describeUnknownVersion(outcome.versionId);
      return apiError(400, "unknown_questionnaire_version", message, { fields: { questionnaireVersion: message } });
    }
    if (outcome.kind === "invalid") return invalidAnswersResponse(outcome.problems);

    const response: ScoreResponse = {
      questionnaireVersion: outcome.questionnaire.id,
      contentHash: outcome.questionnaire.contentHash,
      result: outcome.result,
      priorities: outcome.priorities,
      explanations: outcome.explanations,
    };
    return apiJson(response);
  });
}

/** OPTIONS /api/v1/score — CORS preflight for browser clients on other sites; anyone. */
export function OPTIONS(): Response {
  return apiPreflight(["POST"]);
}
