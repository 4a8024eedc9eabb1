import { readdirSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { pathToFileURL } from "node:url";
import SwaggerParser from "@apidevtools/swagger-parser";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { GET as getDocument } from "@/app/api/v1/openapi.json/route";
import { getV1OpenApiDocument, v1Operations } from "@/app/api/v1/operations";
import { ScoreRequestSchema } from "@/app/api/v1/score/schema";
import { ApiErrorSchema } from "@/lib/api/error-schema";
import { cacheControl } from "@/lib/api/http-cache";
import { buildOpenApiDocument, type ApiOperation, type OpenApiSettings } from "@/lib/api/openapi";
import { conformsToDocument, documentSchema, postScore } from "./support";

const document = getV1OpenApiDocument();
const v1Root = join(process.cwd(), "app", "api", "v1");
const httpMethods = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;

/** Every app/api/v1 route file, as its path under /api/v1. */
function listRouteFiles(directory: string): Array<{ file: string; path: string }> {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const full = join(directory, entry.name);
    if (entry.isDirectory()) return listRouteFiles(full);
    if (entry.name !== "route.ts") return [];
    // A dynamic segment [name] is the document's path template {name}.
    return [{ file: full, path: `/${relative(v1Root, directory).split(sep).join("/").replace(/\[(\w+)\]/g, "{$1}")}` }];
  });
}

