import { describe, expect, it } from "vitest";
import { isMalformedPath } from "@/lib/http/path-encoding";

describe("isMalformedPath", () => {
  it.each([
    "/",
    "/assessments/2b1c7a1e-0b7e-4c43-9d0a-2d0b0f1f5e11/results",
    "/officer/programmes/p1/queue",
    // Valid UTF-8, encoded slashes and a literal "+" decode fine: the route decides what they mean.
    "/assessments/caf%C3%A9",
    "/assessments/a%2Fb",
    "/admin/catalogue/a+b",
    "/%F0%9F%98%80",
  ])("accepts %s", (path) => {
    expect(isMalformedPath(path)).toBe(false);
  });

  it.each([
    ["a byte that is never UTF-8", "/assessments/%FF"],
    ["an overlong encoding of NUL", "/assessments/%C0%80/results"],
    ["an encoded surrogate", "/assessments/%ED%A0%80"],
    ["a cut-off sequence", "/assessments/%E0%A4%A"],
    ["a lone percent sign", "/assessments/100%"],
    ["a bad escape in a nested segment", "/assessments/x/revisions/%FF/report"],
    ["an encoded NUL", "/assessments/%00"],
    ["an encoded newline", "/reset-password/a%0Ab"],
    ["an encoded DEL", "/admin/catalogue/%7F"],
    ["a raw control character", "/admin/catalogue/a\u0001b"],
  ])("refuses %s", (_, path) => {
    expect(isMalformedPath(path)).toBe(true);
  });
});
