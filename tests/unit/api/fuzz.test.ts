import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { GET as getDocumentHandler } from "@/app/api/v1/openapi.json/route";
import { getV1OpenApiDocument } from "@/app/api/v1/operations";
import { GET as getQuestionnaireHandler } from "@/app/api/v1/questionnaire/route";
import { ScoreResponseSchema, scoreMaxBodyBytes } from "@/app/api/v1/score/schema";
import { isJsonMediaType } from "@/lib/api/read-json-request";
import type { AnswerSet } from "@/lib/questionnaire/answer-set";
import { getPublishedQuestionnaire } from "@/lib/questionnaire/published";
import { listProfileQuestions } from "@/lib/questionnaire/visible-items";
import { rankPriorities } from "@/lib/scoring/rank-priorities";
import { scoreAssessment } from "@/lib/scoring/score-assessment";
import { RecommendationsResponseSchema } from "@/app/api/v1/recommendations/schema";
import { readFirmProfile } from "@/lib/recommender/firm-profile";
import { answersArb, targetsArb, v1DimensionIds, v1IndicatorIds } from "../scoring/arbitraries";
import { arbitraryFromJsonSchema } from "./json-schema-arbitrary";
import { conformsToDocument, postRecommendations, postScore, readApiError } from "./support";

// Property-based fuzz of every public v1 endpoint: requests drawn from the OpenAPI document
// itself, valid answer sets for v1, and requests deliberately outside the document (random
// JSON, wrong types, huge numbers, deep nesting, broken JSON text, random bytes, wrong media
// types). Whatever arrives, the answer is never a 5xx and is always JSON in a documented shape.

const v1 = getPublishedQuestionnaire("v1")!;
const document = getV1OpenApiDocument();
const refs = Object.fromEntries(Object.entries(document.components.schemas).map(([name, schema]) => [`#/components/schemas/${name}`, schema]));
const numRuns = 200;
/** A few seconds alone; generous for a loaded CI machine running every unit file in parallel. */
const fuzzTimeout = 60_000;

/**
 * Record keys: mostly the ids the record is keyed by in v1 (so bodies get past the id checks and
 * reach the scorer), sometimes another part's ids, prototype names, dots, blanks or random text.
 */
const profileIds = listProfileQuestions(v1.structure).map((question) => question.id);
const oddKeyArb = fc.oneof(
  fc.constantFrom(...v1IndicatorIds, ...v1DimensionIds, ...profileIds, "constructor", "toString", "hasOwnProperty", "", "a.b", "ünïcödé"),
  // "__proto__" is refused outright (see score-route.test.ts), so it is not a documented key.
  fc.string({ maxLength: 12 }).filter((key) => key !== "__proto__"),
);
function keyFor(path: readonly string[]): fc.Arbitrary<string> {
  const part = path.at(-1);
  const ids = part === "levels" || part === "notes" ? v1IndicatorIds : part === "targets" ? v1DimensionIds : part === "profile" ? profileIds : [];
  return ids.length === 0 ? oddKeyArb : fc.oneof({ arbitrary: fc.constantFrom(...ids), weight: 19 }, { arbitrary: oddKeyArb, weight: 1 });
}

/** Any answer: never 5xx, always JSON with the CORS header; 200 in the documented success shape, else an ApiError. */
async function expectDocumentedAnswer(response: Response, successSchema: string): Promise<unknown> {
  expect(response.status).toBeLessThan(500);
  if (response.status === 304) return null;
  if (response.status !== 200) return readApiError(response);
  expect(response.headers.get("content-type")).toMatch(/^application\/json/);
  const body: unknown = await response.json();
  expect(conformsToDocument(successSchema, body)).toBe(true);
  return body;
}

/** Every path into a JSON value, so a mutation can hit any node. */
function listPaths(value: unknown, path: Array<string | number> = []): Array<Array<string | number>> {
  const here = [path];
  if (Array.isArray(value)) return here.concat(value.flatMap((item, index) => listPaths(item, [...path, index])));
  if (value !== null && typeof value === "object") return here.concat(Object.entries(value).flatMap(([key, item]) => listPaths(item, [...path, key])));
  return here;
}

function replaceAt(value: unknown, path: ReadonlyArray<string | number>, replacement: unknown): unknown {
  if (path.length === 0) return replacement;
  const [head, ...rest] = path;
  const copy = (Array.isArray(value) ? [...value] : { ...(value as object) }) as Record<string | number, unknown>;
  copy[head!] = replaceAt(copy[head!], rest, replacement);
  return copy;
}