describe("the v1 OpenAPI document", () => {
  it("validates as OpenAPI 3.1 with swagger-parser (structure and every $ref)", async () => {
    // validate() dereferences in place; give it a JSON copy, which is also exactly what is served.
    await expect(SwaggerParser.validate(JSON.parse(JSON.stringify(document)))).resolves.toBeTruthy();
    expect(document.openapi).toMatch(/^3\.1\./);
    expect(document.servers).toEqual([{ url: "/api/v1", description: "This deployment" }]);
  });

  it("is what GET /api/v1/openapi.json serves, cached for a short while, readable from any origin", async () => {
    const response = await getDocument(new Request("http://localhost/api/v1/openapi.json"));
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe(cacheControl.document);
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
    const body: unknown = await response.json();
    expect(body).toEqual(JSON.parse(JSON.stringify(document)));
    expect(conformsToDocument("OpenApiDocument", body)).toBe(true);
  });

  it("documents exactly the operations that have handlers, and nothing else", async () => {
    const handled: string[] = [];
    for (const { file, path } of listRouteFiles(v1Root)) {
      const route = (await import(pathToFileURL(file).href)) as Record<string, unknown>;
      for (const method of httpMethods) if (typeof route[method] === "function") handled.push(`${method} ${path}`);
      // Every route answers browser preflights like the rest of the public API.
      expect(typeof route.OPTIONS, `${path} exports OPTIONS`).toBe("function");
    }
    const documented = Object.entries(document.paths).flatMap(([path, item]) => Object.keys(item).map((method) => `${method.toUpperCase()} ${path}`));
    expect(documented.sort()).toEqual(handled.sort());
    expect(v1Operations.map((op) => `${op.method.toUpperCase()} ${op.path}`).sort()).toEqual(handled.sort());
  });

  it("gives every operation a tag the document declares, and every error answer the ApiError schema", () => {
    const tags = new Set(document.tags.map((tag) => tag.name));
    for (const operation of v1Operations) {
      for (const tag of operation.tags) expect(tags).toContain(tag);
      for (const [status, response] of Object.entries(operation.responses)) {
        // A session guard's 401/403/404 has no body (Next answers them); any error with a body is an ApiError.
        const bodyless = [401, 403, 404].includes(Number(status)) && response.body === undefined;
        if (Number(status) >= 400 && !bodyless) expect(response.body?.name, `${operation.operationId} ${status}`).toBe("ApiError");
      }
    }
  });

  it("keeps components plain JSON Schema 2020-12: no $schema or $id inside, every $ref resolving to a component", () => {
    const text = JSON.stringify(document);
    expect(document.jsonSchemaDialect).toBe("https://json-schema.org/draft/2020-12/schema");
    for (const schema of Object.values(document.components.schemas)) {
      expect(schema).not.toHaveProperty("$schema");
      expect(schema).not.toHaveProperty("$id");
    }
    const refs = [...text.matchAll(/"\$ref":"([^"]+)"/g)].map((match) => match[1]!);
    expect(refs.length).toBeGreaterThan(0);
    for (const ref of refs) {
      expect(ref).toMatch(/^#\/components\/schemas\/[A-Za-z]+$/);
      expect(document.components.schemas).toHaveProperty(ref.split("/").at(-1)!);
    }
  });

  it("reads back into a validator for every component (an independent JSON Schema reader)", () => {
    for (const name of Object.keys(document.components.schemas)) expect(() => documentSchema(name), name).not.toThrow();
  });

  it("has examples that fit their schemas, in the document and in zod", () => {
    for (const operation of v1Operations) {
      if (operation.requestBody?.example !== undefined) {
        expect(conformsToDocument(operation.requestBody.body.name, operation.requestBody.example)).toBe(true);
        expect(operation.requestBody.body.schema.safeParse(operation.requestBody.example).success).toBe(true);
      }
      for (const response of Object.values(operation.responses)) {
        if (response.example === undefined || !response.body) continue;
        expect(conformsToDocument(response.body.name, response.example)).toBe(true);
        expect(response.body.schema.safeParse(response.example).success).toBe(true);
      }
    }
  });

  it("has a score request example that scores", async () => {
    const example = v1Operations.find((op) => op.operationId === "scoreAnswers")!.requestBody!.example;
    expect(ScoreRequestSchema.parse(example)).toEqual(example);
    expect((await postScore(example)).status).toBe(200);
  });

  it("lists every error code in the ApiError schema", () => {
    const codes = (document.components.schemas.ApiError as { properties: { error: { enum: string[] } } }).properties.error.enum;
    expect(codes).toEqual(ApiErrorSchema.shape.error.options);
  });
});

describe("buildOpenApiDocument", () => {
  const settings: OpenApiSettings = {
    info: { title: "t", version: "1", description: "d" },
    servers: [{ url: "/api/test", description: "here" }],
    tags: [{ name: "x", description: "x" }],
  };
  const Thing = z.strictObject({ id: z.string() });
  const operation = (overrides: Partial<ApiOperation> = {}): ApiOperation => ({
    method: "get",
    path: "/thing",
    operationId: "getThing",
    summary: "s",
    tags: ["x"],
    responses: { 200: { description: "ok", body: { name: "Thing", schema: Thing } } },
    ...overrides,
  });

  it("lets a new endpoint add itself with one more operation in the list", async () => {
    const built = buildOpenApiDocument([operation(), operation({ method: "post", operationId: "makeThing", requestBody: { description: "d", body: { name: "Thing", schema: Thing } } })], settings);
    expect(Object.keys(built.paths["/thing"]!)).toEqual(["get", "post"]);
    expect(built.components.schemas.Thing).toEqual({ type: "object", properties: { id: { type: "string" } }, required: ["id"], additionalProperties: false });
    await expect(SwaggerParser.validate(JSON.parse(JSON.stringify(built)))).resolves.toBeTruthy();
  });

  it("refuses two schemas under one name, and one schema under two names", () => {
    const other = z.strictObject({ id: z.number() });
    expect(() => buildOpenApiDocument([operation(), operation({ path: "/other", operationId: "o", responses: { 200: { description: "d", body: { name: "Thing", schema: other } } } })], settings)).toThrow(
      'Two different schemas are both named "Thing"',
    );
    expect(() => buildOpenApiDocument([operation(), operation({ path: "/other", operationId: "o", responses: { 200: { description: "d", body: { name: "Alias", schema: Thing } } } })], settings)).toThrow(
      'One schema is named both "Thing" and "Alias"',
    );
  });

  it("refuses an operation described twice", () => {
    expect(() => buildOpenApiDocument([operation(), operation({ operationId: "again" })], settings)).toThrow("GET /thing is described twice");
    expect(() => buildOpenApiDocument([operation(), operation({ path: "/b" })], settings)).toThrow('operationId "getThing" is used twice');
  });

  it("refuses a schema that reads differently as request and response", () => {
    const WithDefault = z.strictObject({ page: z.number().default(1) });
    const both: NonNullable<ApiOperation["requestBody"]>["body"] = { name: "Paged", schema: WithDefault };
    expect(() =>
      buildOpenApiDocument([operation({ method: "post", requestBody: { description: "d", body: both }, responses: { 200: { description: "d", body: both } } })], settings),
    ).toThrow('Schema "Paged" reads differently as input and as output');
  });

  it("refuses an unnamed recursive schema, whose references would not resolve", () => {
    type Tree = { children: Tree[] };
    const TreeSchema: z.ZodType<Tree> = z.lazy(() => z.strictObject({ children: z.array(TreeSchema) }));
    const Forest = z.strictObject({ trees: z.array(TreeSchema) });
    const withForest = operation({ responses: { 200: { description: "d", body: { name: "Forest", schema: Forest } } } });
    expect(() => buildOpenApiDocument([withForest], settings)).toThrow("add it to sharedSchemas");
    const built = buildOpenApiDocument([withForest], { ...settings, sharedSchemas: [{ name: "Tree", schema: TreeSchema }] });
    expect(JSON.stringify(built.components.schemas.Forest)).toContain('"$ref":"#/components/schemas/Tree"');
  });
});
