import { afterEach, describe, expect, it, vi } from "vitest";
import { crossSiteRejection, expectedOrigin, isCrossSiteRequest, rejectCrossSite } from "@/lib/auth/same-origin";

const h = (values: Record<string, string>) => new Headers(values);

describe("expectedOrigin", () => {
  it("prefers the configured origin, without its path", () => {
    expect(expectedOrigin(h({ host: "evil.example" }), "https://readiness.example/some/path")).toBe("https://readiness.example");
  });

  it("falls back to the forwarded host and protocol, then the Host header over http", () => {
    expect(expectedOrigin(h({ host: "internal:3000", "x-forwarded-host": "readiness.example", "x-forwarded-proto": "https" }))).toBe(
      "https://readiness.example",
    );
    expect(expectedOrigin(h({ host: "localhost:3000" }))).toBe("http://localhost:3000");
  });

  it("is null without any host", () => {
    expect(expectedOrigin(h({}))).toBeNull();
  });
});

describe("isCrossSiteRequest", () => {
  const host = { host: "localhost:3000" };

  it("allows a same-origin browser request", () => {
    expect(isCrossSiteRequest(h({ ...host, origin: "http://localhost:3000", "sec-fetch-site": "same-origin" }))).toBe(false);
  });

  it("allows a user-initiated navigation (Sec-Fetch-Site: none) without Origin", () => {
    expect(isCrossSiteRequest(h({ ...host, "sec-fetch-site": "none" }))).toBe(false);
  });

  it("allows a non-browser client that sends neither Origin nor Sec-Fetch-Site", () => {
    expect(isCrossSiteRequest(h(host))).toBe(false);
  });

  it.each(["cross-site", "same-site"])("refuses Sec-Fetch-Site: %s even when Origin looks right", (site) => {
    // same-site still means another origin (a sibling subdomain), which may be attacker-controlled.
    expect(isCrossSiteRequest(h({ ...host, origin: "http://localhost:3000", "sec-fetch-site": site }))).toBe(true);
  });

  it("refuses a foreign Origin, an opaque 'null' Origin and an Origin when no host is known", () => {
    expect(isCrossSiteRequest(h({ ...host, origin: "http://evil.example" }))).toBe(true);
    expect(isCrossSiteRequest(h({ ...host, origin: "http://localhost:3001" }))).toBe(true);
    expect(isCrossSiteRequest(h({ ...host, origin: "https://localhost:3000" }))).toBe(true);
    expect(isCrossSiteRequest(h({ ...host, origin: "null" }))).toBe(true);
    expect(isCrossSiteRequest(h({ origin: "http://localhost:3000" }))).toBe(true);
  });

  it("checks Origin against the configured origin, not a Host header the attacker can set", () => {
    const forged = h({ host: "evil.example", origin: "http://evil.example" });
    expect(isCrossSiteRequest(forged)).toBe(false);
    expect(isCrossSiteRequest(forged, "https://readiness.example")).toBe(true);
    expect(isCrossSiteRequest(h({ host: "evil.example", origin: "https://readiness.example" }), "https://readiness.example")).toBe(false);
  });
});

describe("rejectCrossSite", () => {
  afterEach(() => vi.unstubAllEnvs());

  it("answers 403 with a JSON error for a cross-site request", async () => {
    const response = rejectCrossSite(new Request("http://localhost:3000/api/x", { method: "POST", headers: { origin: "http://evil.example" } }));
    expect(response?.status).toBe(403);
    expect(await response?.json()).toMatchObject({ error: "cross_site_request" });
  });

  it("answers null (go ahead) for a same-origin request", () => {
    const request = new Request("http://localhost:3000/api/x", { method: "POST", headers: { host: "localhost:3000", origin: "http://localhost:3000" } });
    expect(rejectCrossSite(request)).toBeNull();
  });

  it("uses APP_ORIGIN when it is set", () => {
    vi.stubEnv("APP_ORIGIN", "https://readiness.example");
    const request = new Request("http://localhost:3000/api/x", { method: "POST", headers: { host: "localhost:3000", origin: "http://localhost:3000" } });
    expect(rejectCrossSite(request)?.status).toBe(403);
  });

  it("crossSiteRejection is a 403 with a message a person can read", async () => {
    const response = crossSiteRejection();
    expect(response.status).toBe(403);
    expect((await response.json()).message).toMatch(/another site/);
  });
});
