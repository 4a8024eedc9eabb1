import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { OPTIONS } from "@/app/api/v1/score/route";
import { scoreMaxBodyBytes, scoreOperation, scoreRequestExample, ScoreResponseSchema } from "@/app/api/v1/score/schema";
import { answerUnexpectedErrors } from "@/lib/api/responses";
import { createLogger, type Logger } from "@/lib/log/logger";
import { getPublishedQuestionnaire } from "@/lib/questionnaire/published";
import { rankPriorities } from "@/lib/scoring/rank-priorities";
import { scoreAssessment } from "@/lib/scoring/score-assessment";
import { goldenExamples } from "../scoring/golden-examples";
import { conformsToDocument, postScore, readApiError } from "./support";

const v1 = getPublishedQuestionnaire("v1")!;

async function readScore(response: Response) {
  expect(response.status).toBe(200);
  expect(response.headers.get("cache-control")).toBe("no-store");
  expect(response.headers.get("access-control-allow-origin")).toBe("*");
  const body: unknown = await response.json();
  expect(conformsToDocument("ScoreResponse", body)).toBe(true);
  return ScoreResponseSchema.parse(body);
}

describe("POST /api/v1/score — good bodies", () => {
  it("scores the documented example with v1, exactly as scoreAssessment and rankPriorities do", async () => {
    const body = await readScore(await postScore(scoreRequestExample));
    const answers = { profile: {}, levels: {}, notes: {}, targets: {}, ...scoreRequestExample.answers };
    const result = scoreAssessment(v1.structure, answers);
    expect(body.questionnaireVersion).toBe("v1");
    expect(body.contentHash).toBe(v1.contentHash);
    expect(body.result).toEqual(result);
    expect(body.priorities).toEqual(rankPriorities(v1.structure, answers, result));
    expect(body.result.complete).toBe(false);
    const connectivity = body.result.dimensions.find((d) => d.dimensionId === "connectivity")!;
    expect(connectivity).toMatchObject({ score: 0.666666667, target: { level: 3, origin: "answers" }, gap: 3 - 0.666666667 });
  });

  it("uses the current version when questionnaireVersion is left out, and accepts a bare {answers: {}}", async () => {
    const body = await readScore(await postScore({ answers: {} }));
    expect(body.questionnaireVersion).toBe("v1");
    expect(body.result.index).toMatchObject({ value: 0, band: "newcomer" });
    expect(body.explanations.indexBand).toMatchObject({ id: "newcomer", name: "Newcomer" });
  });

  it.each(goldenExamples.map((example) => [example.id, example] as const))("reproduces worked example %s", async (_id, example) => {
    const body = await readScore(await postScore({ answers: example.answers }));
    expect(body.result.index).toMatchObject(example.expected.index);
    expect(body.priorities.ranking.map((r) => [r.dimensionId, r.priority])).toEqual(example.expected.ranking);
    // The worked examples write exact fractions; scores are kept to 9 decimals.
    expect(body.priorities.focusAreas.map((f) => [f.dimensionId, f.priority, f.reasons.map((r) => r.code)])).toEqual(
      example.expected.focusAreas.map((f) => [f.dimensionId, f.priority, f.reasons.map((r) => r.code)]),
    );
    for (const [id, expected] of Object.entries(example.expected.dimensions)) {
      const dimension = body.result.dimensions.find((d) => d.dimensionId === id)!;
      expect(dimension.score).toBeCloseTo(expected.score, 8);
      expect(dimension.gap).toBeCloseTo(expected.gap, 8);
      expect(dimension.target.level).toBe(expected.target);
    }
  });

  it("lets top-level targets replace answers.targets (origin given)", async () => {
    const body = await readScore(
      await postScore({ answers: { levels: { "skills-operator-digital": 3 }, targets: { skills: 5 } }, targets: { skills: 2 } }),
    );
    const skills = body.result.dimensions.find((d) => d.dimensionId === "skills")!;
    expect(skills.target).toEqual({ level: 2, origin: "given" });
    expect(skills.gap).toBe(1);
    const leadership = body.result.dimensions.find((d) => d.dimensionId === "leadership")!;
    expect(leadership.target).toEqual({ level: 1, origin: "default" });
  });

  it("explains every ranked dimension in English, one sentence per reason, with dimension titles", async () => {
    const body = await readScore(await postScore({ answers: goldenExamples[0]!.answers }));
    for (const ranked of body.priorities.ranking) expect(body.explanations.reasons[ranked.dimensionId]).toHaveLength(ranked.reasons.length);
    expect(body.explanations.reasons.skills!.join(" ")).toContain("Automation");
  });

  it("accepts a JSON media type with parameters or a +json suffix", async () => {
    await readScore(await postScore({ answers: {} }, { "content-type": "application/json; charset=utf-8" }));
    await readScore(await postScore({ answers: {} }, { "content-type": "Application/JSON" }));
    await readScore(await postScore({ answers: {} }, { "content-type": "application/vnd.adp+json" }));
  });

  it("ignores a UTF-8 byte order mark", async () => {
    await readScore(await postScore(`\uFEFF${JSON.stringify({ answers: {} })}`));
  });
});

