import { z } from "zod";
import type { ApiOperation } from "@/lib/api/openapi";
import { catalogueItemKinds, CatalogueItemSchema } from "@/lib/catalogue/item-schema";
import {
  challengeIds,
  countryCodes,
  dimensionIds,
  isicDivisionCodes,
  technologyIds,
  type DimensionId,
  type IsicDivision,
} from "@/lib/questionnaire/taxonomy";
import { apiErrorBody, commonErrorResponses } from "../shared-schemas";

/** A whole number in a query string, digits only ("1e3", "0x10" or " 2" are refused), clamped to [min, max]. */
const queryInteger = (min: number, max: number, fallback: number) =>
  z
    .string()
    .regex(/^\d{1,6}$/, "Use a whole number.")
    .optional()
    .transform((value) => (value === undefined ? fallback : Math.min(max, Math.max(min, Number(value)))));

export const CatalogueQuerySchema = z.object({
  kind: z.enum(catalogueItemKinds).optional(),
  country: z.union([z.enum(countryCodes), z.literal("international"), z.literal("generic")]).optional(),
  sector: z.enum(isicDivisionCodes as [IsicDivision, ...IsicDivision[]]).optional(),
  technology: z.enum(technologyIds).optional(),
  dimension: z.enum(dimensionIds as [DimensionId, ...DimensionId[]]).optional(),
  challenge: z.enum(challengeIds).optional(),
  status: z.enum(["active", "retired", "all"]).optional().transform((value) => value ?? "active"),
  // NUL cannot travel to PostgreSQL in a text parameter, and no title contains one.
  q: z
    .string()
    .max(100)
    .optional()
    .transform((value) => value?.replace(/\u0000/g, "")),
  page: queryInteger(1, 10_000, 1),
  pageSize: queryInteger(1, 100, 20),
});
export type CatalogueQuery = z.infer<typeof CatalogueQuerySchema>;

export const CatalogueListResponseSchema = z
  .strictObject({
    items: z.array(CatalogueItemSchema).describe("The items of this page, ordered by id"),
    page: z.number().int().min(1),
    pageSize: z.number().int().min(1),
    total: z.number().int().min(0).describe("Items matching the filters, on every page"),
  })
  .describe("One page of catalogue items");
export type CatalogueListResponse = z.infer<typeof CatalogueListResponseSchema>;

const shape = CatalogueQuerySchema.shape;

export const catalogueOperation: ApiOperation = {
  method: "get",
  path: "/catalogue",
  operationId: "listCatalogue",
  summary: "Case studies and support instruments, filtered by kind, country and tags",
  description: [
    "The live catalogue the recommender chooses from, admins' edits included. Every filter narrows the list (they combine with AND);",
    "a tag filter matches items tagged with that value (items open to any sector carry no sector tags). Active items only unless",
    "status says otherwise. Cached for a minute.",
  ].join(" "),
  tags: ["catalogue"],
  parameters: [
    { name: "kind", in: "query", description: "case-study, policy-instrument or instrument-type", schema: shape.kind, example: "case-study" },
    { name: "country", in: "query", description: 'The item\'s country: an ISO code, "international" or "generic"', schema: shape.country, example: "MY" },
    { name: "sector", in: "query", description: "An ISIC division the item is tagged with", schema: shape.sector, example: "22" },
    { name: "technology", in: "query", description: "A technology id the item involves", schema: shape.technology, example: "iot" },
    { name: "dimension", in: "query", description: "A readiness dimension the item addresses", schema: shape.dimension, example: "connectivity" },
    { name: "challenge", in: "query", description: "A firm challenge the item addresses", schema: shape.challenge, example: "funding" },
    { name: "status", in: "query", description: "active (default), retired or all", schema: z.enum(["active", "retired", "all"]), example: "active" },
    { name: "q", in: "query", description: "Words in the id, name or title (English or Malay), case-insensitive", schema: z.string().max(100), example: "rubber" },
    { name: "page", in: "query", description: "Page number from 1 (default 1; 0 reads as 1, beyond 10000 as 10000)", schema: z.string().regex(/^\d{1,6}$/), example: "1" },
    { name: "pageSize", in: "query", description: "Items per page, 1–100 (default 20; larger values read as 100)", schema: z.string().regex(/^\d{1,6}$/), example: "20" },
  ],
  responses: {
    200: {
      description: "One page of items",
      body: { name: "CatalogueListResponse", schema: CatalogueListResponseSchema },
      headers: { "Cache-Control": { description: "public, for a minute", schema: z.string() } },
    },
    400: {
      description: "A query parameter is not valid (invalid_query), e.g. an unknown technology id",
      body: apiErrorBody,
      example: { error: "invalid_query", message: "A query parameter is not valid; see fields.", fields: { technology: 'Invalid option: expected one of "iot"|"industrial-sensors"|…' } },
    },
    500: commonErrorResponses[500],
  },
};
