import { describe, expect, it } from "vitest";
import { emptyAnswerSet } from "@/lib/questionnaire/answer-set";
import { checkFieldValue, countsAsAnswered, listFieldRules, rawFormValue, toFormValue } from "@/lib/questionnaire/field-rules";
import { listPages } from "@/lib/questionnaire/pages";
import { fixtureVersion } from "./fixture-version";

const profilePage = listPages(fixtureVersion, emptyAnswerSet())[0]!;
const rules = new Map(listFieldRules(fixtureVersion, emptyAnswerSet(), profilePage).map((r) => [r.field, r]));

describe("field rules from the questionnaire", () => {
  it("carry the limits the server checks: an integer's range, a multi-select's most and exclusive options", () => {
    expect(rules.get("profile.staff")).toEqual({ field: "profile.staff", kind: "integer", min: 1, max: 1000 });
    expect(rules.get("profile.techs")).toEqual({ field: "profile.techs", kind: "multi", maxSelected: 2, exclusive: ["none"] });
    expect(rules.get("profile.country")).toEqual({ field: "profile.country", kind: "single" });
  });

  it.each([
    ["profile.staff", ["0"], "too-small"],
    ["profile.staff", ["1001"], "too-large"],
    ["profile.staff", ["12 people"], "wrong-type"],
    ["profile.staff", ["12"], null],
    ["profile.staff", [""], null],
    ["profile.techs", ["iot", "cloud"], null],
    ["profile.techs", ["iot", "cloud", "none"], "too-many"],
    ["profile.techs", ["iot", "none"], "exclusive-option"],
    ["profile.techs", ["none"], null],
    ["profile.services", ["maybe"], "wrong-type"],
  ] as const)("%s %j → %s", (field, raw, code) => {
    expect(checkFieldValue(rules.get(field)!, raw)).toBe(code);
  });
});

describe("form values", () => {
  it("turn answers into control values and back into the strings a post carries", () => {
    expect(toFormValue("level", 3)).toBe("3");
    expect(toFormValue("level", undefined)).toBeNull();
    expect(toFormValue("boolean", false)).toBe("false");
    expect(toFormValue("integer", null)).toBe("");
    expect(toFormValue("multi", ["iot"])).toEqual(["iot"]);
    expect(toFormValue("multi", undefined)).toEqual([]);
    expect(rawFormValue(null)).toEqual([]);
    expect(rawFormValue(false)).toEqual([]);
    expect(rawFormValue(["a", "b"])).toEqual(["a", "b"]);
    expect(rawFormValue("4")).toEqual(["4"]);
  });

  it("count as answered once a valid answer is on screen", () => {
    expect(countsAsAnswered(rules.get("profile.country")!, "MY")).toBe(true);
    expect(countsAsAnswered(rules.get("profile.country")!, "")).toBe(false);
    expect(countsAsAnswered(rules.get("profile.techs")!, [])).toBe(false);
    expect(countsAsAnswered(rules.get("profile.services")!, null)).toBe(false);
    expect(countsAsAnswered(rules.get("profile.staff")!, "twelve")).toBe(false);
  });
});
