import { z } from "zod";
import type { ApiOperation } from "@/lib/api/openapi";
import { commonErrorResponses } from "../shared-schemas";

/** The outline of an OpenAPI 3.1 document; its full schema is the OpenAPI specification's own. */
export const OpenApiDocumentSchema = z
  .looseObject({
    openapi: z.string().regex(/^3\.1\.\d+$/),
    info: z.looseObject({ title: z.string(), version: z.string() }),
    paths: z.record(z.string(), z.record(z.string(), z.unknown())),
    components: z.looseObject({ schemas: z.record(z.string(), z.unknown()) }),
  })
  .describe("An OpenAPI 3.1 document (https://spec.openapis.org/oas/v3.1.0)");

export const openApiOperation: ApiOperation = {
  method: "get",
  path: "/openapi.json",
  operationId: "getOpenApiDocument",
  summary: "This document: the public API's OpenAPI 3.1 description",
  description: "Generated from the schemas the handlers validate with. It changes only with a deployment and is cached for 5 minutes.",
  tags: ["meta"],
  responses: {
    200: { description: "The OpenAPI document", body: { name: "OpenApiDocument", schema: OpenApiDocumentSchema } },
    500: commonErrorResponses[500],
  },
};
