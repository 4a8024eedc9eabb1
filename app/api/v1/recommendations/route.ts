import { apiPreflight } from "@/lib/api/responses";
import { listActiveCatalogueForRecommendations } from "@/lib/db/queries/catalogue";
import { answerRecommendationsRequest } from "./handler";

/**
 * POST /api/v1/recommendations — case studies and support instruments for a firm, with reasons; anyone, no session.
 * No CSRF check, as for POST /score: it reads no cookie or session and stores nothing.
 */
export function POST(request: Request): Promise<Response> {
  return answerRecommendationsRequest(request, listActiveCatalogueForRecommendations);
}

/** OPTIONS /api/v1/recommendations — CORS preflight for browser clients on other sites; anyone. */
export function OPTIONS(): Response {
  return apiPreflight(["POST"]);
}
