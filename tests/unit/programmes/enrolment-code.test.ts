import { describe, expect, it } from "vitest";
import { normaliseEnrolmentCode } from "@/lib/programmes/enrolment-code";

describe("normaliseEnrolmentCode", () => {
  it.each([
    ["PENANG-2026"],
    ["PENANG 2026"],
    ["penang-2026"],
    [" Penang2026 "],
    ["PENANG2026"],
    ["p e n a n g - 2 0 2 6"],
    ["PENANG\u00a02026"],
    ["Penang \u2013 2026"],
    ["PENANG\u20112026"],
    ["ＰＥＮＡＮＧ－２０２６"],
  ])("reads %j as PENANG2026", (typed) => {
    expect(normaliseEnrolmentCode(typed)).toBe("PENANG2026");
  });

  it("keeps letters and digits apart from other codes", () => {
    expect(normaliseEnrolmentCode("SELANGOR-FOOD")).toBe("SELANGORFOOD");
    expect(normaliseEnrolmentCode("PENANG-2027")).not.toBe(normaliseEnrolmentCode("PENANG-2026"));
  });

  it("leaves other characters for the lookup to refuse", () => {
    expect(normaliseEnrolmentCode("PENANG_2026")).toBe("PENANG_2026");
    expect(normaliseEnrolmentCode("  - ")).toBe("");
  });
});
