import type { APIRequestContext, Page } from "@playwright/test";
import { startTlsProxy } from "../../scripts/lib/security-scan/tls-proxy";
import { demo, demoCredentials } from "./support/accounts";
import { signInWithApi } from "./support/auth";
import { expect, test } from "./support/fixtures";

// Journey: what a browser and an attacker see at the HTTP level. Pages carry a nonce-based CSP
// and the usual hardening headers; cross-site posts to the auth endpoints are refused; the
// x-middleware-subrequest trick (CVE-2025-29927) gets nobody past the guards; the health check
// reports the embedded database.

function directive(csp: string, name: string): string {
  return (
    csp
      .split(";")
      .map((part) => part.trim())
      .find((part) => part.startsWith(`${name} `)) ?? ""
  );
}

test("pages carry a nonce-based CSP and the hardening headers", async ({ request }) => {
  const nonces = new Set<string>();
  for (const path of ["/", "/sign-in", "/sign-up"]) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    const headers = response.headers();
    const csp = headers["content-security-policy"] ?? "";
    const scriptSrc = directive(csp, "script-src");
    const nonce = /'nonce-([^']+)'/.exec(scriptSrc)?.[1];
    expect(nonce, `${path}: script-src has a nonce (${scriptSrc})`).toBeTruthy();
    expect(scriptSrc, path).not.toContain("'unsafe-inline'");
    expect(scriptSrc, path).not.toContain("'unsafe-eval'");
    expect(directive(csp, "frame-ancestors"), path).toBe("frame-ancestors 'none'");
    expect(directive(csp, "object-src"), path).toBe("object-src 'none'");
    expect(headers["x-content-type-options"], path).toBe("nosniff");
    expect(headers["referrer-policy"], path).toBeTruthy();
    expect(headers["x-powered-by"], path).toBeUndefined();

    // Every script the page ships carries this response's nonce, so the CSP lets it run.
    const html = await response.text();
    const scriptTags = html.match(/<script\b[^>]*>/g) ?? [];
    expect(scriptTags.length, `${path} has scripts`).toBeGreaterThan(0);
    for (const tag of scriptTags) expect(tag, `${path}: ${tag}`).toContain(`nonce="${nonce}"`);
    nonces.add(nonce!);
  }
  expect(nonces.size, "a new nonce per response").toBe(3);
});

test("the pages run under the CSP without violations", async ({ page }) => {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy|Refused to (execute|load|apply)/i.test(message.text())) violations.push(message.text());
  });
  await page.goto("/sign-in");
  // The sign-in form only works once React has hydrated, i.e. once the nonce-bearing scripts ran.
  await page.getByLabel("Email address").fill(demo.plastikMajuManager.email);
  await page.getByLabel("Password", { exact: true }).fill(demoCredentials(demo.plastikMajuManager).password);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page).toHaveURL("/dashboard");
  expect(violations).toEqual([]);
});

test("API responses are not sniffable and reveal no framework", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.headers()["x-content-type-options"]).toBe("nosniff");
  expect(response.headers()["x-powered-by"]).toBeUndefined();
});