function nest(depth: number, kind: "array" | "object", core = "0"): string {
  return kind === "array" ? `${"[".repeat(depth)}${core}${"]".repeat(depth)}` : `${'{"a":'.repeat(depth)}${core}${"}".repeat(depth)}`;
}

/** Values that break assumptions: wrong types, extremes, floats near levels, nesting. */
const nastyValueArb = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  fc.constantFrom(1e308, -1e308, Number.MAX_SAFE_INTEGER + 2, 5.000000001, -0.0000001, 0.1 + 0.2, "5", "", "v1", [], {}, null, true, [5], { level: 5 }),
  fc.integer({ min: 1, max: 200 }).map((depth) => JSON.parse(nest(depth, "array")) as unknown),
);

const validRequestArb = fc.record(
  {
    questionnaireVersion: fc.constant("v1"),
    answers: answersArb(),
    targets: targetsArb,
  },
  { requiredKeys: ["answers"] },
);

describe("fuzz POST /api/v1/score", { timeout: fuzzTimeout }, () => {
  it("never rejects a body drawn from the document as malformed: 200, an unpublished version, or 422", async () => {
    const statuses = new Set<number>();
    const bodyArb = fc
      .tuple(arbitraryFromJsonSchema(document.components.schemas.ScoreRequest!, { refs, key: keyFor }), fc.constantFrom("generated", "v1", "omitted"))
      .map(([body, version]) => {
        const request = { ...(body as Record<string, unknown>) };
        if (version === "v1") request.questionnaireVersion = "v1";
        if (version === "omitted") delete request.questionnaireVersion;
        return request;
      });
    await fc.assert(
      fc.asyncProperty(bodyArb, async (body) => {
        const response = await postScore(body);
        const answer = await expectDocumentedAnswer(response, "ScoreResponse");
        if (response.status === 400) expect(answer).toMatchObject({ error: "unknown_questionnaire_version" });
        if (response.status === 422) {
          const { fields, problems } = answer as { fields: Record<string, string>; problems: Array<{ field: string }> };
          expect(Object.keys(fields).sort()).toEqual([...new Set(problems.map((p) => p.field))].sort());
          for (const { field } of problems) expect(field).toMatch(/^(answers\.(profile|levels|notes|targets)|targets)\./);
        }
        expect([200, 400, 422]).toContain(response.status);
        statuses.add(response.status);
      }),
      { numRuns },
    );
    // Not a vacuous fuzz: documented bodies reach the scorer and the questionnaire's own checks.
    expect([...statuses].sort()).toEqual([200, 400, 422]);
  });

  it("scores every valid v1 body, with every numeric guarantee of the result", async () => {
    await fc.assert(
      fc.asyncProperty(validRequestArb, async (request) => {
        const response = await postScore(request);
        expect(response.status).toBe(200);
        const body = ScoreResponseSchema.parse(await expectDocumentedAnswer(response, "ScoreResponse"));
        const answers: AnswerSet = request.answers;

        // The API is a faithful wrapper: the same numbers the app stores for these answers.
        const result = scoreAssessment(v1.structure, answers, request.targets);
        expect(body.questionnaireVersion).toBe("v1");
        expect(body.result).toEqual(result);
        expect(body.priorities).toEqual(rankPriorities(v1.structure, answers, result));

        expect(body.result.index.value).toBeGreaterThanOrEqual(0);
        expect(body.result.index.value).toBeLessThanOrEqual(100);
        expect(body.explanations.indexBand.id).toBe(body.result.index.band);
        for (const factor of body.result.factors) expect(factor.score).toBeGreaterThanOrEqual(0);
        for (const dimension of body.result.dimensions) {
          expect(dimension.score).toBeGreaterThanOrEqual(0);
          expect(dimension.score).toBeLessThanOrEqual(5);
          expect(dimension.gap).toBe(Math.max(0, dimension.target.level - dimension.score));
          const origin = request.targets
            ? dimension.dimensionId in request.targets ? "given" : "default"
            : dimension.dimensionId in answers.targets ? "answers" : "default";
          expect(dimension.target.origin).toBe(origin);
        }
        const answered = body.result.dimensions.reduce((sum, d) => sum + d.answeredCount, 0);
        const visible = body.result.dimensions.reduce((sum, d) => sum + d.indicatorCount, 0);
        expect(body.result.complete).toBe(answered === visible);

        const { ranking, focusAreas } = body.priorities;
        expect(ranking.map((r) => r.rank)).toEqual(ranking.map((_, index) => index + 1));
        for (let i = 1; i < ranking.length; i += 1) expect(ranking[i]!.priority).toBeLessThanOrEqual(ranking[i - 1]!.priority);
        expect(focusAreas).toEqual(ranking.filter((r) => r.priority > 0).slice(0, 3));
        for (const ranked of ranking) expect(body.explanations.reasons[ranked.dimensionId]).toHaveLength(ranked.reasons.length);
      }),
      { numRuns },
    );
  });

  it("answers any JSON value with a documented 4xx or a score, never a 5xx", async () => {
    await fc.assert(
      fc.asyncProperty(fc.jsonValue({ maxDepth: 5 }), async (body) => {
        await expectDocumentedAnswer(await postScore(body), "ScoreResponse");
      }),
      { numRuns },
    );
  });

  it("answers any object with an answers key, whatever it holds, never a 5xx", async () => {
    const bodyArb = fc.record(
      { questionnaireVersion: fc.oneof(fc.constant("v1"), fc.jsonValue()), answers: fc.dictionary(fc.constantFrom("profile", "levels", "notes", "targets", "x"), fc.oneof(fc.jsonValue({ maxDepth: 2 }), fc.dictionary(oddKeyArb, nastyValueArb))), targets: fc.jsonValue({ maxDepth: 2 }) },
      { requiredKeys: ["answers"] },
    );
    await fc.assert(
      fc.asyncProperty(bodyArb, async (body) => {
        await expectDocumentedAnswer(await postScore(body), "ScoreResponse");
      }),
      { numRuns },
    );
  });

  it("answers a valid body with any one node replaced by a wrong type, an extreme number or nesting", async () => {
    const statuses = new Set<number>();
    const mutatedArb = fc.tuple(validRequestArb, fc.nat(), nastyValueArb).map(([request, pick, replacement]) => {
      const paths = listPaths(request);
      return replaceAt(request, paths[pick % paths.length]!, replacement);
    });
    await fc.assert(
      fc.asyncProperty(mutatedArb, async (body) => {
        const response = await postScore(body);
        await expectDocumentedAnswer(response, "ScoreResponse");
        statuses.add(response.status);
      }),
      { numRuns },
    );
    expect(statuses).toContain(400);
  });

  it("answers broken JSON text, truncated or spliced valid JSON and random bytes with a 4xx", async () => {
    const textArb = fc.oneof(
      fc.string({ maxLength: 200, unit: "binary" }),
      fc.tuple(validRequestArb, fc.nat(), fc.string({ maxLength: 3 })).map(([request, at, insert]) => {
        const text = JSON.stringify(request);
        const cut = at % (text.length + 1);
        return text.slice(0, cut) + insert + text.slice(cut + (at % 3));
      }),
      fc.uint8Array({ maxLength: 300 }),
    );
    await fc.assert(
      fc.asyncProperty(textArb, async (raw) => {
        await expectDocumentedAnswer(await postScore(raw), "ScoreResponse");
      }),
      { numRuns },
    );
  });

  it("answers deep nesting, at any depth the size limit allows, with 400 or 413", async () => {
    const maxDepth = Math.floor(scoreMaxBodyBytes / 2);
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: maxDepth }), fc.constantFrom("array", "object") as fc.Arbitrary<"array" | "object">, fc.boolean(), async (depth, kind, inside) => {
        const core = nest(depth, kind);
        const raw = inside ? `{"answers":{"levels":{"design-cad":${core}}}}` : core;
        const response = await postScore(raw);
        await expectDocumentedAnswer(response, "ScoreResponse");
        expect([400, 413]).toContain(response.status);
      }),
      { numRuns: 50 },
    );
  });

  it("answers 415 to every Content-Type that is not JSON, and scores the rest", async () => {
    const contentTypeArb = fc.oneof(
      fc.constantFrom("application/json", "application/json;charset=UTF-8", "application/problem+json", "text/json", "text/plain", "application/xml", ""),
      fc.stringMatching(/^[\x20-\x7e]{0,40}$/),
    );
    await fc.assert(
      fc.asyncProperty(contentTypeArb, async (contentType) => {
        const response = await postScore({ answers: {} }, contentType === "" ? {} : { "content-type": contentType });
        await expectDocumentedAnswer(response, "ScoreResponse");
        expect(response.status).toBe(isJsonMediaType(contentType === "" ? null : contentType.trim() || null) ? 200 : 415);
      }),
      { numRuns },
    );
  });

  it("answers numbers beyond double precision (1e400 parses to Infinity) with 400", async () => {
    for (const raw of ['{"answers":{"levels":{"design-cad":1e400}}}', '{"answers":{},"targets":{"skills":-1e400}}']) {
      expect((await readApiError(await postScore(raw), 400)).error).toBe("invalid_body");
    }
  });
});

