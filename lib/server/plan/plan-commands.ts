import "server-only";
import type { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { CatalogueItemIdSchema } from "@/lib/catalogue/item-schema";
import {
  deletePlanAction,
  insertPlanAction,
  updatePlanActionRow,
  type PlanActionWrite,
  type PlanFieldRefusal,
  type PlanStaleRefusal,
} from "@/lib/db/queries/plan/plan-action-writes";
import { PlanActionFieldsSchema, PlanActionStatusChangeSchema, RemovePlanActionSchema, UpdatePlanActionSchema, type PlanActionFields } from "@/lib/plan/action-schema";
import { defaultCurrencyFor } from "@/lib/plan/currency";

// The improvement plan's commands (decision 018): each parses its input with the form's own schema,
// fills in what the firm implies (the currency of its country), and calls one transactional write
// (lib/db/queries/plan/plan-action-writes.ts). Callers have passed requirePlanAccess(firmId, "edit").
// A refusal names message keys by field (the route translates them) and changes nothing.

/** The firm whose plan is changed, as the guard returned it. */
export type PlanFirm = { id: string; country: string };

export type PlanCommandResult =
  | { ok: true; actionId: string; changed: boolean }
  | { ok: false; kind: "invalid"; fieldErrors: Record<string, string> }
  | { ok: false; kind: "stale"; updatedAt: Date; updatedByName: string | null }
  | { ok: false; kind: "not-found" };

const problemKeys: Record<PlanFieldRefusal["problem"], string> = {
  "owner-not-member": "plan.errors.ownerNotMember",
  "instrument-retired": "plan.errors.instrumentRetired",
  "instrument-unknown": "plan.errors.instrumentUnknown",
};

/** The first problem of each field, as message keys (a nested path counts for its field). */
function fieldProblems(error: z.ZodError): Record<string, string> {
  const problems: Record<string, string> = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? "form");
    problems[field] ??= issue.message;
  }
  return problems;
}

function refusedField(refusal: PlanFieldRefusal): PlanCommandResult {
  return { ok: false, kind: "invalid", fieldErrors: { [refusal.field]: problemKeys[refusal.problem] } };
}

function stale(refusal: PlanStaleRefusal): PlanCommandResult {
  return { ok: false, kind: "stale", updatedAt: refusal.updatedAt, updatedByName: refusal.updatedByName };
}

/** A cost is kept in a currency: the one given, or the firm's country's. No cost, no currency. */
function withCurrency(fields: PlanActionFields, firm: PlanFirm): PlanActionWrite {
  return { ...fields, currency: fields.estimatedCost === null ? null : (fields.currency ?? defaultCurrencyFor(firm.country)) };
}

/** Adds an action; `suggestedFrom` (a catalogue item id) when the person added a suggestion. */
export async function addPlanAction(firm: PlanFirm, input: Record<string, unknown>, actor: Actor): Promise<PlanCommandResult> {
  const parsed = PlanActionFieldsSchema.safeParse(input);
  if (!parsed.success) return { ok: false, kind: "invalid", fieldErrors: fieldProblems(parsed.error) };
  const suggestedFrom = typeof input.suggestedFrom === "string" && CatalogueItemIdSchema.safeParse(input.suggestedFrom).success ? input.suggestedFrom : null;
  const result = await insertPlanAction(firm.id, withCurrency(parsed.data, firm), suggestedFrom, actor);
  return result.ok ? { ok: true, actionId: result.id, changed: true } : refusedField(result);
}

/** Saves an edited action, only over the version the person read. */
export async function updatePlanAction(firm: PlanFirm, input: Record<string, unknown>, actor: Actor): Promise<PlanCommandResult> {
  const parsed = UpdatePlanActionSchema.safeParse({ ...input, firmId: firm.id });
  if (!parsed.success) return { ok: false, kind: "invalid", fieldErrors: fieldProblems(parsed.error) };
  const { actionId, version, firmId: _firmId, ...fields } = parsed.data;
  const result = await updatePlanActionRow(firm.id, actionId, version, withCurrency(fields, firm), actor);
  if (result.ok) return { ok: true, actionId, changed: result.changed };
  if (result.reason === "invalid") return refusedField(result);
  return result.reason === "stale" ? stale(result) : { ok: false, kind: "not-found" };
}

/** The quick status change beside an action: only the status, over the version the person read. */
export async function changePlanActionStatus(firm: PlanFirm, input: Record<string, unknown>, actor: Actor): Promise<PlanCommandResult> {
  const parsed = PlanActionStatusChangeSchema.safeParse({ ...input, firmId: firm.id });
  if (!parsed.success) return { ok: false, kind: "invalid", fieldErrors: fieldProblems(parsed.error) };
  const { actionId, version, status } = parsed.data;
  const result = await updatePlanActionRow(firm.id, actionId, version, { status }, actor);
  if (result.ok) return { ok: true, actionId, changed: result.changed };
  if (result.reason === "invalid") return refusedField(result);
  return result.reason === "stale" ? stale(result) : { ok: false, kind: "not-found" };
}

/** Removes an action (dropping it keeps it in the plan; removing takes it out). */
export async function removePlanAction(firm: PlanFirm, input: Record<string, unknown>, actor: Actor): Promise<PlanCommandResult> {
  const parsed = RemovePlanActionSchema.safeParse({ ...input, firmId: firm.id });
  if (!parsed.success) return { ok: false, kind: "not-found" };
  const result = await deletePlanAction(firm.id, parsed.data.actionId, parsed.data.version, actor);
  if (result.ok) return { ok: true, actionId: parsed.data.actionId, changed: true };
  return result.reason === "stale" ? stale(result) : { ok: false, kind: "not-found" };
}
