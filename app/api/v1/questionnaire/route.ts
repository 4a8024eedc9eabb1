import { invalidQueryResponse } from "@/lib/api/field-errors";
import { matchesIfNoneMatch } from "@/lib/api/http-cache";
import { describeUnknownVersion, findQuestionnaireForApi } from "@/lib/api/questionnaire";
import { answerUnexpectedErrors, apiEmpty, apiError, apiJson, apiPreflight } from "@/lib/api/responses";
import { QuestionnaireQuerySchema, type QuestionnaireResponse } from "./schema";

/** GET /api/v1/questionnaire — a published questionnaire version in one locale (?version=, ?locale=); anyone, no session. */
export async function GET(request: Request): Promise<Response> {
  return answerUnexpectedErrors(request, async () => {
    const url = new URL(request.url);
    // Unknown parameters (cache busters and the like) are ignored; a repeated one counts once.
    const parsed = QuestionnaireQuerySchema.safeParse({
      version: url.searchParams.get("version") ?? undefined,
      locale: url.searchParams.get("locale") ?? undefined,
    });
    if (!parsed.success) return invalidQueryResponse(parsed.error);

    const outcome = findQuestionnaireForApi(parsed.data);
    if (outcome.kind === "unknown-version") {
      const message = describeUnknownVersion(outcome.versionId);
      return apiError(404, "unknown_questionnaire_version", message, { fields: { version: message } });
    }
    // The versioned URL of this same representation, so a client can pin what it got.
    const pinned = new URLSearchParams({ version: outcome.body.questionnaireVersion, locale: outcome.body.locale });
    const headers = { ETag: outcome.etag, "Cache-Control": outcome.cacheControl, "Content-Location": `${url.pathname}?${pinned}` };
    if (matchesIfNoneMatch(request.headers.get("if-none-match"), outcome.etag)) return apiEmpty(304, headers);
    const body: QuestionnaireResponse = outcome.body;
    return apiJson(body, { headers });
  });
}

/** OPTIONS /api/v1/questionnaire — CORS preflight for browser clients on other sites; anyone. */
export function OPTIONS(): Response {
  return apiPreflight(["GET"]);
}