describe("fuzz GET /api/v1/questionnaire", { timeout: fuzzTimeout }, () => {
  const parameters = (document.paths["/questionnaire"]!.get as { parameters: Array<{ name: string; schema: Record<string, unknown> }> }).parameters;
  const parameterArb = (name: string) => arbitraryFromJsonSchema(parameters.find((p) => p.name === name)!.schema, { refs });

  it("answers parameters drawn from the document with 200 or 404 (an unpublished version), never 400", async () => {
    const queryArb = fc.record(
      { version: fc.oneof(fc.constant("v1"), parameterArb("version")), locale: parameterArb("locale") },
      { requiredKeys: [] },
    );
    await fc.assert(
      fc.asyncProperty(queryArb, async (query) => {
        const params = new URLSearchParams(query as Record<string, string>);
        const response = await getQuestionnaireHandler(new Request(`http://localhost/api/v1/questionnaire?${params}`));
        const answer = await expectDocumentedAnswer(response, "QuestionnaireResponse");
        expect(response.status).toBe((query as { version?: string }).version === undefined || (query as { version?: string }).version === "v1" ? 200 : 404);
        if (response.status === 200) expect(answer).toMatchObject({ locale: (query as { locale?: string }).locale ?? "en" });
      }),
      { numRuns },
    );
  });

  it("answers any query string and If-None-Match header with a documented answer, never a 5xx", async () => {
    const nameArb = fc.oneof(fc.constantFrom("version", "locale"), fc.string({ maxLength: 8 }));
    const valueArb = fc.oneof(fc.constantFrom("v1", "v2", "en", "ms", "", "EN", "v1 "), fc.string({ maxLength: 20, unit: "binary" }));
    const headerArb = fc.option(fc.oneof(fc.constantFrom("*", `"${v1.contentHash}"`, `W/"${v1.contentHash}"`), fc.stringMatching(/^[\x20-\x7e]{0,60}$/)));
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(nameArb, valueArb), { maxLength: 4 }), headerArb, async (pairs, ifNoneMatch) => {
        const query = new URLSearchParams(pairs).toString();
        const headers: Record<string, string> = ifNoneMatch === null ? {} : { "if-none-match": ifNoneMatch };
        const response = await getQuestionnaireHandler(new Request(`http://localhost/api/v1/questionnaire?${query}`, { headers }));
        await expectDocumentedAnswer(response, "QuestionnaireResponse");
        expect([200, 304, 400, 404]).toContain(response.status);
      }),
      { numRuns },
    );
  });
});

