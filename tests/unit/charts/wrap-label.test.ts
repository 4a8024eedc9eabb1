import { describe, expect, it } from "vitest";
import { wrapLabel } from "@/components/charts/wrap-label";

describe("wrapLabel", () => {
  it("keeps a short label on one line", () => {
    expect(wrapLabel("Automation", 16)).toEqual(["Automation"]);
  });
  it("breaks at spaces so no line is longer than the limit", () => {
    const lines = wrapLabel("Workforce skills and learning", 16);
    expect(lines).toEqual(["Workforce skills", "and learning"]);
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(16);
  });
  it("gives a word longer than the limit its own line instead of cutting it", () => {
    expect(wrapLabel("Kesalinghubungan digital", 11)).toEqual(["Kesalinghubungan", "digital"]);
  });
  it("ends the last allowed line with an ellipsis when words are left over", () => {
    expect(wrapLabel("one two three four five six", 7, 2)).toEqual(["one two", "three…"]);
  });
  it("ignores extra whitespace", () => {
    expect(wrapLabel("  Digital   design ", 20)).toEqual(["Digital design"]);
  });
});
