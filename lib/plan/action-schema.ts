import { z } from "zod";
import { CatalogueItemIdSchema } from "@/lib/catalogue/item-schema";
import { dimensionIds, type DimensionId } from "@/lib/questionnaire/taxonomy";
import { userText } from "@/lib/text/user-text";
import { planActionStatuses } from "./plan-action";

// The fields of one improvement-plan action as a form posts them (every value a string), checked
// by the same schema in the browser (react-hook-form) and in the server action (decision 009).
// Messages are lib/i18n keys under plan.errors; each error is keyed by its field's name. Whether
// the owner is a member of the firm and the instrument active is asked of the database by the
// command (lib/server/plan), which answers with the same kind of field error.

export const maxTitleLength = 200;
export const maxNotesLength = 2000;
export const maxEstimatedCost = 1_000_000_000;

/** "" (the form's empty choice) reads as no value. */
const emptyToNull = (value: unknown) => (value === "" || value === undefined || value === null ? null : value);

const isoDay = /^\d{4}-\d{2}-\d{2}$/;

/** A calendar day "YYYY-MM-DD" that exists (no 31 June). */
export function isCalendarDay(value: string): boolean {
  if (!isoDay.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

const DaySchema = z.preprocess(emptyToNull, z.string().refine(isCalendarDay, "plan.errors.dateInvalid").nullable());

/** A whole amount typed by a person: digits only (spaces and thousands separators allowed), 0 to 1e9. */
const CostSchema = z.preprocess(
  (value) => (typeof value === "string" ? (value.replace(/[\s,]/g, "") === "" ? null : value.replace(/[\s,]/g, "")) : emptyToNull(value)),
  z
    .string()
    .refine((value) => !value.startsWith("-"), { message: "plan.errors.costNegative", abort: true })
    .refine((value) => /^\d+$/.test(value), { message: "plan.errors.costWhole", abort: true })
    .refine((value) => Number(value) <= maxEstimatedCost, "plan.errors.costTooHigh")
    .transform(Number)
    .nullable(),
);

const CurrencySchema = z.preprocess(
  (value) => (typeof value === "string" ? (value.trim() === "" ? null : value.trim().toUpperCase()) : emptyToNull(value)),
  z.string().regex(/^[A-Z]{3}$/, "plan.errors.currencyInvalid").nullable(),
);

export const PlanActionFieldsSchema = z
  .object({
    dimensionId: z.enum(dimensionIds as [DimensionId, ...DimensionId[]], "plan.errors.dimensionUnknown"),
    title: userText({ max: maxTitleLength, tooLong: "plan.errors.titleTooLong", required: "plan.errors.titleRequired" }),
    notes: z.preprocess((value) => value ?? "", userText({ max: maxNotesLength, tooLong: "plan.errors.notesTooLong" })).transform((value) => value || null),
    ownerUserId: z.preprocess(emptyToNull, z.uuid("plan.errors.ownerNotMember").nullable()),
    startsOn: DaySchema,
    dueOn: DaySchema,
    estimatedCost: CostSchema,
    currency: CurrencySchema,
    instrumentId: z.preprocess(emptyToNull, z.string().refine((id) => CatalogueItemIdSchema.safeParse(id).success, "plan.errors.instrumentUnknown").nullable()),
    status: z.preprocess((value) => emptyToNull(value) ?? "planned", z.enum(planActionStatuses, "plan.errors.statusUnknown")),
  })
  .superRefine((fields, ctx) => {
    if (fields.startsOn && fields.dueOn && fields.startsOn > fields.dueOn) ctx.addIssue({ code: "custom", path: ["dueOn"], message: "plan.errors.dueBeforeStart" });
  });

export type PlanActionFields = z.output<typeof PlanActionFieldsSchema>;

/** A new action: its fields and the firm whose plan it joins. */
export const AddPlanActionSchema = PlanActionFieldsSchema.and(z.object({ firmId: z.uuid("plan.errors.notFound") }));

/** An edit names the action and the version the person read, so a stale edit is refused (decision 023). */
export const UpdatePlanActionSchema = PlanActionFieldsSchema.and(
  z.object({
    firmId: z.uuid("plan.errors.notFound"),
    actionId: z.uuid("plan.errors.notFound"),
    version: z.coerce.number("plan.errors.notFound").int().min(1, "plan.errors.notFound"),
  }),
);

/** The quick status change beside each action, and removal: only the action, its version and the new status. */
export const PlanActionStatusChangeSchema = z.object({
  firmId: z.uuid(),
  actionId: z.uuid(),
  version: z.coerce.number().int().min(1),
  status: z.enum(planActionStatuses),
});

export const RemovePlanActionSchema = z.object({ firmId: z.uuid(), actionId: z.uuid(), version: z.coerce.number().int().min(1) });

/** The form's field names, in the order the form shows them (the error summary follows it). */
export const planActionFieldNames = ["title", "ownerUserId", "startsOn", "dueOn", "estimatedCost", "currency", "instrumentId", "status", "notes"] as const;
