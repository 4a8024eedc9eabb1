import { describe, expect, it } from "vitest";
import { PlanActionFieldsSchema, UpdatePlanActionSchema, isCalendarDay } from "@/lib/plan/action-schema";
import { defaultCurrencyFor } from "@/lib/plan/currency";
import { completedAtAfter } from "@/lib/plan/status-change";

// The fields of a plan action as a form posts them: each rule answers at its own field with a
// message key the page words for people (plan.errors.*).

const valid = { dimensionId: "skills", title: "Train two operators", notes: "", ownerUserId: "", startsOn: "", dueOn: "", estimatedCost: "", currency: "", instrumentId: "", status: "" };

function errorsOf(input: Record<string, unknown>): Record<string, string> {
  const parsed = PlanActionFieldsSchema.safeParse(input);
  if (parsed.success) return {};
  return Object.fromEntries(parsed.error.issues.map((issue) => [String(issue.path[0]), issue.message]));
}

describe("plan action fields", () => {
  it("accepts a title alone, reading empty choices as none and the status as planned", () => {
    expect(PlanActionFieldsSchema.parse(valid)).toEqual({
      dimensionId: "skills",
      title: "Train two operators",
      notes: null,
      ownerUserId: null,
      startsOn: null,
      dueOn: null,
      estimatedCost: null,
      currency: null,
      instrumentId: null,
      status: "planned",
    });
  });

  it("requires a title of at most 200 characters, and notes of at most 2000", () => {
    expect(errorsOf({ ...valid, title: "  \u200B " })).toEqual({ title: "plan.errors.titleRequired" });
    expect(errorsOf({ ...valid, title: "x".repeat(201) })).toEqual({ title: "plan.errors.titleTooLong" });
    expect(errorsOf({ ...valid, title: "x".repeat(200) })).toEqual({});
    expect(errorsOf({ ...valid, notes: "n".repeat(2001) })).toEqual({ notes: "plan.errors.notesTooLong" });
  });

  it("refuses dates that are not calendar days, and a due date before the start at the due date", () => {
    expect(errorsOf({ ...valid, startsOn: "2027-02-30" })).toEqual({ startsOn: "plan.errors.dateInvalid" });
    expect(errorsOf({ ...valid, dueOn: "31/03/2027" })).toEqual({ dueOn: "plan.errors.dateInvalid" });
    expect(errorsOf({ ...valid, startsOn: "2027-05-01", dueOn: "2027-04-30" })).toEqual({ dueOn: "plan.errors.dueBeforeStart" });
    expect(errorsOf({ ...valid, startsOn: "2027-05-01", dueOn: "2027-05-01" })).toEqual({});
    expect(isCalendarDay("2028-02-29")).toBe(true);
    expect(isCalendarDay("2027-02-29")).toBe(false);
  });

  it("takes a whole cost from 0 to 1e9, refusing negatives, fractions and more", () => {
    expect(PlanActionFieldsSchema.parse({ ...valid, estimatedCost: "25,000" }).estimatedCost).toBe(25000);
    expect(PlanActionFieldsSchema.parse({ ...valid, estimatedCost: "0" }).estimatedCost).toBe(0);
    expect(errorsOf({ ...valid, estimatedCost: "-5" })).toEqual({ estimatedCost: "plan.errors.costNegative" });
    expect(errorsOf({ ...valid, estimatedCost: "12.50" })).toEqual({ estimatedCost: "plan.errors.costWhole" });
    expect(errorsOf({ ...valid, estimatedCost: "1000000001" })).toEqual({ estimatedCost: "plan.errors.costTooHigh" });
    expect(PlanActionFieldsSchema.parse({ ...valid, estimatedCost: "1000000000" }).estimatedCost).toBe(1e9);
  });

  it("takes a currency as a three-letter code in any case", () => {
    expect(PlanActionFieldsSchema.parse({ ...valid, currency: "myr" }).currency).toBe("MYR");
    expect(errorsOf({ ...valid, currency: "RM" })).toEqual({ currency: "plan.errors.currencyInvalid" });
  });

  it("names the field of an unknown dimension, status, owner or instrument", () => {
    expect(errorsOf({ ...valid, dimensionId: "marketing" })).toEqual({ dimensionId: "plan.errors.dimensionUnknown" });
    expect(errorsOf({ ...valid, status: "finished" })).toEqual({ status: "plan.errors.statusUnknown" });
    expect(errorsOf({ ...valid, ownerUserId: "someone" })).toEqual({ ownerUserId: "plan.errors.ownerNotMember" });
    expect(errorsOf({ ...valid, instrumentId: "Not An Id" })).toEqual({ instrumentId: "plan.errors.instrumentUnknown" });
  });

  it("has an edit name the action and the version read", () => {
    const edit = { ...valid, firmId: "7d9f4a52-8c1e-4b2a-9f3e-1a2b3c4d5e6f", actionId: "0b1c2d3e-4f5a-4b6c-8d7e-9f0a1b2c3d4e" };
    expect(UpdatePlanActionSchema.safeParse(edit).success).toBe(false);
    expect(UpdatePlanActionSchema.parse({ ...edit, version: "3" }).version).toBe(3);
  });
});

describe("the default currency", () => {
  it("is the firm's country's, else US dollars", () => {
    expect(defaultCurrencyFor("MY")).toBe("MYR");
    expect(defaultCurrencyFor("PK")).toBe("PKR");
    expect(defaultCurrencyFor("de")).toBe("EUR");
    expect(defaultCurrencyFor("FR")).toBe("USD");
  });
});

describe("completedAt across status changes", () => {
  const now = new Date("2027-03-01T08:00:00Z");
  const earlier = new Date("2027-02-01T08:00:00Z");
  it("is set on entering done, kept while done, cleared on leaving it", () => {
    expect(completedAtAfter({ status: "in_progress", completedAt: null }, "done", now)).toEqual(now);
    expect(completedAtAfter({ status: "done", completedAt: earlier }, "done", now)).toEqual(earlier);
    expect(completedAtAfter({ status: "done", completedAt: earlier }, "planned", now)).toBeNull();
    expect(completedAtAfter({ status: "dropped", completedAt: null }, "in_progress", now)).toBeNull();
  });
});
