import { z } from "zod";

// Builds the public API's OpenAPI 3.1 document from the same zod schemas the handlers parse
// with, so the document cannot describe a request the code would reject or a response it
// never sends. OpenAPI 3.1 schemas are JSON Schema 2020-12, which z.toJSONSchema emits.
//
// Each endpoint describes itself as an ApiOperation next to its route; the document is built
// from the list of operations (app/api/v1/operations.ts), so a new endpoint adds one entry.

export type HttpMethod = "get" | "put" | "post" | "delete" | "patch";

/** A schema that appears in components.schemas under `name` and is referenced from operations. */
export type NamedSchema = { name: string; schema: z.ZodType };

export type ApiParameter = {
  name: string;
  in: "query" | "path" | "header";
  description: string;
  required?: boolean;
  schema: z.ZodType;
  example?: unknown;
};

export type ApiResponse = {
  description: string;
  /** The JSON body; none for a body-less answer such as 204 or 304. */
  body?: NamedSchema;
  headers?: Record<string, { description: string; schema: z.ZodType }>;
  example?: unknown;
};

export type ApiOperation = {
  method: HttpMethod;
  /** Relative to the server URL (e.g. "/score" under "/api/v1"). */
  path: string;
  operationId: string;
  summary: string;
  description?: string;
  tags: string[];
  parameters?: ApiParameter[];
  requestBody?: { description: string; body: NamedSchema; example?: unknown };
  responses: Record<number, ApiResponse>;
};

export type OpenApiSettings = {
  info: { title: string; version: string; description: string };
  servers: Array<{ url: string; description: string }>;
  tags: Array<{ name: string; description: string }>;
  /**
   * Schemas to keep as their own components even where no operation names them. A recursive
   * schema (z.lazy) must be listed here: z.toJSONSchema would otherwise park it under a
   * synthetic "__shared" id whose references do not resolve inside an OpenAPI document.
   */
  sharedSchemas?: NamedSchema[];
};

type JsonSchema = Record<string, unknown>;

export type OpenApiDocument = {
  openapi: string;
  jsonSchemaDialect: string;
  info: OpenApiSettings["info"];
  servers: OpenApiSettings["servers"];
  tags: OpenApiSettings["tags"];
  paths: Record<string, Record<string, unknown>>;
  components: { schemas: Record<string, JsonSchema> };
};

const dialect = "https://json-schema.org/draft/2020-12/schema";
const componentRef = (name: string) => `#/components/schemas/${name}`;

/**
 * The OpenAPI 3.1 document for `operations`. Request bodies and parameters are described as
 * zod parses them (input), responses as the handlers produce them (output). Throws when two
 * schemas claim one name, one schema has two names, a name is used for different shapes as
 * input and output, or an operation (method and path, or operationId) appears twice.
 */
export function buildOpenApiDocument(operations: readonly ApiOperation[], settings: OpenApiSettings): OpenApiDocument {
  const inputs = new Map<string, z.ZodType>();
  const outputs = new Map<string, z.ZodType>();
  for (const shared of settings.sharedSchemas ?? []) {
    claimName(inputs, shared);
    claimName(outputs, shared);
  }
  for (const operation of operations) {
    if (operation.requestBody) claimName(inputs, operation.requestBody.body);
    for (const response of Object.values(operation.responses)) if (response.body) claimName(outputs, response.body);
  }
  const schemas = mergeComponents(generateComponents(inputs, "input"), generateComponents(outputs, "output"));

  const paths: OpenApiDocument["paths"] = {};
  const operationIds = new Set<string>();
  for (const operation of operations) {
    if (operationIds.has(operation.operationId)) throw new Error(`operationId "${operation.operationId}" is used twice`);
    operationIds.add(operation.operationId);
    const pathItem = (paths[operation.path] ??= {});
    if (pathItem[operation.method]) throw new Error(`${operation.method.toUpperCase()} ${operation.path} is described twice`);
    pathItem[operation.method] = describeOperation(operation);
  }

  return {
    openapi: "3.1.0",
    jsonSchemaDialect: dialect,
    info: settings.info,
    servers: settings.servers,
    tags: settings.tags,
    paths,
    components: { schemas },
  };
}

