import { buildOpenApiDocument, type ApiOperation, type OpenApiDocument } from "@/lib/api/openapi";
import { PriorityRankingSchema, ScoringResultSchema } from "@/lib/scoring/result-schema";
import { VisibilityRuleSchema } from "@/lib/questionnaire/visibility-rule";
import { CatalogueItemSchema } from "@/lib/catalogue/item-schema";
import { catalogueOperation } from "./catalogue/schema";
import { cohortOperation } from "./programmes/[programmeId]/cohort/schema";
import { openApiOperation } from "./openapi.json/schema";
import { questionnaireOperation } from "./questionnaire/schema";
import { recommendationsOperation } from "./recommendations/schema";
import { scoreOperation } from "./score/schema";
import { ApiAnswerSetSchema, apiErrorBody } from "./shared-schemas";

// The registry of public v1 operations: the OpenAPI document lists exactly these, in this
// order. A new endpoint (recommendations, catalogue, cohort exports) writes its route and an
// ApiOperation beside it in its schema.ts, then adds the operation here; a unit test checks
// that every documented operation has a handler and every handler is documented.

export const v1Operations: readonly ApiOperation[] = [
  scoreOperation,
  recommendationsOperation,
  questionnaireOperation,
  catalogueOperation,
  cohortOperation,
  openApiOperation,
];

let document: OpenApiDocument | undefined;

/** The v1 document, built once per process from v1Operations. */
export function getV1OpenApiDocument(): OpenApiDocument {
  document ??= buildOpenApiDocument(v1Operations, {
    info: {
      title: "ADP Readiness public API",
      version: "1.0.0",
      description: [
        "Score a manufacturing firm's readiness for advanced digital production (People, Process, Technology) from questionnaire",
        "answers, recommend case studies and support instruments with the reasons for each, and read the published questionnaire",
        "versions and the catalogue. Public: no sign-in, no cookies, nothing stored; every error has the ApiError shape. The one",
        "exception is the cohort export of a programme, for its officers and admins: it reads the app's session cookie, answers",
        "401/403/404 without a body and is audit-logged. See docs/api.md, docs/scoring.md and docs/recommender.md.",
      ].join(" "),
    },
    servers: [{ url: "/api/v1", description: "This deployment" }],
    tags: [
      { name: "scoring", description: "Scores, gaps and priorities from answers" },
      { name: "recommendations", description: "Case studies and support instruments for a firm, with reasons" },
      { name: "questionnaire", description: "Published questionnaire versions" },
      { name: "catalogue", description: "The case studies and support instruments recommendations are chosen from" },
      { name: "cohort", description: "A programme's assessments and scores, for its officers and admins (session required)" },
      { name: "meta", description: "This description" },
    ],
    sharedSchemas: [
      { name: "AnswerSet", schema: ApiAnswerSetSchema },
      { name: "ScoringResult", schema: ScoringResultSchema },
      { name: "PriorityRanking", schema: PriorityRankingSchema },
      { name: "VisibilityRule", schema: VisibilityRuleSchema },
      { name: "CatalogueItem", schema: CatalogueItemSchema },
      apiErrorBody,
    ],
  });
  return document;
}