describe("POST /api/v1/score — bodies that do not match the schema (400 invalid_body, one error per field)", () => {
  const cases: Array<[string, unknown, Record<string, string>]> = [
    ["an empty object", {}, { answers: "Required." }],
    ["a JSON array", [], { "(body)": "Invalid input: expected object, received array" }],
    ["a JSON string", "\"score me\"", { "(body)": "Invalid input: expected object, received string" }],
    ["null", "null", { "(body)": "Invalid input: expected object, received null" }],
    ["answers as a string", { answers: "all fives" }, { answers: "Invalid input: expected object, received string" }],
    [
      "a level as a string",
      { answers: { levels: { "skills-training-system": "3" } } },
      { "answers.levels.skills-training-system": "Invalid input: expected number, received string" },
    ],
    ["a level above 5", { answers: { levels: { "skills-training-system": 7 } } }, { "answers.levels.skills-training-system": "Too big: expected number to be <=5" }],
    ["a negative level", { answers: { levels: { "skills-training-system": -1 } } }, { "answers.levels.skills-training-system": "Too small: expected number to be >=0" }],
    ["a fractional level", { answers: { levels: { "skills-training-system": 2.5 } } }, { "answers.levels.skills-training-system": "Invalid input: expected int, received number" }],
    ["a top-level target above 5", { answers: {}, targets: { connectivity: 6 } }, { "targets.connectivity": "Too big: expected number to be <=5" }],
    ["a version that is not a string", { questionnaireVersion: 1, answers: {} }, { questionnaireVersion: "Invalid input: expected string, received number" }],
    ["an empty version", { questionnaireVersion: "", answers: {} }, { questionnaireVersion: "Too small: expected string to have >=1 characters" }],
    ["an unknown top-level field", { answers: {}, firm: "ACME" }, { firm: "This field is not part of the request." }],
    ["an unknown answers part", { answers: { scores: {} } }, { "answers.scores": "This field is not part of the request." }],
    ["a note that is not text", { answers: { notes: { "skills-training-system": 3 } } }, { "answers.notes.skills-training-system": "Invalid input: expected string, received number" }],
    ["a profile answer that is an object", { answers: { profile: { sector: { code: "10" } } } }, { "answers.profile.sector": "Invalid input" }],
    ["a \"__proto__\" key", '{"answers":{"levels":{"__proto__":3}}}', { "answers.levels.__proto__": 'The key "__proto__" is not accepted.' }],
  ];

  it.each(cases)("%s", async (_name, body, fields) => {
    const error = await readApiError(await postScore(body), 400);
    expect(error).toEqual({ error: "invalid_body", message: "The request body does not match the schema; see fields.", fields });
  });

  it("reports every bad field at once", async () => {
    const error = await readApiError(
      await postScore({ questionnaireVersion: 2, answers: { levels: { a: "x", b: 9 }, targets: { skills: true } }, extra: 1 }),
      400,
    );
    expect(Object.keys(error.fields!).sort()).toEqual(
      ["answers.levels.a", "answers.levels.b", "answers.targets.skills", "extra", "questionnaireVersion"].sort(),
    );
  });

  it("answers as the document's 400 example says", async () => {
    const error = await readApiError(await postScore({ answers: { levels: { "skills-training-system": 7 } } }), 400);
    expect(error).toEqual(scoreOperation.responses[400]!.example);
  });
});