test("cross-site posts to the auth endpoints are refused", async ({ request }) => {
  const csrf = (await (await request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const form = { csrfToken: csrf.csrfToken, ...demoCredentials(demo.plastikMajuManager), json: "true" };

  const fromEvil = await request.post("/api/auth/callback/credentials", { form, headers: { Origin: "https://evil.example" }, maxRedirects: 0 });
  expect(fromEvil.status()).toBe(403);
  expect(await fromEvil.json()).toMatchObject({ error: "cross_site_request" });

  const crossSiteFetch = await request.post("/api/auth/callback/credentials", { form, headers: { "Sec-Fetch-Site": "cross-site" }, maxRedirects: 0 });
  expect(crossSiteFetch.status()).toBe(403);

  const signOut = await request.post("/api/auth/signout", { form: { csrfToken: csrf.csrfToken }, headers: { Origin: "https://evil.example" }, maxRedirects: 0 });
  expect(signOut.status()).toBe(403);

  // None of the refused posts signed anyone in.
  expect(await (await request.get("/api/auth/session")).json()).toEqual({});
});

const subrequestHeader = { "x-middleware-subrequest": "middleware:middleware:middleware:middleware:middleware" };

test("the x-middleware-subrequest header does not get an anonymous visitor into /admin", async ({ request, page }) => {
  const response = await request.get("/admin", { headers: subrequestHeader, maxRedirects: 0 });
  expect(response.status()).toBe(307);
  expect(response.headers()["location"]).toMatch(/^\/sign-in\?callbackUrl=%2Fadmin$|\/sign-in\?callbackUrl=%2Fadmin$/);
  const body = await response.text();
  expect(body).not.toContain(demo.admin.email);
  expect(body).not.toContain("Programmes and officers");

  await page.setExtraHTTPHeaders(subrequestHeader);
  await page.goto("/admin/users");
  await expect(page).toHaveURL("/sign-in?callbackUrl=%2Fadmin%2Fusers");
  await expect(page.getByText(demo.penangOfficer.email)).toHaveCount(0);
});

test("the x-middleware-subrequest header does not lift an SME's 403", async ({ asSme: page }) => {
  await page.setExtraHTTPHeaders(subrequestHeader);
  const response = await page.goto("/admin/users");
  expect(response?.status()).toBe(403);
  await expect(page.getByRole("heading", { level: 1, name: "You do not have access to this page" })).toBeVisible();
  await expect(page.getByText(demo.penangOfficer.email)).toHaveCount(0);
});

test("the health check answers 200 with the embedded database", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  expect(await response.json()).toMatchObject({ status: "ok", database: { mode: "embedded", reachable: true } });
});

// ---- every kind of response ------------------------------------------------------------------------

/** A script of the build, as the browser loads it (static assets bypass proxy.ts). */
async function staticAssetPath(request: APIRequestContext): Promise<string> {
  const html = await (await request.get("/sign-in")).text();
  const src = /<script[^>]+src="(\/_next\/static\/[^"]+\.js)"/.exec(html)?.[1];
  expect(src, "the sign-in page loads a static script").toBeTruthy();
  return src!;
}

const responseKinds: { kind: string; path: (request: APIRequestContext) => Promise<string>; status: number; html: boolean }[] = [
  { kind: "page", path: async () => "/sign-in", status: 200, html: true },
  { kind: "route handler", path: async () => "/api/v1/questionnaire", status: 200, html: false },
  { kind: "API error", path: async () => `/api/v1/programmes/${demo.penangProgramme.id}/cohort`, status: 401, html: false },
  { kind: "404 page", path: async () => "/no-such-page", status: 404, html: true },
  { kind: "static asset", path: staticAssetPath, status: 200, html: false },
];

test("every kind of response carries the hardening headers", async ({ request }) => {
  for (const { kind, path, status, html } of responseKinds) {
    const url = await path(request);
    const response = await request.get(url, { maxRedirects: 0 });
    const headers = response.headers();
    const what = `${kind} (${url})`;
    expect(response.status(), what).toBe(status);
    expect(headers["x-content-type-options"], what).toBe("nosniff");
    expect(headers["referrer-policy"], what).toBe("strict-origin-when-cross-origin");
    expect(headers["x-powered-by"], what).toBeUndefined();
    expect(headers["strict-transport-security"], `${what}: no HSTS over plain HTTP`).toBeUndefined();
    if (kind === "static asset") continue;
    const csp = headers["content-security-policy"] ?? "";
    expect(directive(csp, "frame-ancestors"), what).toBe("frame-ancestors 'none'");
    expect(headers["x-frame-options"], what).toBe("DENY");
    const scriptSrc = directive(csp, "script-src");
    expect(scriptSrc, what).toMatch(/'nonce-[^']+'/);
    expect(scriptSrc, what).not.toMatch(/'unsafe-inline'|'unsafe-eval'|\*|data:|https?:/);
    if (html) expect(await response.text(), what).toContain("nonce=");
  }
});

