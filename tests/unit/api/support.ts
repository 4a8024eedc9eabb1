import { expect } from "vitest";
import { z } from "zod";
import { ApiErrorSchema, type ApiError, type ApiErrorCode } from "@/lib/api/error-schema";
import { getV1OpenApiDocument } from "@/app/api/v1/operations";
import { answerRecommendationsRequest } from "@/app/api/v1/recommendations/handler";
import { POST as postScoreHandler } from "@/app/api/v1/score/route";
import { catalogue } from "@/lib/catalogue/catalogue";
import type { CatalogueItem } from "@/lib/catalogue/item-schema";

// Calls the v1 route handlers directly (they are plain functions of a Request) and reads their
// answers against both the zod schemas and the published OpenAPI document.

export const jsonHeaders = { "content-type": "application/json" };

/** POST /api/v1/score with a JSON-encoded value, or a raw string/bytes body as given. */
export function postScore(body: unknown, headers: Record<string, string> = jsonHeaders): Promise<Response> {
  // Copied so the bytes sit in a plain ArrayBuffer, as BodyInit wants.
  const raw = typeof body === "string" ? body : body instanceof Uint8Array ? new Uint8Array(body) : JSON.stringify(body);
  return postScoreHandler(new Request("http://localhost/api/v1/score", { method: "POST", body: raw, headers }));
}

/**
 * POST /api/v1/recommendations through its handler with a given catalogue (the shipped one by
 * default): the route itself reads the database's, which tests/integration/api covers.
 */
export function postRecommendations(body: unknown, items: readonly CatalogueItem[] = catalogue, headers: Record<string, string> = jsonHeaders): Promise<Response> {
  const raw = typeof body === "string" ? body : body instanceof Uint8Array ? new Uint8Array(body) : JSON.stringify(body);
  return answerRecommendationsRequest(new Request("http://localhost/api/v1/recommendations", { method: "POST", body: raw, headers }), async () => items);
}

/** Which error codes each error status may carry. */
const codesByStatus: Record<number, readonly ApiErrorCode[]> = {
  400: ["invalid_json", "invalid_body", "invalid_query", "unknown_questionnaire_version"],
  404: ["unknown_questionnaire_version"],
  413: ["payload_too_large"],
  415: ["unsupported_media_type"],
  422: ["invalid_answers"],
};

/** Asserts the answer is a well-formed API error (JSON, ApiError shape, code fits the status) and returns it. */
export async function readApiError(response: Response, status?: number): Promise<ApiError> {
  if (status !== undefined) expect(response.status).toBe(status);
  expect(response.status).toBeGreaterThanOrEqual(400);
  expect(response.status).toBeLessThan(500);
  expect(response.headers.get("content-type")).toMatch(/^application\/json/);
  expect(response.headers.get("access-control-allow-origin")).toBe("*");
  const error = ApiErrorSchema.parse(await response.json());
  expect(codesByStatus[response.status]).toContain(error.error);
  expect(conformsToDocument("ApiError", error)).toBe(true);
  return error;
}

/** Re-bases the document's component refs so zod can read them as one JSON Schema with $defs. */
const documentDefs = JSON.parse(JSON.stringify(getV1OpenApiDocument().components.schemas).replaceAll("#/components/schemas/", "#/$defs/")) as Record<
  string,
  unknown
>;
const documentSchemas = new Map<string, z.ZodType>();

/**
 * A validator for one component of the published document, built by zod's JSON Schema reader
 * (independent of the zod schemas the document was generated from), so a response checked
 * with it is checked against what clients actually read.
 */
export function documentSchema(name: string): z.ZodType {
  let schema = documentSchemas.get(name);
  if (!schema) {
    if (!(name in documentDefs)) throw new Error(`The document has no schema "${name}"`);
    schema = z.fromJSONSchema({ $defs: documentDefs, $ref: `#/$defs/${name}` } as z.core.JSONSchema.JSONSchema);
    documentSchemas.set(name, schema);
  }
  return schema;
}

export function conformsToDocument(name: string, value: unknown): boolean {
  return documentSchema(name).safeParse(value).success;
}
