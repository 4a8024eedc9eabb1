import { describe, expect, it } from "vitest";
import { describeMeanExpression } from "@/components/results/mean-expression";
import { createNumberFormats } from "@/components/results/number-formats";

const formats = createNumberFormats("en");

describe("describeMeanExpression", () => {
  it("writes a plain average when every weight is equal", () => {
    expect(describeMeanExpression([{ value: 1, weight: 1 }, { value: 0, weight: 1 }, { value: 2, weight: 1 }], formats.level, formats.factor)).toBe("(1 + 0 + 2) ÷ 3");
    expect(describeMeanExpression([{ value: 7 / 3, weight: 2 }, { value: 8 / 3, weight: 2 }], formats.precise, formats.factor)).toBe("(2.33 + 2.67) ÷ 2");
  });
  it("shows the weights and divides by their sum otherwise", () => {
    expect(describeMeanExpression([{ value: 2, weight: 1.5 }, { value: 3, weight: 1 }], formats.level, formats.factor)).toBe("(2 × 1.5 + 3 × 1) ÷ 2.5");
  });
  it("is empty without terms", () => {
    expect(describeMeanExpression([], formats.level, formats.factor)).toBe("");
  });
});
