import { describe, expect, it } from "vitest";
import { crossSiteOpenPaths, mustRefuseCrossSite } from "@/lib/auth/same-origin";
import { isServedOverTls } from "@/lib/auth/served-over-tls";
import { mutatingRoutes } from "../../e2e/support/mutating-endpoints";

// The proxy's rule (proxy.ts): a state-changing request from another site is refused before any
// page, server action or handler runs; reads, same-origin posts and the open public API pass.

const headers = (values: Record<string, string>) => new Headers({ host: "app.example:3000", ...values });

describe("mustRefuseCrossSite", () => {
  it("refuses every mutating method from a foreign origin, from Origin null and from a cross-site fetch", () => {
    for (const method of ["POST", "PUT", "PATCH", "DELETE", "post"]) {
      expect(mustRefuseCrossSite(method, "/dashboard", headers({ origin: "https://evil.example" })), method).toBe(true);
      expect(mustRefuseCrossSite(method, "/dashboard", headers({ origin: "null" })), method).toBe(true);
      expect(mustRefuseCrossSite(method, "/dashboard", headers({ "sec-fetch-site": "cross-site" })), method).toBe(true);
      expect(mustRefuseCrossSite(method, "/dashboard", headers({ "sec-fetch-site": "same-site", origin: "http://other.app.example:3000" })), method).toBe(true);
    }
  });

  it("lets same-origin posts, reads and non-browser clients through", () => {
    expect(mustRefuseCrossSite("POST", "/dashboard", headers({ origin: "http://app.example:3000", "sec-fetch-site": "same-origin" }))).toBe(false);
    expect(mustRefuseCrossSite("GET", "/dashboard", headers({ origin: "https://evil.example" }))).toBe(false);
    expect(mustRefuseCrossSite("HEAD", "/dashboard", headers({ "sec-fetch-site": "cross-site" }))).toBe(false);
    expect(mustRefuseCrossSite("POST", "/dashboard", headers({}))).toBe(false);
  });

  it("behind a TLS proxy compares with the https origin the browser sees", () => {
    const behindTls = headers({ "x-forwarded-proto": "https" });
    behindTls.set("origin", "https://app.example:3000");
    expect(mustRefuseCrossSite("POST", "/account", behindTls)).toBe(false);
    behindTls.set("origin", "http://app.example:3000");
    expect(mustRefuseCrossSite("POST", "/account", behindTls)).toBe(true);
  });

  it("leaves only the public stateless API open to other sites, as the endpoint list says", () => {
    for (const path of crossSiteOpenPaths) expect(mustRefuseCrossSite("POST", path, headers({ origin: "https://evil.example" })), path).toBe(false);
    expect(mustRefuseCrossSite("POST", "/api/v1/score/", headers({ origin: "https://evil.example" }))).toBe(false);
    expect(mustRefuseCrossSite("POST", "/api/v1/scorecard", headers({ origin: "https://evil.example" }))).toBe(true);
    const open = Object.entries(mutatingRoutes)
      .filter(([, route]) => route.crossSite === "open")
      .map(([key]) => key.replace(/^app/, "").replace(/\/route\.ts \w+$/, ""));
    expect([...crossSiteOpenPaths].sort()).toEqual(open.sort());
  });
});

describe("isServedOverTls", () => {
  it("is true for an https request or a TLS proxy's X-Forwarded-Proto, else false", () => {
    expect(isServedOverTls(new Headers(), "https://app.example/")).toBe(true);
    expect(isServedOverTls(new Headers({ "x-forwarded-proto": "https" }), "http://app.example/")).toBe(true);
    expect(isServedOverTls(new Headers({ "x-forwarded-proto": "https, http" }))).toBe(true);
    expect(isServedOverTls(new Headers({ "x-forwarded-proto": "http" }), "http://app.example/")).toBe(false);
    expect(isServedOverTls(new Headers())).toBe(false);
  });
});
