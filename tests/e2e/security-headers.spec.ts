import { demo, demoCredentials } from "./support/accounts";
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
