import { describe, expect, it } from "vitest";
import { safeCallbackUrl, sameHostRefererPath } from "@/lib/auth/callback-url";

describe("safeCallbackUrl", () => {
  it.each(["/", "/dashboard", "/assessments/123?step=2#people", "/assessments/123/%2F%2Fnot-first"])("follows the same-site path %s", (path) => {
    expect(safeCallbackUrl(path)).toBe(path);
  });

  it.each([
    ["a protocol-relative URL", "//evil.example/phish"],
    ["a backslash that browsers read as a slash", "/\\evil.example"],
    ["an absolute URL", "https://evil.example/"],
    ["a javascript: URL", "javascript:alert(1)"],
    ["a relative path", "dashboard"],
    ["an empty string", ""],
    ["a tab that browsers strip, leaving //", "/\t/evil.example"],
    ["a newline", "/dashboard\n/evil"],
    ["leading whitespace", " /dashboard"],
    // Harmless to a browser, but a proxy or code that decodes first reads "//evil.example".
    ["encoded slashes", "/%2F%2Fevil.example"],
    ["an encoded backslash", "/%5Cevil.example"],
  ])("refuses %s", (_, value) => {
    expect(safeCallbackUrl(value)).toBe("/home");
  });

  it.each([undefined, null, 42, ["/dashboard"], { href: "/dashboard" }])("refuses the non-string %j", (value) => {
    expect(safeCallbackUrl(value)).toBe("/home");
  });

  it("uses the given fallback", () => {
    expect(safeCallbackUrl("//evil.example", "/officer")).toBe("/officer");
    expect(safeCallbackUrl("/admin", "/officer")).toBe("/admin");
  });
});

describe("sameHostRefererPath", () => {
  it("returns the path and query of a Referer on this host", () => {
    expect(sameHostRefererPath("http://127.0.0.1:3100/accessibility?x=1", "127.0.0.1:3100")).toBe("/accessibility?x=1");
  });

  it.each([
    ["another host", "https://evil.example/accessibility", "127.0.0.1:3100"],
    ["no Referer", null, "127.0.0.1:3100"],
    ["no Host", "http://127.0.0.1:3100/a", null],
    ["not a URL", "::::", "127.0.0.1:3100"],
  ])("returns null for %s", (_case, referer, host) => {
    expect(sameHostRefererPath(referer, host)).toBeNull();
  });
});
