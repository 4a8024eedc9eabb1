import { z } from "zod";
import type { ApiOperation } from "@/lib/api/openapi";
import { CohortFilterSchema } from "@/lib/cohort/cohort-filter";
import { maxQueueSearchLength, QueueBandSchema, QueueSearchSchema, queueStatuses, queueStatusFilters, QueueStatusFilterSchema } from "@/lib/queue/queue-params";
import { firmSizeBandIds, type FirmSizeBand } from "@/lib/questionnaire/taxonomy";
import { bandIds } from "@/lib/scoring/bands";
import { apiErrorBody, commonErrorResponses } from "../../../shared-schemas";

// GET /api/v1/programmes/{programmeId}/cohort: the JSON twin of the review queue's CSV export.

const filterShape = CohortFilterSchema.shape;

/** The query string: the review queue's selection (status, band, firm name and the shared cohort filter). */
export const CohortQuerySchema = z
  .object({
    status: QueueStatusFilterSchema.optional().transform((status) => status ?? "all"),
    band: QueueBandSchema.optional(),
    q: QueueSearchSchema.optional().transform((q) => (q === "" ? undefined : q)),
    sector: filterShape.sector,
    size: filterShape.size,
    from: filterShape.from,
    to: filterShape.to,
  })
  .refine((query) => !query.from || !query.to || query.from <= query.to, { path: ["to"], message: "The end date must be on or after the start date." });
export type CohortQuery = z.infer<typeof CohortQuerySchema>;

export const cohortQueryParameters = ["status", "band", "q", "sector", "size", "from", "to"] as const;

const score = (what: string) => z.number().min(0).max(5).nullable().describe(`${what} score 0–5 of the latest submitted revision; null when not scored`);

export const CohortExportRowSchema = z
  .strictObject({
    assessmentId: z.uuid(),
    firmName: z.string(),
    country: z.string().describe("ISO 3166-1 alpha-2 code of the firm's country"),
    sector: z.string().describe("ISIC Rev.4 division of the firm's main activity"),
    employees: z.number().int().min(1),
    status: z.enum(queueStatuses).describe("The assessment's status now"),
    revision: z.number().int().min(1).describe("Number of the latest submitted revision, whose scores this row carries"),
    submittedAt: z.iso.datetime().describe("When that revision was submitted"),
    readinessIndex: z.number().min(0).max(100),
    readinessBand: z.enum(bandIds),
    peopleScore: score("People"),
    processScore: score("Process"),
    technologyScore: score("Technology"),
    servicesScore: score("Services module"),
    dimensionScores: z.record(z.string(), z.number().min(0).max(5)).describe("Dimension id → score 0–5, as stored at submit"),
    validatedIndex: z.number().min(0).max(100).nullable().describe("The readiness index with the officer's validated levels; approved assessments only"),
    sizeBand: z.enum(firmSizeBandIds as [FirmSizeBand, ...FirmSizeBand[]]),
  })
  .describe("One assessment of the cohort: the firm's profile and the scores of its latest submission");

export const CohortExportFilterSchema = z
  .strictObject({
    status: z.enum(queueStatusFilters),
    band: z.enum(bandIds).optional(),
    q: z.string().optional(),
    sector: z.string().optional(),
    size: z.enum(firmSizeBandIds as [FirmSizeBand, ...FirmSizeBand[]]).optional(),
    from: z.iso.date().optional(),
    to: z.iso.date().optional(),
  })
  .describe("The filters applied, as understood (defaults filled in)");

const demandCount = { firms: z.number().int().min(0).describe("Firms with at least one action that is not dropped"), actions: z.number().int().min(0).describe("Actions that are not dropped") };

export const PlanDemandSchema = z
  .strictObject({
    firmsWithPlan: z.number().int().min(0).describe("Firms of the selection with at least one improvement-plan action that is not dropped"),
    dimensions: z.array(z.strictObject({ dimensionId: z.string(), ...demandCount })).describe("Per dimension: most firms first, then most actions"),
    instruments: z.array(z.strictObject({ instrumentId: z.string().describe("A catalogue item id (GET /catalogue)"), ...demandCount })).describe("The support instruments the plans link, most firms first"),
    statuses: z.strictObject({ planned: z.number().int().min(0), in_progress: z.number().int().min(0), done: z.number().int().min(0), dropped: z.number().int().min(0) }).describe("Every action by status, dropped ones included"),
    costs: z
      .array(z.strictObject({ instrumentId: z.string().nullable().describe("null: actions that name no instrument"), currency: z.string().describe("ISO 4217"), total: z.number().int().min(0), actions: z.number().int().min(0) }))
      .describe("Estimated cost of the actions that are not dropped, summed per instrument and currency"),
  })
  .describe("What the firms of the selection plan in their improvement plans (sector, size, from and to apply; status, band and q select rows only)");