describe("POST /api/v1/score — answers the questionnaire version does not accept (422 invalid_answers)", () => {
  const cases: Array<[string, unknown, Array<[string, string]>]> = [
    ["an unknown indicator", { answers: { levels: { "skills-typo": 2 } } }, [["answers.levels.skills-typo", "unknown-question"]]],
    ["a note on an unknown indicator", { answers: { notes: { nope: "hi" } } }, [["answers.notes.nope", "unknown-question"]]],
    ["an unknown profile question", { answers: { profile: { colour: "blue" } } }, [["answers.profile.colour", "unknown-question"]]],
    ["an unknown dimension in answers.targets", { answers: { targets: { marketing: 3 } } }, [["answers.targets.marketing", "unknown-question"]]],
    ["an unknown dimension in targets", { answers: {}, targets: { marketing: 3 } }, [["targets.marketing", "unknown-question"]]],
    ["a sector the version does not list", { answers: { profile: { sector: "99" } } }, [["answers.profile.sector", "unknown-option"]]],
    ["employees as text", { answers: { profile: { employees: "many" } } }, [["answers.profile.employees", "wrong-type"]]],
    ["employees below the minimum", { answers: { profile: { employees: 0 } } }, [["answers.profile.employees", "too-small"]]],
    ["exports as a string", { answers: { profile: { exports: "yes" } } }, [["answers.profile.exports", "wrong-type"]]],
    [
      "four challenges where three are allowed",
      { answers: { profile: { challenges: ["funding", "awareness", "reskilling", "standards-uncertainty"] } } },
      [["answers.profile.challenges", "too-many"]],
    ],
    ["\"none\" with another technology", { answers: { profile: { technologies: ["none", "iot"] } } }, [["answers.profile.technologies", "exclusive-option"]]],
    ["a note over 2000 characters", { answers: { notes: { "skills-training-system": "x".repeat(2001) } } }, [["answers.notes.skills-training-system", "note-too-long"]]],
  ];

  it.each(cases)("%s", async (_name, body, expected) => {
    const error = await readApiError(await postScore(body), 422);
    expect(error.error).toBe("invalid_answers");
    expect(error.problems).toEqual(expected.map(([field, code]) => ({ field, code })));
    expect(Object.keys(error.fields!)).toEqual(expected.map(([field]) => field));
  });

  it("names the kind of id it could not find", async () => {
    const error = await readApiError(await postScore({ answers: { levels: { "a.b": 1 }, targets: { x: 1 } }, targets: { y: 2 } }), 422);
    expect(error.fields).toEqual({
      "answers.levels.a.b": "There is no such indicator in this questionnaire version.",
      "answers.targets.x": "There is no such dimension in this questionnaire version.",
      "targets.y": "There is no such dimension in this questionnaire version.",
    });
  });

  it("answers as the document's 422 example says", async () => {
    const error = await readApiError(await postScore({ answers: { levels: { "skills-typo": 2 } } }), 422);
    expect(error).toEqual(scoreOperation.responses[422]!.example);
  });
});

