"use server";

import { revalidatePath } from "next/cache";
import type { Actor } from "@/lib/auth/actor";
import { redirect } from "next/navigation";
import { requirePlanAccess } from "@/lib/auth/guards";
import { failedForm, refusedForm, textValue, type FormActionState, type FormValues } from "@/lib/forms/form-result";
import { readForm } from "@/lib/forms/read-form";
import { logUnexpectedError } from "@/lib/forms/unexpected-error";
import type { MessageKey } from "@/lib/i18n";
import { getFormats, getTranslator } from "@/lib/i18n/server";
import { addPlanAction, changePlanActionStatus, removePlanAction, updatePlanAction, type PlanCommandResult } from "@/lib/server/plan/plan-commands";
import { planPath } from "@/lib/plan/plan-path";

// The plan page's actions: guard (the firm's members only), run the command, answer. Success goes
// back to the action on the plan page with a notice; a refusal answers in the form that was posted,
// with what was typed; a stale edit says who changed the action and when.

type Command = (firm: { id: string; country: string }, input: Record<string, unknown>, actor: Actor) => Promise<PlanCommandResult>;
type Done = "added" | "saved" | "status" | "removed";

async function run(formData: FormData, command: Command, done: Done, fieldsShown: boolean): Promise<FormActionState> {
  const { input, echo } = readForm(formData);
  const { user, firm } = await requirePlanAccess(textValue(input, "firmId"), "edit");
  const [t, formats] = await Promise.all([getTranslator(), getFormats()]);
  let result: PlanCommandResult;
  try {
    result = await command(firm, input, user);
  } catch (error) {
    return failedForm(t("errors.generic", { ref: logUnexpectedError(`plan-${done}`, error) }), echo);
  }
  if (result.ok) {
    revalidatePath(planPath(firm.id));
    const notice = done === "saved" && !result.changed ? "unchanged" : done;
    // After a removal the dimension stays open (?dimension=), even when that was its last action.
    const dimension = encodeURIComponent(textValue(input, "dimensionId"));
    redirect(done === "removed" ? `${planPath(firm.id)}?dimension=${dimension}&done=${notice}#dimension-${dimension}` : `${planPath(firm.id)}?done=${notice}#action-${result.actionId}`);
  }
  if (result.kind === "stale") {
    return failedForm(t("plan.stale", { name: result.updatedByName ?? t("plan.staleSomeone"), time: formats.dateTime(result.updatedAt) }), echo);
  }
  if (result.kind === "not-found") return failedForm(t("plan.notFound"), echo);
  const messages = Object.fromEntries(Object.entries(result.fieldErrors).map(([field, key]) => [field, t(key as MessageKey)]));
  // A form of hidden values only (a suggestion, a removal) has no field to show an error at.
  return fieldsShown ? refusedForm(messages, echo) : failedForm(Object.values(messages).join(" "), echo as FormValues);
}

export async function addPlanActionAction(_previous: FormActionState, formData: FormData): Promise<FormActionState> {
  return run(formData, addPlanAction, "added", true);
}

export async function addSuggestedActionAction(_previous: FormActionState, formData: FormData): Promise<FormActionState> {
  return run(formData, addPlanAction, "added", false);
}

export async function updatePlanActionAction(_previous: FormActionState, formData: FormData): Promise<FormActionState> {
  return run(formData, updatePlanAction, "saved", true);
}

export async function changePlanActionStatusAction(_previous: FormActionState, formData: FormData): Promise<FormActionState> {
  return run(formData, changePlanActionStatus, "status", true);
}

export async function removePlanActionAction(_previous: FormActionState, formData: FormData): Promise<FormActionState> {
  return run(formData, removePlanAction, "removed", false);
}
