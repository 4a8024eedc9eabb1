import { randomUUID } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { APIRequestContext, APIResponse } from "@playwright/test";
import { serverActionBodyLimitBytes } from "@/lib/http/server-action-request";
import { localeCookie } from "@/lib/i18n";
import { demo, demoCredentials } from "./support/accounts";
import { queryDatabase } from "./support/database";
import { expect, test } from "./support/fixtures";

// Requests no browser of the app sends, as an attacker or a broken client would: a path segment that
// is not percent-encoded UTF-8, server action posts of the wrong shape, cohort exports started from
// another site, a language switch told to return to another host. Each gets a clear 4xx (never a
// 500 with a digest) and changes nothing; the well-formed request beside it still works.

// ---- Paths: every dynamic route, each dynamic segment badly encoded ----

/** The URL pattern of every page and route handler under a dynamic segment, from the app folder itself. */
function dynamicRoutes(folder = "app", segments: string[] = []): string[][] {
  const found: string[][] = [];
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const child = path.join(folder, entry.name);
    if (entry.isDirectory()) {
      // A route group "(sme)" is no part of the URL.
      found.push(...dynamicRoutes(child, /^\(.*\)$/.test(entry.name) ? segments : [...segments, entry.name]));
    } else if (/^(page|route)\.tsx?$/.test(entry.name) && segments.some((segment) => segment.startsWith("["))) {
      found.push(segments);
    }
  }
  return found;
}

const aValidId = "00000000-0000-4000-8000-000000000000";
const badSegments = ["%FF", "%C0%80", "%ED%A0%80", "%E0%A4%A", "%00"];

/** One URL per dynamic segment of the route and bad encoding, the other segments well formed. */
function badlyEncodedUrls(route: string[]): string[] {
  return route.flatMap((segment, index) =>
    segment.startsWith("[")
      ? badSegments.map((bad) => `/${route.map((other, i) => (i === index ? bad : other.startsWith("[") ? aValidId : other)).join("/")}`)
      : [],
  );
}

const routes = dynamicRoutes();

/** The issue's own list, kept verbatim beside the sweep. */
const reportedPaths = [
  "/reset-password/%FF",
  "/assessments/%FF",
  "/assessments/%C0%80/results",
  "/api/assessments/%FF/answers",
  "/api/firms/%FF/export",
  "/api/v1/programmes/%FF/cohort",
  "/officer/programmes/%FF/queue",
  "/admin/catalogue/%FF",
  `/assessments/${aValidId}/revisions/%FF/report`,
];

async function expectBadPathRefused(request: APIRequestContext, url: string, who: string): Promise<void> {
  const response = await request.get(url, { maxRedirects: 0 });
  expect([400, 404], `${who}: GET ${url} answered ${response.status()}`).toContain(response.status());
}

test("every dynamic route answers 400 to a path segment that is not percent-encoded UTF-8, signed in or not", async ({ request, asAdmin }) => {
  expect(routes.length, "the sweep found the dynamic routes").toBeGreaterThan(15);
  const urls = [...reportedPaths, ...routes.flatMap(badlyEncodedUrls)];
  // A few at a time: each is a small request the proxy answers without touching the database.
  for (let start = 0; start < urls.length; start += 8) {
    await Promise.all(
      urls.slice(start, start + 8).flatMap((url) => [expectBadPathRefused(request, url, "anonymous"), expectBadPathRefused(asAdmin.request, url, "admin")]),
    );
  }
  // The refusal names the problem in plain text and carries the usual headers.
  const refused = await request.get("/assessments/%FF");
  expect(refused.status()).toBe(400);
  expect(await refused.text()).toBe("The address is not valid.\n");
  expect(refused.headers()["content-security-policy"]).toContain("frame-ancestors 'none'");
  // Well-encoded non-ASCII text is still an address: it reaches the route, which finds nothing.
  expect((await asAdmin.request.get("/admin/catalogue/caf%C3%A9")).status()).toBe(404);
});

// ---- Server actions of the wrong shape ----