describe("fuzz GET /api/v1/openapi.json", { timeout: fuzzTimeout }, () => {
  it("serves the document whatever the query string", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(fc.string({ maxLength: 8 }), fc.string({ maxLength: 20, unit: "binary" })), { maxLength: 3 }), async (pairs) => {
        const response = await getDocumentHandler(new Request(`http://localhost/api/v1/openapi.json?${new URLSearchParams(pairs)}`));
        expect(response.status).toBe(200);
        await expectDocumentedAnswer(response, "OpenApiDocument");
      }),
      { numRuns: 50 },
    );
  });
});

// POST /api/v1/recommendations runs here with the shipped catalogue (the handler takes the
// catalogue as an argument); the route with the database's catalogue, and GET /api/v1/catalogue,
// are fuzzed in tests/integration/api against a real database.
describe("fuzz POST /api/v1/recommendations", { timeout: fuzzTimeout }, () => {
  const validBodyArb = fc.record(
    {
      questionnaireVersion: fc.constant("v1"),
      answers: answersArb().map(({ levels, targets }) => ({ levels, targets })),
      today: fc.date({ min: new Date("2015-01-01"), max: new Date("2035-12-31"), noInvalidDate: true }).map((date) => date.toISOString().slice(0, 10)),
      limit: fc.integer({ min: 1, max: 10 }),
    },
    { requiredKeys: ["answers"] },
  );
  const withProfileArb = fc.tuple(validBodyArb, answersArb()).map(([body, answers]) => ({ ...body, profile: answers.profile }));

  it("answers bodies drawn from the document with 200, 400 or 422, never a 5xx", async () => {
    const statuses = new Set<number>();
    // As drawn, or with a profile the questionnaire accepts (random values rarely are), or that and
    // no ranking (a random ranking is rarely ordered), so the bodies also reach the recommender; or
    // with a profile question the questionnaire does not have, so a quarter of the bodies that pass
    // the shape checks meet the questionnaire's own refusal (422), whatever else was drawn.
    const bodyArb = fc
      .tuple(
        arbitraryFromJsonSchema(document.components.schemas.RecommendationsRequest!, { refs, key: keyFor, maxEntries: 3 }),
        answersArb(),
        fc.constantFrom("as-drawn", "valid-profile", "valid-profile-no-ranking", "unknown-profile-question"),
      )
      .map(([drawn, answers, variant]) => {
        const body = { ...(drawn as Record<string, unknown>) };
        if (variant === "as-drawn") return body;
        body.profile = variant === "unknown-profile-question" ? { ...answers.profile, "favourite-colour": "blue" } : answers.profile;
        body.questionnaireVersion = "v1";
        if (variant === "valid-profile-no-ranking") delete body.priorities;
        return body;
      });
    await fc.assert(
      fc.asyncProperty(bodyArb, async (body) => {
        const response = await postRecommendations(body);
        await expectDocumentedAnswer(response, "RecommendationsResponse");
        expect([200, 400, 422]).toContain(response.status);
        statuses.add(response.status);
      }),
      { numRuns },
    );
    expect(statuses).toContain(200);
    expect(statuses).toContain(422);
  });

  it("recommends for every valid body: ranked lists, reasons in both languages, no other country's instruments", async () => {
    await fc.assert(
      fc.asyncProperty(withProfileArb, async (request) => {
        const response = await postRecommendations(request);
        expect(response.status).toBe(200);
        const body = RecommendationsResponseSchema.parse(await expectDocumentedAnswer(response, "RecommendationsResponse"));
        const firm = readFirmProfile(request.profile);
        for (const list of [body.firmsLikeYours, body.supportYouCanUse]) {
          expect(list.length).toBeLessThanOrEqual(request.limit ?? 5);
          expect(list.map((r) => r.rank)).toEqual(list.map((_, index) => index + 1));
          for (const recommendation of list) {
            expect(recommendation.text.en.reasons).toHaveLength(recommendation.reasons.length);
            expect(recommendation.text.ms.reasons).toHaveLength(recommendation.reasons.length);
          }
        }
        for (const recommendation of body.firmsLikeYours) expect(recommendation.kind).toBe("case-study");
        for (const recommendation of body.supportYouCanUse) {
          expect(recommendation.kind).not.toBe("case-study");
          expect(["international", "generic", firm.country]).toContain(recommendation.country);
        }
      }),
      { numRuns: 100 },
    );
  });

  it("answers any JSON value, and a valid body with one node replaced, with a documented answer", async () => {
    const mutatedArb = fc.tuple(withProfileArb, fc.nat(), nastyValueArb).map(([request, pick, replacement]) => {
      const paths = listPaths(request);
      return replaceAt(request, paths[pick % paths.length]!, replacement);
    });
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.jsonValue({ maxDepth: 4 }), mutatedArb), async (body) => {
        await expectDocumentedAnswer(await postRecommendations(body), "RecommendationsResponse");
      }),
      { numRuns },
    );
  });

  it("answers broken JSON text and random bytes with a 4xx", async () => {
    const textArb = fc.oneof(fc.string({ maxLength: 200, unit: "binary" }), fc.uint8Array({ maxLength: 300 }));
    await fc.assert(
      fc.asyncProperty(textArb, async (raw) => {
        const response = await postRecommendations(raw);
        await expectDocumentedAnswer(response, "RecommendationsResponse");
        expect(response.status).toBeGreaterThanOrEqual(400);
      }),
      { numRuns: 100 },
    );
  });
});

