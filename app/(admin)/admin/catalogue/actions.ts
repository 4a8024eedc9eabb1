"use server";

import { forbidden, notFound, redirect } from "next/navigation";
import type { CatalogueFormState } from "@/components/catalogue/catalogue-form-state";
import { requireCatalogueEditAccess } from "@/lib/auth/guards";
import { catalogueBasePathFor } from "@/lib/auth/roles";
import { readCatalogueForm, readFormValues, type CatalogueFormValues } from "@/lib/catalogue/item-form";
import {
  createCatalogueItem,
  reactivateCatalogueItem,
  retireCatalogueItem,
  updateCatalogueItem,
  type CatalogueWriteResult,
} from "@/lib/db/queries/catalogue";
import { describeCatalogueIssues } from "@/lib/forms/catalogue-item-errors";
import { logUnexpectedError } from "@/lib/forms/unexpected-error";
import { getTranslator } from "@/lib/i18n/server";
import { CatalogueKindSchema, CatalogueStatusChangeSchema } from "./schema";

// The catalogue editor's actions, for admins (/admin/catalogue) and officers (/officer/catalogue):
// the guard decides what the caller may touch, the queries check it again in the transaction,
// and the caller returns to their own list. Nothing is saved unless the whole item is valid.

const first = (values: CatalogueFormValues, name: string) => values[name]?.[0] ?? "";

/** A refused write: 403 or 404 for scope and existence, the problems by field otherwise. */
async function refusal(result: Exclude<CatalogueWriteResult, { ok: true }>, values: CatalogueFormValues): Promise<CatalogueFormState> {
  if (result.reason === "forbidden") forbidden();
  if (result.reason === "not-found") notFound();
  return { status: "error", fieldErrors: describeCatalogueIssues(result.issues, await getTranslator()), values };
}

async function unexpected(context: string, error: unknown, values: CatalogueFormValues): Promise<CatalogueFormState> {
  const t = await getTranslator();
  return { status: "error", formError: t("errors.generic", { ref: logUnexpectedError(context, error) }), values };
}

/** Adds a catalogue item; admins any kind, officers policy instruments for one of their programmes. */
export async function createCatalogueItemAction(_previous: CatalogueFormState, formData: FormData): Promise<CatalogueFormState> {
  const { user, scope } = await requireCatalogueEditAccess();
  const t = await getTranslator();
  const values = readFormValues(formData.entries());
  const kind = CatalogueKindSchema.safeParse(first(values, "kind"));
  if (!kind.success) return { status: "error", formError: t("catalogue.errors.kindUnknown"), values };

  let programmeId: string | null = null;
  let submitted = values;
  if (scope.kind === "programmes") {
    // An officer's instrument is for one of their programmes, in that programme's country.
    const programme = scope.programmes.find((candidate) => candidate.id === first(values, "programmeId"));
    if (!programme) return { status: "error", fieldErrors: { programmeId: t("catalogue.errors.programme") }, values };
    programmeId = programme.id;
    submitted = { ...values, country: [programme.country] };
  }

  let result: CatalogueWriteResult;
  try {
    result = await createCatalogueItem(readCatalogueForm(submitted, kind.data), { id: user.id, role: user.role }, scope, { programmeId });
  } catch (error) {
    return unexpected("create-catalogue-item", error, values);
  }
  if (!result.ok) return refusal(result, values);
  redirect(`${catalogueBasePathFor(user.role)}?done=created&item=${result.item.id}`);
}

/** Saves an item's content; only within the caller's edit scope. */
export async function updateCatalogueItemAction(_previous: CatalogueFormState, formData: FormData): Promise<CatalogueFormState> {
  const values = readFormValues(formData.entries());
  const { user, scope, item } = await requireCatalogueEditAccess(first(values, "id"));
  // An officer cannot move an instrument to another country; the stored country stands.
  const submitted = scope.kind === "programmes" ? { ...values, country: [item.country] } : values;

  let result: CatalogueWriteResult;
  try {
    result = await updateCatalogueItem(item.id, readCatalogueForm(submitted, item.kind), { id: user.id, role: user.role }, scope);
  } catch (error) {
    return unexpected("update-catalogue-item", error, values);
  }
  if (!result.ok) return refusal(result, values);
  redirect(`${catalogueBasePathFor(user.role)}?done=${result.changed ? "updated" : "unchanged"}&item=${item.id}`);
}

async function changeStatus(formData: FormData, to: "retired" | "active"): Promise<void> {
  const parsed = CatalogueStatusChangeSchema.safeParse({ itemId: formData.get("itemId") });
  if (!parsed.success) notFound();
  const { user, scope, item } = await requireCatalogueEditAccess(parsed.data.itemId);
  const actor = { id: user.id, role: user.role };
  const result = to === "retired" ? await retireCatalogueItem(item.id, actor, scope) : await reactivateCatalogueItem(item.id, actor, scope);
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