describe("POST /api/v1/score — unreadable requests", () => {
  it("400s an unpublished questionnaire version, naming the published ones", async () => {
    const error = await readApiError(await postScore({ questionnaireVersion: "v9", answers: {} }), 400);
    const message = 'Questionnaire version "v9" is not published. Published versions: v1.';
    expect(error).toEqual({ error: "unknown_questionnaire_version", message, fields: { questionnaireVersion: message } });
  });

  it.each([
    ["no Content-Type", {}],
    ["text/plain", { "content-type": "text/plain" }],
    ["a form", { "content-type": "application/x-www-form-urlencoded" }],
    ["multipart", { "content-type": "multipart/form-data; boundary=x" }],
    ["a look-alike", { "content-type": "application/jsonp" }],
  ])("415s a body sent as %s", async (_name, headers) => {
    const error = await readApiError(await postScore(JSON.stringify({ answers: {} }), headers), 415);
    expect(error.error).toBe("unsupported_media_type");
  });

  it.each([
    ["empty", ""],
    ["truncated", '{"answers": {"levels": '],
    ["single-quoted", "{'answers': {}}"],
    ["trailing comma", '{"answers": {},}'],
    ["NaN", '{"answers": {"levels": {"design-cad": NaN}}}'],
  ])("400s a body that is not JSON: %s", async (_name, body) => {
    expect((await readApiError(await postScore(body), 400)).error).toBe("invalid_json");
  });

  it("400s a body that is not UTF-8", async () => {
    const error = await readApiError(await postScore(new Uint8Array([0x7b, 0xff, 0xfe, 0x7d])), 400);
    expect(error).toEqual({ error: "invalid_json", message: "The request body is not valid UTF-8." });
  });

  it("400s deep nesting without overflowing anything", async () => {
    for (const depth of [1_000, 20_000]) {
      await readApiError(await postScore(`${"[".repeat(depth)}${"]".repeat(depth)}`), 400);
      await readApiError(await postScore(`{"answers":{"profile":{"x":${"[".repeat(depth)}${"]".repeat(depth)}}}}`), 400);
    }
  });

  it("413s a body over the limit by its Content-Length, without reading it", async () => {
    const body = JSON.stringify({ answers: { notes: { a: "x".repeat(scoreMaxBodyBytes) } } });
    const error = await readApiError(await postScore(body, { "content-type": "application/json", "content-length": String(body.length) }), 413);
    expect(error).toEqual({ error: "payload_too_large", message: `The request body is larger than ${scoreMaxBodyBytes} bytes.` });
  });

  it("413s a streamed body with no Content-Length once it passes the limit, and stops reading", async () => {
    let pulled = 0;
    const chunk = new TextEncoder().encode(" ".repeat(16 * 1024));
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled += 1;
        controller.enqueue(chunk);
      },
    });
    const { POST } = await import("@/app/api/v1/score/route");
    const request = new Request("http://localhost/api/v1/score", {
      method: "POST",
      body: stream,
      headers: { "content-type": "application/json" },
      duplex: "half",
    } as RequestInit & { duplex: "half" });
    await readApiError(await POST(request), 413);
    expect(pulled).toBeLessThan(10);
  });

  it("counts bytes, not characters: 64 KB of multi-byte text is too large", async () => {
    const note = "é".repeat(scoreMaxBodyBytes / 2);
    await readApiError(await postScore({ answers: { notes: { "design-cad": note } } }), 413);
  });

  it("accepts a body right at the limit", async () => {
    const frame = JSON.stringify({ answers: {}, questionnaireVersion: "v1" });
    const padded = frame.slice(0, -1) + " ".repeat(scoreMaxBodyBytes - frame.length) + "}";
    expect(new TextEncoder().encode(padded).length).toBe(scoreMaxBodyBytes);
    expect((await postScore(padded)).status).toBe(200);
  });
});

describe("POST /api/v1/score — cross-site use", () => {
  it("answers a CORS preflight for any origin, without credentials", () => {
    const response = OPTIONS();
    expect(response.status).toBe(204);
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
    expect(response.headers.get("access-control-allow-methods")).toBe("POST, OPTIONS");
    expect(response.headers.get("access-control-allow-headers")).toContain("Content-Type");
    expect(response.headers.get("access-control-allow-credentials")).toBeNull();
  });

  it("scores a request from another site (no CSRF check: nothing is read from cookies, nothing is stored)", async () => {
    const response = await postScore({ answers: {} }, { "content-type": "application/json", origin: "https://elsewhere.example", "sec-fetch-site": "cross-site" });
    expect(response.status).toBe(200);
  });
});

describe("unexpected errors", () => {
  // The process logger (lib/log/logger.ts baseLogger) is kept on globalThis; swap in one whose lines the test reads.
  const logHolder = globalThis as unknown as { adpLogger?: Logger };
  const lines: Record<string, unknown>[] = [];
  beforeEach(() => {
    lines.length = 0;
    logHolder.adpLogger = createLogger({ destination: { write: (line: string) => void lines.push(JSON.parse(line)) } });
  });
  afterEach(() => {
    delete logHolder.adpLogger;
  });

  it("become a generic 500 in the error shape, logged under the id the answer repeats", async () => {
    const request = new Request("http://localhost/api/v1/score", { method: "POST", headers: { "x-request-id": "req-42" } });
    const response = await answerUnexpectedErrors(request, async () => {
      throw new Error("database on fire");
    });
    expect(response.status).toBe(500);
    const body = await response.json();
    expect(body).toEqual({ error: "internal_error", message: "Something went wrong on our side. Please try again later.", errorId: "req-42" });
    expect(JSON.stringify(body)).not.toContain("fire");
    expect(lines).toEqual([expect.objectContaining({ level: "error", requestId: "req-42", errorId: "req-42", msg: "api request failed" })]);
    expect(JSON.stringify(lines[0])).toContain("database on fire");
  });
});