export type PlanDemandJson = z.infer<typeof PlanDemandSchema>;

export const CohortExportResponseSchema = z
  .strictObject({
    programme: z.strictObject({ id: z.uuid(), name: z.string() }),
    filter: CohortExportFilterSchema,
    exportedAt: z.iso.datetime(),
    planDemand: PlanDemandSchema,
    rows: z.array(CohortExportRowSchema).describe("Every matching assessment, oldest submission first"),
  })
  .describe("A programme's cohort, one row per assessment submitted at least once");
export type CohortExportResponse = z.infer<typeof CohortExportResponseSchema>;

const shape = z.object({ q: z.string().max(maxQueueSearchLength) }).shape;

export const cohortOperation: ApiOperation = {
  method: "get",
  path: "/programmes/{programmeId}/cohort",
  operationId: "exportProgrammeCohort",
  summary: "A programme's submitted assessments with their scores (officers and admins)",
  description: [
    "The rows of the review queue's CSV export as JSON: one per assessment submitted at least once, with the firm's profile,",
    "the readiness index, band, factor and dimension scores of its latest submitted revision, and the validated index once approved.",
    "Unlike the rest of this API it needs a signed-in session (the app's session cookie) of an officer assigned to the programme,",
    "or of an admin; anonymous callers get 401, SME accounts 403, and a programme outside the caller's scope 404 (all without a body).",
    "Filters combine with AND; an empty parameter counts as absent. Every call is recorded in the audit log. The review queue's Export CSV link gives the same rows as a spreadsheet.",
    "planDemand sums up the improvement plans of the firms matching sector, size, from and to: firms planning work per dimension, the most planned instruments, actions by status and the planned cost per instrument and currency.",
    "The document streams, so very large cohorts are sent as they are read. Never cached.",
  ].join(" "),
  tags: ["cohort"],
  parameters: [
    { name: "programmeId", in: "path", required: true, description: "The programme's id", schema: z.uuid(), example: "00000000-0000-4000-8000-000000000101" },
    { name: "status", in: "query", description: "needs-action (submitted and in_review together), submitted, in_review, returned, approved or all (default)", schema: z.enum(queueStatusFilters), example: "approved" },
    { name: "band", in: "query", description: "Readiness band of the latest submission", schema: QueueBandSchema, example: "adopter" },
    { name: "q", in: "query", description: "Part of the firm's name, case-insensitive", schema: shape.q, example: "plastik" },
    { name: "sector", in: "query", description: "ISIC Rev.4 division of the firm", schema: filterShape.sector, example: "22" },
    { name: "size", in: "query", description: "Firm size band by employees: micro (1–4), small (5–74), medium (75–200), large (over 200)", schema: filterShape.size, example: "small" },
    { name: "from", in: "query", description: "First day of the latest submission, inclusive (YYYY-MM-DD)", schema: filterShape.from, example: "2026-01-01" },
    { name: "to", in: "query", description: "Last day of the latest submission, inclusive (YYYY-MM-DD)", schema: filterShape.to, example: "2026-12-31" },
  ],
  responses: {
    200: {
      description: "The cohort",
      body: { name: "CohortExportResponse", schema: CohortExportResponseSchema },
      headers: { "Cache-Control": { description: "no-store", schema: z.string() } },
    },
    400: {
      description: "A query parameter is not valid (invalid_query)",
      body: apiErrorBody,
      example: { error: "invalid_query", message: "A query parameter is not valid; see fields.", fields: { status: 'Invalid option: expected one of "needs-action"|"submitted"|"in_review"|"returned"|"approved"|"all"' } },
    },
    401: { description: "No signed-in session (no body)" },
    403: { description: "Signed in, but not as an officer or admin (no body)" },
    404: { description: "No such programme, or one the officer is not assigned to (no body)" },
    500: commonErrorResponses[500],
  },
};
