"use server";

import { forbidden, notFound, redirect } from "next/navigation";
import { requireCatalogueEditAccess } from "@/lib/auth/guards";
import { catalogueBasePathFor } from "@/lib/auth/roles";
import { catalogueIssueMessages } from "@/lib/catalogue/issue-messages";
import { catalogueItemFormSchema, catalogueListFields, type CatalogueFormValues } from "@/lib/catalogue/item-form";
import {
  createCatalogueItem,
  reactivateCatalogueItem,
  retireCatalogueItem,
  updateCatalogueItem,
  type CatalogueWriteResult,
} from "@/lib/db/queries/catalogue";
import { refuseInvalidForm } from "@/lib/forms/field-errors";
import { failedForm, refusedForm, textValue, type FormActionState } from "@/lib/forms/form-result";
import { readForm } from "@/lib/forms/read-form";
import { logUnexpectedError } from "@/lib/forms/unexpected-error";
import { getTranslator } from "@/lib/i18n/server";
import { CatalogueKindSchema, CatalogueStatusChangeSchema } from "./schema";

// The catalogue editor's actions, for admins (/admin/catalogue) and officers (/officer/catalogue):
// the guard decides what the caller may touch, the form's schema (the browser's too) names every
// problem by field, the queries check scope, ids and related items again in the transaction, and
// the caller returns to their own list. Nothing is saved unless the whole item is valid.

/** A refused write: 403 or 404 for scope and existence, the problems by field otherwise. */
async function refusal(result: Exclude<CatalogueWriteResult, { ok: true }>, values: CatalogueFormValues): Promise<FormActionState> {
  if (result.reason === "forbidden") forbidden();
  if (result.reason === "not-found") notFound();
  return refusedForm(catalogueIssueMessages(result.issues, await getTranslator()), values);
}

async function unexpected(context: string, error: unknown, values: CatalogueFormValues): Promise<FormActionState> {
  const t = await getTranslator();
  return failedForm(t("errors.generic", { ref: logUnexpectedError(context, error) }), values);
}

/** Adds a catalogue item; admins any kind, officers policy instruments for one of their programmes. */
export async function createCatalogueItemAction(_previous: FormActionState, formData: FormData): Promise<FormActionState> {
  const { user, scope } = await requireCatalogueEditAccess();
  const t = await getTranslator();
  const { input, echo } = readForm(formData, { lists: catalogueListFields });
  if (!CatalogueKindSchema.safeParse(textValue(input, "kind")).success) return failedForm(t("catalogue.errors.kindUnknown"), echo);
  // An officer's instrument is for one of their programmes, in that programme's country.
  const programmeCountries = scope.kind === "programmes" ? Object.fromEntries(scope.programmes.map((programme) => [programme.id, programme.country])) : undefined;
  const parsed = catalogueItemFormSchema({ programmeCountries }).safeParse(input);
  if (!parsed.success) return refuseInvalidForm(parsed.error, t, echo);
  const programmeId = programmeCountries ? textValue(input, "programmeId") : null;

  let result: CatalogueWriteResult;
  try {
    result = await createCatalogueItem(parsed.data, user, scope, { programmeId });
  } catch (error) {
    return unexpected("create-catalogue-item", error, echo);
  }
  if (!result.ok) return refusal(result, echo);
  redirect(`${catalogueBasePathFor(user.role)}?done=created&item=${result.item.id}`);
}

/** Saves an item's content; only within the caller's edit scope. */
export async function updateCatalogueItemAction(_previous: FormActionState, formData: FormData): Promise<FormActionState> {
  const { input, echo } = readForm(formData, { lists: catalogueListFields });
  const { user, scope, item } = await requireCatalogueEditAccess(textValue(input, "id"));
  const t = await getTranslator();
  // The kind and id are the stored item's; an officer cannot move an instrument to another country.
  const submitted = { ...input, kind: item.kind, id: item.id, ...(scope.kind === "programmes" ? { country: item.country } : {}) };
  const parsed = catalogueItemFormSchema().safeParse(submitted);
  if (!parsed.success) return refuseInvalidForm(parsed.error, t, echo);

  let result: CatalogueWriteResult;
  try {
    result = await updateCatalogueItem(item.id, parsed.data, user, scope);
  } catch (error) {
    return unexpected("update-catalogue-item", error, echo);
  }
  if (!result.ok) return refusal(result, echo);
  redirect(`${catalogueBasePathFor(user.role)}?done=${result.changed ? "updated" : "unchanged"}&item=${item.id}`);
}

async function changeStatus(formData: FormData, to: "retired" | "active"): Promise<void> {
  const parsed = CatalogueStatusChangeSchema.safeParse({ itemId: formData.get("itemId") });
  if (!parsed.success) notFound();
  const { user, scope, item } = await requireCatalogueEditAccess(parsed.data.itemId);
  const result = to === "retired" ? await retireCatalogueItem(item.id, user, scope) : await reactivateCatalogueItem(item.id, user, scope);
  if (!result.ok) (result.reason === "forbidden" ? forbidden : notFound)();
  redirect(`${catalogueBasePathFor(user.role)}?done=${to === "retired" ? "retired" : "reactivated"}&item=${item.id}`);
}

/** Retires an item (out of recommendations and the public list); audit-logged. */
export async function retireCatalogueItemAction(formData: FormData): Promise<void> {
  await changeStatus(formData, "retired");
}

/** Reactivates a retired item; audit-logged. */
export async function reactivateCatalogueItemAction(formData: FormData): Promise<void> {
  await changeStatus(formData, "active");
}
