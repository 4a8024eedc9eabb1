import { describe, expect, it } from "vitest";
import { isSafeLocalPath, safeLocalPath } from "@/lib/auth/safe-path";

describe("isSafeLocalPath", () => {
  it.each([
    "/",
    "/home",
    "/assessments/123/people?step=2#strategy",
    "/officer/programmes/p1/queue?q=plastik%20maju&status=submitted",
    "/officer/programmes/p1/queue?q=caf%C3%A9",
    // An encoded slash later in the path or in the query is only a character there.
    "/officer/programmes/p1/queue?q=%2F%2Fnot-a-host",
    "/a/%2F%2Fb",
    // A literal "%" that is no escape (a search for "100%") stays a same-site path.
    "/officer/programmes/p1/queue?q=100%",
    "/javascript:alert(1)",
  ])("accepts the same-site path %j", (path) => {
    expect(isSafeLocalPath(path)).toBe(true);
  });

  it.each([
    ["a protocol-relative URL", "//x"],
    ["a backslash that browsers read as a slash", "/\\x"],
    ["two backslashes", "\\\\x"],
    ["a backslash later in the path", "/a\\b"],
    ["an encoded backslash", "/%5Cx"],
    ["an encoded backslash, lower case", "/%5cx"],
    ["encoded slashes", "/%2F%2Fx"],
    ["one encoded slash after the first", "/%2Fx"],
    ["double-encoded slashes", "/%252F%252Fx"],
    ["triple-encoded backslash", "/%25255Cx"],
    ["an encoded tab before a slash", "/%09/x"],
    ["a tab that browsers strip, leaving //", "/\t/x"],
    ["a newline that browsers strip, leaving //", "/\n/x"],
    ["a carriage return", "/\r/x"],
    ["a newline later in the path", "/dashboard\n/evil"],
    ["a NUL", "/a\u0000b"],
    ["a DEL", "/a\u007fb"],
    ["a space", "/a b"],
    ["a no-break space", "/a\u00a0b"],
    ["leading whitespace", " /dashboard"],
    ["a javascript: URL", "javascript:alert(1)"],
    ["an absolute URL", "https://evil.example/"],
    ["an absolute URL without a scheme's slashes", "https:evil.example"],
    ["a relative path", "dashboard"],
    ["an empty string", ""],
    ["a path longer than any of the app's", `/${"a".repeat(2048)}`],
  ])("refuses %s", (_, value) => {
    expect(isSafeLocalPath(value)).toBe(false);
  });

  it.each([undefined, null, 42, ["/home"], { href: "/home" }])("refuses the non-string %j", (value) => {
    expect(isSafeLocalPath(value)).toBe(false);
  });

  it("refuses an encoding deeper than any link the app writes", () => {
    let path = "/a%2Fb";
    for (let i = 0; i < 5; i += 1) path = path.replace(/%/g, "%25");
    expect(isSafeLocalPath(path)).toBe(false);
  });
});

describe("safeLocalPath", () => {
  it("returns a safe path and the fallback for anything else", () => {
    expect(safeLocalPath("/admin", "/")).toBe("/admin");
    expect(safeLocalPath("/\\evil.example", "/")).toBe("/");
    expect(safeLocalPath(undefined, "/home")).toBe("/home");
  });
});
