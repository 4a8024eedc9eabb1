import { describe, expect, it } from "vitest";
import { enrolmentWindowState } from "@/lib/programmes/enrolment-window";
import { readForm } from "@/lib/forms/read-form";
import { ProgrammeFormSchema } from "@/lib/programmes/programme-settings";

const officerId = "4b0f1a52-8a0e-4c3b-9d0e-1f2a3b4c5d6e";

function form(entries: [string, string][]): FormData {
  const data = new FormData();
  for (const [key, value] of entries) data.append(key, value);
  return data;
}

const valid: [string, string][] = [
  ["name", "Johor Smart Factory 2027"],
  ["country", "MY"],
  ["questionnaireVersionId", "v1"],
  ["enrolmentCode", " johor-2027 "],
  ["opensOn", "2027-01-01"],
  ["closesOn", "2027-06-30"],
  ["target-skills", "3"],
  ["target-automation", ""],
  ["officerIds", officerId],
];

function parse(entries: [string, string][]) {
  return ProgrammeFormSchema.safeParse(readForm(form(entries), { lists: ["officerIds"] }).input);
}

function firstError(entries: [string, string][]) {
  const result = parse(entries);
  expect(result.success).toBe(false);
  const issue = result.error!.issues[0]!;
  return { field: String(issue.path[0]), message: issue.message };
}

const replace = (name: string, value: string): [string, string][] => valid.map(([k, v]) => (k === name ? [k, value] : [k, v]));

describe("programme settings", () => {
  it("normalises the code to upper case, keeps set targets only and reads repeated officers", () => {
    const result = parse(valid);
    expect(result.success).toBe(true);
    expect(result.data).toEqual({
      name: "Johor Smart Factory 2027",
      country: "MY",
      questionnaireVersionId: "v1",
      enrolmentCode: "JOHOR-2027",
      opensOn: "2027-01-01",
      closesOn: "2027-06-30",
      targets: { skills: 3 },
      officerIds: [officerId],
    });
  });

  it("treats empty dates as no date", () => {
    const result = parse(replace("opensOn", "").map(([k, v]) => (k === "closesOn" ? [k, ""] : [k, v])));
    expect(result.data).toMatchObject({ opensOn: null, closesOn: null });
  });

  it.each([
    ["enrolmentCode", "AB", "programmes.errors.codeFormat"],
    ["enrolmentCode", "PENANG 2027", "programmes.errors.codeFormat"],
    ["name", "ab", "programmes.errors.nameLength"],
    ["country", "XX", "errors.countryRequired"],
    ["opensOn", "2027-02-30", "programmes.errors.dateInvalid"],
    ["target-skills", "6", "programmes.errors.targetInvalid"],
    ["target-skills", "0", "programmes.errors.targetInvalid"],
    ["officerIds", "not-an-id", "errors.officerRequired"],
  ])("refuses %s = %j with %s", (field, value, message) => {
    expect(firstError(replace(field, value)).message).toBe(message);
  });

  it("refuses a target for a dimension that does not exist (a forged post)", () => {
    expect(parse([...valid, ["target-telepathy", "2"]]).success).toBe(false);
  });

  it("refuses a closing day before the opening day, on the closing field", () => {
    expect(firstError(replace("closesOn", "2026-12-31"))).toEqual({ field: "closesOn", message: "errors.dateRangeOrder" });
  });
});

describe("enrolment window", () => {
  const window = { opensOn: "2027-01-01", closesOn: "2027-06-30" };
  it.each([
    ["2026-12-31", "not-yet-open"],
    ["2027-01-01", "open"],
    ["2027-06-30", "open"],
    ["2027-07-01", "closed"],
  ] as const)("on %s it is %s (both ends inclusive)", (today, state) => {
    expect(enrolmentWindowState(window, today)).toBe(state);
  });

  it("is always open without dates", () => {
    expect(enrolmentWindowState({ opensOn: null, closesOn: null }, "2030-01-01")).toBe("open");
  });
});