/** The build's id of the language switch's action: public, so anonymous calls reach it. */
function localeActionId(): string {
  const manifest = JSON.parse(readFileSync(".next/server/server-reference-manifest.json", "utf8")) as {
    node: Record<string, { filename: string; exportedName: string }>;
  };
  const entry = Object.entries(manifest.node).find(([, e]) => e.filename === "app/actions/locale.ts" && e.exportedName === "setLocaleAction");
  expect(entry, "setLocaleAction in the server reference manifest").toBeDefined();
  return entry![0];
}

const actionPage = "/accessibility";
// Long and random-looking as a browser's. (undici, which parses form posts for Next and the proxy,
// cannot read a value that contains the boundary, which a browser's boundary never risks.)
const defaultBoundary = "----adpMalformedRequests7Hq2";

/** A multipart body written by hand, so that field counts, sizes and broken framing are exact. */
function multipartBody(fields: [string, string][], boundary = defaultBoundary): Buffer {
  const parts = fields.map(([name, value]) => `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`);
  return Buffer.from(`${parts.join("")}--${boundary}--\r\n`);
}

const multipartType = `multipart/form-data; boundary=${defaultBoundary}`;
// One character, so 20,000 empty fields fit under the size limit and only their count is refused.
const shortBoundary = "x";

function expectStatus(response: APIResponse, status: number, what: string): void {
  expect(response.status(), `${what} answered ${response.status()}`).toBe(status);
}

test("malformed server action posts get a 4xx, not a 500, and a well-formed call still works", async ({ request, baseURL }) => {
  const id = localeActionId();
  const origin = new URL(baseURL!).origin;
  const fetchCall = (data: Buffer | string, contentType: string) =>
    request.post(actionPage, { data, headers: { origin, "next-action": id, accept: "text/x-component", "content-type": contentType }, maxRedirects: 0 });
  const formPost = (data: Buffer | string, contentType = multipartType) =>
    request.post(actionPage, { data, headers: { origin, "content-type": contentType }, maxRedirects: 0 });
  const deep = `${"[".repeat(100_000)}${"]".repeat(100_000)}`;
  const oversized = "a".repeat(serverActionBodyLimitBytes + 1);
  const manyFields: [string, string][] = Array.from({ length: 20_000 }, () => ["f", ""]);
  const manyFieldsType = `multipart/form-data; boundary=${shortBoundary}`;
  expect(multipartBody([...manyFields, ["0", '["$K1"]']], shortBoundary).length, "20,000 fields under the size limit").toBeLessThan(serverActionBodyLimitBytes);

  expectStatus(await fetchCall("{{{", "text/plain;charset=UTF-8"), 415, "a call with invalid JSON arguments as text/plain");
  expectStatus(await fetchCall(deep, "text/plain;charset=UTF-8"), 415, "a call with deeply nested JSON arguments as text/plain");
  expectStatus(await fetchCall('["x"]', "text/plain;charset=UTF-8"), 415, "a call with a string where the form's data belongs");
  expectStatus(await fetchCall("[]", "text/plain;charset=UTF-8"), 415, "a call without the form's data");
  expectStatus(await fetchCall('["$K1"]', "application/json"), 415, "a call with a JSON body");
  expectStatus(await fetchCall(multipartBody([["_1_locale", "ms"], ["0", "{{{"]]), multipartType), 400, "a multipart call with invalid JSON arguments");
  expectStatus(await fetchCall(multipartBody([["_1_locale", "ms"], ["0", deep]]), multipartType), 400, "a multipart call with deeply nested arguments");
  expectStatus(await fetchCall(multipartBody([["locale", "ms"]]), multipartType), 400, "a multipart call without React's arguments");
  expectStatus(await fetchCall(multipartBody([["_1_locale", "ms"], ["0", '["$K1","$Q9"]']]), multipartType), 400, "a call referring to a part it does not send");
  expectStatus(await fetchCall("garbage", multipartType), 400, "a call whose multipart body is broken");
  expectStatus(await fetchCall(multipartBody([["_1_returnTo", oversized], ["0", '["$K1"]']]), multipartType), 413, "a call over the body limit");
  expectStatus(await fetchCall(multipartBody([...manyFields, ["0", '["$K1"]']], shortBoundary), manyFieldsType), 413, "a call with 20,000 fields");

  const actionField: [string, string] = [`$ACTION_ID_${id}`, ""];
  expectStatus(await formPost("garbage"), 400, "a form post whose multipart body is broken");
  expectStatus(await formPost(multipartBody([actionField, ["locale", "ms"], ["returnTo", oversized]])), 413, "a form post over the body limit");
  expectStatus(await formPost(multipartBody([actionField, ["locale", "ms"], ...manyFields], shortBoundary), manyFieldsType), 413, "a form post with 20,000 fields");

  // None of the refused calls switched the language; React's own encoding of the form still does
  // (the form's fields under "_1_", then the arguments "0" that point at them as "$K1").
  const call = await fetchCall(multipartBody([["_1_locale", "ms"], ["_1_returnTo", "/"], ["0", '["$K1"]']]), multipartType);
  expect(call.status(), "React's call of the action").toBeLessThan(400);
  expect(call.headers()["set-cookie"] ?? "").toContain(`${localeCookie}=ms`);
  const post = await formPost(multipartBody([actionField, ["locale", "en"], ["returnTo", "/"]]));
  expect(post.status(), "the form post without JavaScript").toBe(303);
  expect(post.headers()["set-cookie"] ?? "").toContain(`${localeCookie}=en`);
});

