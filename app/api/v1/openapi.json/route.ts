import { cacheControl } from "@/lib/api/http-cache";
import { answerUnexpectedErrors, apiJson, apiPreflight } from "@/lib/api/responses";
import { getV1OpenApiDocument } from "../operations";

/** GET /api/v1/openapi.json — the OpenAPI 3.1 document of the public v1 API; anyone, no session. */
export async function GET(request: Request): Promise<Response> {
  return answerUnexpectedErrors(request, async () => apiJson(getV1OpenApiDocument(), { headers: { "Cache-Control": cacheControl.document } }));
}

/** OPTIONS /api/v1/openapi.json — CORS preflight for browser clients on other sites; anyone. */
export function OPTIONS(): Response {
  return apiPreflight(["GET"]);
}
