import { describe, expect, it } from "vitest";
import { createTranslator } from "@/lib/i18n";
import { createFormats } from "@/lib/i18n/format";
import { describeConflictAuthor } from "@/lib/questionnaire/conflict-author";

describe("describeConflictAuthor", () => {
  const formats = createFormats("en", { timeZone: "Asia/Kuala_Lumpur" });
  const t = createTranslator("en");
  const at = new Date("2026-12-02T06:02:00Z"); // 14:02 in Kuala Lumpur

  it("names who changed the answer and the time, the same day", () => {
    expect(describeConflictAuthor({ byName: "Aisyah", at }, t, formats, new Date("2026-12-02T08:00:00Z"))).toBe("Aisyah changed this answer at 14:02; check it.");
  });

  it("adds the date when the change was on another day", () => {
    expect(describeConflictAuthor({ byName: "Aisyah", at }, t, formats, new Date("2026-12-04T08:00:00Z"))).toMatch(/^Aisyah changed this answer at 2 Dec 2026, 14:02 .+; check it\.$/);
  });

  it("speaks Malay to a Malay reader", () => {
    expect(describeConflictAuthor({ byName: "Aisyah", at }, createTranslator("ms"), createFormats("ms", { timeZone: "Asia/Kuala_Lumpur" }), at)).toBe("Aisyah menukar jawapan ini pada 02:02 PTG; sila semak.");
  });
});