// ---- cookies ---------------------------------------------------------------------------------------

type CookieFlags = { name: string; httpOnly: boolean; secure: boolean; sameSite: string };

/** Every cookie the app sets on the way through sign-in, language choice and a reset link, as the browser stored them. */
async function cookiesTheAppSets(page: Page): Promise<CookieFlags[]> {
  await page.goto("/sign-in");
  // The language switch (a server action) sets the locale cookie.
  await page.getByRole("button", { name: "Change language" }).waitFor();
  const languageForm = page.locator("form").filter({ has: page.getByRole("button", { name: "Change language" }) });
  await languageForm.locator("select").selectOption("ms");
  await languageForm.getByRole("button", { name: "Change language" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "ms");
  // next-auth's csrf, callback-url and session cookies.
  await signInWithApi(page.request, demoCredentials(demo.plastikMajuManager));
  // A well-formed reset link sets the reset cookie, whatever the token's fate.
  await page.goto(`/reset-password/${"A".repeat(43)}`);
  return (await page.context().cookies()).map(({ name, httpOnly, secure, sameSite }) => ({ name, httpOnly, secure, sameSite }));
}

const expectedCookies = [/^(__Host-|__Secure-)?next-auth\.csrf-token$/, /^(__Secure-)?next-auth\.callback-url$/, /^(__Secure-)?next-auth\.session-token$/, /^adp-locale$/, /^adp-password-reset$/];

test("every cookie the app sets is HttpOnly and SameSite=Lax (Secure needs TLS: next test)", async ({ page }) => {
  const cookies = await cookiesTheAppSets(page);
  for (const pattern of expectedCookies) expect(cookies.map((c) => c.name).some((name) => pattern.test(name)), `a cookie matching ${pattern}`).toBe(true);
  for (const cookie of cookies) {
    expect(cookie.httpOnly, `${cookie.name} is HttpOnly`).toBe(true);
    expect(cookie.sameSite, `${cookie.name} is SameSite=Lax`).toBe("Lax");
  }
});

// ---- served over TLS -------------------------------------------------------------------------------

test("behind a TLS-terminating proxy: HSTS on every response, and the app's own cookies are Secure", async ({ browser, baseURL }) => {
  const tls = await startTlsProxy(baseURL!);
  const context = await browser.newContext({ baseURL: tls.origin, ignoreHTTPSErrors: true, locale: "en-GB" });
  try {
    for (const { kind, path } of responseKinds) {
      const url = await path(context.request);
      const response = await context.request.get(url, { maxRedirects: 0 });
      expect(response.headers()["strict-transport-security"], `${kind} (${url}) over TLS`).toBe("max-age=63072000; includeSubDomains");
      expect(response.headers()["x-content-type-options"], kind).toBe("nosniff");
    }
    const page = await context.newPage();
    const cookies = await cookiesTheAppSets(page);
    // Our own cookies decide Secure from the request (X-Forwarded-Proto); next-auth's follow
    // NEXTAUTH_URL, which is the public https origin in a TLS deployment (checked by scripts/security-scan.sh).
    for (const name of ["adp-locale", "adp-password-reset"]) {
      const cookie = cookies.find((c) => c.name === name);
      expect(cookie, name).toBeDefined();
      expect(cookie, name).toMatchObject({ secure: true, httpOnly: true, sameSite: "Lax" });
    }
    // Same-origin checks see the public https origin: signing in through the proxy works.
    expect(cookies.some((c) => /next-auth\.session-token$/.test(c.name))).toBe(true);
  } finally {
    await context.close();
    await tls.close();
  }
});
