import { describe, expect, it } from "vitest";
import { emptyAnswerSet } from "@/lib/questionnaire/answer-set";
import { buildPatchFromForm, listPageFields, parseFieldValue } from "@/lib/questionnaire/page-fields";
import { listPages } from "@/lib/questionnaire/pages";
import { fixtureVersion } from "./fixture-version";

describe("parseFieldValue", () => {
  it.each([
    ["level", ["3"], { kind: "set", value: 3 }],
    ["level", [], { kind: "unchanged" }],
    ["level", ["6"], { kind: "invalid", code: "not-a-level" }],
    ["boolean", ["true"], { kind: "set", value: true }],
    ["boolean", ["maybe"], { kind: "invalid", code: "wrong-type" }],
    ["integer", ["1,250"], { kind: "set", value: 1250 }],
    ["integer", ["twelve"], { kind: "invalid", code: "wrong-type" }],
    // Read as typed, so validation can say it is below the minimum (issue 15).
    ["integer", ["-3"], { kind: "set", value: -3 }],
    ["integer", ["-"], { kind: "invalid", code: "wrong-type" }],
    ["integer", [""], { kind: "set", value: null }],
    ["single", [""], { kind: "set", value: null }],
    ["multi", [], { kind: "set", value: null }],
    ["multi", ["iot", "iot", "cloud"], { kind: "set", value: ["iot", "cloud"] }],
    ["note", ["  "], { kind: "set", value: null }],
  ] as const)("%s %j → %j", (kind, raw, expected) => {
    expect(parseFieldValue(kind, raw)).toEqual(expected);
  });
});

describe("page forms", () => {
  it("lists a dimension page's level and note fields, visible indicators only", () => {
    const answers = { ...emptyAnswerSet(), profile: { country: "CN" } };
    const page = listPages(fixtureVersion, answers).find((p) => p.id === "skills")!;
    expect(listPageFields(fixtureVersion, answers, page)).toEqual([
      { field: "levels.skills-a", kind: "level" },
      { field: "notes.skills-a", kind: "note" },
    ]);
  });

  it("builds a patch from posted values and names unreadable fields", () => {
    const fields = listPageFields(fixtureVersion, emptyAnswerSet(), listPages(fixtureVersion, emptyAnswerSet())[0]!);
    const posted: Record<string, string[]> = { "profile.country": ["MY"], "profile.staff": ["lots"], "profile.techs": ["iot"] };
    const { patch, invalid } = buildPatchFromForm(fields, (f) => posted[f] ?? []);
    expect(invalid).toEqual([{ field: "profile.staff", code: "wrong-type" }]);
    // An unchosen yes/no leaves the stored answer alone; an empty checkbox group clears it.
    expect(patch).toEqual({ profile: { country: "MY", techs: ["iot"] } });
  });
});