// ---- The language switch's return path ----

test("the language switch never returns to another host, however the path is written", async ({ request, baseURL }) => {
  const id = localeActionId();
  const origin = new URL(baseURL!).origin;
  // No Referer, so the action falls back to the form's returnTo.
  for (const hostile of ["/\\evil.example", "//evil.example", "/%5Cevil.example", "/%2F%2Fevil.example", "/\t/evil.example", "https://evil.example/"]) {
    const response = await request.post(actionPage, {
      data: multipartBody([[`$ACTION_ID_${id}`, ""], ["locale", "ms"], ["returnTo", hostile]]),
      headers: { origin, "content-type": multipartType },
      maxRedirects: 0,
    });
    expect(response.status(), `returnTo ${JSON.stringify(hostile)}`).toBe(303);
    expect(response.headers()["location"], `returnTo ${JSON.stringify(hostile)}`).toBe("/");
  }
  const safe = await request.post(actionPage, {
    data: multipartBody([[`$ACTION_ID_${id}`, ""], ["locale", "ms"], ["returnTo", "/accessibility?from=switch"]]),
    headers: { origin, "content-type": multipartType },
    maxRedirects: 0,
  });
  expect(safe.headers()["location"]).toBe("/accessibility?from=switch");
});

// ---- Cohort exports started from another site ----

async function cohortExportEvents(q: string): Promise<number> {
  const rows = await queryDatabase<{ count: string }>(
    "select count(*) as count from audit_events where action = 'cohort.exported' and entity_id = $1 and details->'filter'->>'q' = $2",
    [demo.penangProgramme.id, q],
  );
  return Number(rows[0]!.count);
}

test("the cohort exports refuse a request started from another site and record no export", async ({ signedInPage }) => {
  const officer = await signedInPage(demoCredentials(demo.penangOfficer));
  // A search no other test uses marks this test's exports in the audit log.
  const q = `cross-site-${randomUUID().slice(0, 8)}`;
  const urls = [`/officer/programmes/${demo.penangProgramme.id}/export?q=${q}`, `/api/v1/programmes/${demo.penangProgramme.id}/cohort?q=${q}`];
  for (const url of urls) {
    const foreign: Record<string, string>[] = [{ "sec-fetch-site": "cross-site" }, { "sec-fetch-site": "same-site" }, { origin: "https://evil.example" }];
    for (const headers of foreign) {
      const response = await officer.request.get(url, { headers });
      expect(response.status(), `${url} with ${JSON.stringify(headers)}`).toBe(403);
      expect(await response.json()).toMatchObject({ error: "cross_site_request" });
    }
  }
  expect(await cohortExportEvents(q), "no export recorded for the refused requests").toBe(0);

  // The same downloads from the app's own pages (or typed into the address bar) still work and are recorded.
  expect((await officer.request.get(urls[0]!, { headers: { "sec-fetch-site": "same-origin" } })).status()).toBe(200);
  expect((await officer.request.get(urls[1]!, { headers: { "sec-fetch-site": "none" } })).status()).toBe(200);
  expect(await cohortExportEvents(q)).toBe(2);
});