function claimName(names: Map<string, z.ZodType>, { name, schema }: NamedSchema): void {
  const existing = names.get(name);
  if (existing && existing !== schema) throw new Error(`Two different schemas are both named "${name}"`);
  for (const [other, otherSchema] of names) {
    if (otherSchema === schema && other !== name) throw new Error(`One schema is named both "${other}" and "${name}"`);
  }
  names.set(name, schema);
}

function generateComponents(named: ReadonlyMap<string, z.ZodType>, io: "input" | "output"): Record<string, JsonSchema> {
  // A registry of our own, so the names never leak into zod's global registry.
  const registry = z.registry<{ id: string }>();
  for (const [name, schema] of named) registry.add(schema, { id: name });
  const { schemas } = z.toJSONSchema(registry, { target: "draft-2020-12", io, uri: componentRef });
  if ("__shared" in schemas) {
    throw new Error("A recursive or shared schema has no name; add it to sharedSchemas so its references resolve");
  }
  const components: Record<string, JsonSchema> = {};
  for (const [name, schema] of Object.entries(schemas)) components[name] = stripResourceKeywords(schema as JsonSchema);
  return components;
}

/**
 * Drops $schema and $id from a component: the document's jsonSchemaDialect already names the
 * dialect, and zod's "$id": "#/components/…" is a fragment-only id, which 2020-12 forbids.
 */
function stripResourceKeywords(schema: JsonSchema): JsonSchema {
  const { $schema: _dialect, $id: _id, ...rest } = schema;
  return rest;
}

function mergeComponents(inputs: Record<string, JsonSchema>, outputs: Record<string, JsonSchema>): Record<string, JsonSchema> {
  const merged: Record<string, JsonSchema> = { ...inputs };
  for (const [name, schema] of Object.entries(outputs)) {
    const input = merged[name];
    if (input && JSON.stringify(input) !== JSON.stringify(schema)) {
      throw new Error(`Schema "${name}" reads differently as input and as output (defaults or transforms); give each its own name`);
    }
    merged[name] = schema;
  }
  return Object.fromEntries(Object.entries(merged).sort(([a], [b]) => a.localeCompare(b)));
}

function inlineSchema(schema: z.ZodType, io: "input" | "output"): JsonSchema {
  return stripResourceKeywords(z.toJSONSchema(schema, { target: "draft-2020-12", io }) as JsonSchema);
}

function jsonContent(body: NamedSchema, example: unknown): Record<string, unknown> {
  return {
    "application/json": { schema: { $ref: componentRef(body.name) }, ...(example === undefined ? {} : { example }) },
  };
}

function describeOperation(operation: ApiOperation): Record<string, unknown> {
  const responses: Record<string, unknown> = {};
  for (const [status, response] of Object.entries(operation.responses)) {
    responses[status] = {
      description: response.description,
      ...(response.headers && {
        headers: Object.fromEntries(
          Object.entries(response.headers).map(([name, header]) => [
            name,
            { description: header.description, schema: inlineSchema(header.schema, "output") },
          ]),
        ),
      }),
      ...(response.body && { content: jsonContent(response.body, response.example) }),
    };
  }
  return {
    operationId: operation.operationId,
    summary: operation.summary,
    ...(operation.description && { description: operation.description }),
    tags: operation.tags,
    ...(operation.parameters?.length && {
      parameters: operation.parameters.map((parameter) => ({
        name: parameter.name,
        in: parameter.in,
        description: parameter.description,
        // OpenAPI requires path parameters; others are optional unless said otherwise.
        required: parameter.in === "path" ? true : (parameter.required ?? false),
        schema: inlineSchema(parameter.schema, "input"),
        ...(parameter.example === undefined ? {} : { example: parameter.example }),
      })),
    }),
    ...(operation.requestBody && {
      requestBody: {
        description: operation.requestBody.description,
        required: true,
        content: jsonContent(operation.requestBody.body, operation.requestBody.example),
      },
    }),
    responses,
  };
}
