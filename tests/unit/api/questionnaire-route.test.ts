import { describe, expect, it } from "vitest";
import { GET, OPTIONS } from "@/app/api/v1/questionnaire/route";
import { questionnaireOperation, QuestionnaireResponseSchema } from "@/app/api/v1/questionnaire/schema";
import { cacheControl, matchesIfNoneMatch } from "@/lib/api/http-cache";
import { getPublishedQuestionnaire } from "@/lib/questionnaire/published";
import { conformsToDocument, readApiError } from "./support";

const v1 = getPublishedQuestionnaire("v1")!;
const etag = `"${v1.contentHash}"`;

function getQuestionnaire(query = "", headers: Record<string, string> = {}): Promise<Response> {
  return GET(new Request(`http://localhost/api/v1/questionnaire${query}`, { headers }));
}

async function readQuestionnaire(response: Response) {
  expect(response.status).toBe(200);
  expect(response.headers.get("access-control-allow-origin")).toBe("*");
  const body: unknown = await response.json();
  expect(conformsToDocument("QuestionnaireResponse", body)).toBe(true);
  return QuestionnaireResponseSchema.parse(body);
}

describe("GET /api/v1/questionnaire", () => {
  it("gives the current version in English by default, cached briefly and pointing at its versioned URL", async () => {
    const response = await getQuestionnaire();
    const body = await readQuestionnaire(response);
    expect(body).toEqual({
      questionnaireVersion: "v1",
      contentHash: v1.contentHash,
      locale: "en",
      locales: ["en", "ms"],
      structure: v1.structure,
      text: v1.texts.en,
    });
    expect(response.headers.get("etag")).toBe(etag);
    expect(response.headers.get("cache-control")).toBe(cacheControl.current);
    expect(response.headers.get("content-location")).toBe("/api/v1/questionnaire?version=v1&locale=en");
  });

  it("gives the Malay text with ?locale=ms, with the same structure and content hash", async () => {
    const body = await readQuestionnaire(await getQuestionnaire("?locale=ms"));
    expect(body.locale).toBe("ms");
    expect(body.text).toEqual(v1.texts.ms);
    expect(body.structure).toEqual(v1.structure);
    expect(body.contentHash).toBe(v1.contentHash);
  });

  it("caches a versioned request for good: published versions never change", async () => {
    const response = await getQuestionnaire("?version=v1&locale=ms");
    await readQuestionnaire(response);
    expect(response.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    expect(response.headers.get("etag")).toBe(etag);
  });

  it("ignores parameters it does not know (cache busters)", async () => {
    await readQuestionnaire(await getQuestionnaire("?_=12345&locale=en"));
  });

  it("404s a version that is not published, as the document's example says", async () => {
    const response = await getQuestionnaire("?version=v9");
    const error = await readApiError(response, 404);
    expect(error).toEqual(questionnaireOperation.responses[404]!.example);
    expect(response.headers.get("cache-control")).toBe("no-store");
  });

  it("400s a locale it does not ship, as the document's example says", async () => {
    expect(await readApiError(await getQuestionnaire("?locale=fr"), 400)).toEqual(questionnaireOperation.responses[400]!.example);
  });

  it("400s an empty version", async () => {
    const error = await readApiError(await getQuestionnaire("?version="), 400);
    expect(error.error).toBe("invalid_query");
    expect(Object.keys(error.fields!)).toEqual(["version"]);
  });

  it.each([[etag], [`W/${etag}`], [`"other", ${etag}`], ["*"]])("answers 304 without a body when If-None-Match is %s", async (header) => {
    const response = await getQuestionnaire("?locale=ms", { "if-none-match": header });
    expect(response.status).toBe(304);
    expect(await response.text()).toBe("");
    expect(response.headers.get("etag")).toBe(etag);
    expect(response.headers.get("cache-control")).toBe(cacheControl.current);
  });

  it("answers 200 when If-None-Match names another version's tag", async () => {
    await readQuestionnaire(await getQuestionnaire("", { "if-none-match": '"sha256:0000"' }));
  });

  it("answers a CORS preflight", () => {
    const response = OPTIONS();
    expect(response.status).toBe(204);
    expect(response.headers.get("access-control-allow-methods")).toBe("GET, OPTIONS");
    expect(response.headers.get("access-control-allow-headers")).toContain("If-None-Match");
  });
});

describe("matchesIfNoneMatch", () => {
  it("compares weakly and only whole tags", () => {
    expect(matchesIfNoneMatch(null, '"a"')).toBe(false);
    expect(matchesIfNoneMatch('"a"', '"a"')).toBe(true);
    expect(matchesIfNoneMatch('W/"a"', '"a"')).toBe(true);
    expect(matchesIfNoneMatch('"ab"', '"a"')).toBe(false);
    expect(matchesIfNoneMatch('"b" , W/"a"', '"a"')).toBe(true);
    expect(matchesIfNoneMatch("a", '"a"')).toBe(false);
    expect(matchesIfNoneMatch(" * ", '"a"')).toBe(true);
  });
});
