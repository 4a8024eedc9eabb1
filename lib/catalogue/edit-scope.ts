import type { CatalogueItemKind } from "./item-schema";

// Who may change which catalogue items. Admins curate the whole catalogue. A programme officer
// adds and edits the support available where their programmes run: policy instruments of their
// programmes' countries. Case studies, generic instrument types (country "generic": a change
// shows in every country) and other countries' or international instruments stay with admins.
// Written once here, read by the guard (lib/auth), the queries (lib/db) and the forms.

export type CatalogueEditScope =
  | { kind: "all" }
  | {
      kind: "programmes";
      /** The officer's programmes; an officer assigned to none may edit nothing. */
      programmes: ReadonlyArray<{ id: string; name: string; country: string }>;
    };

/** Kinds an officer may add or edit; the country rule below still applies to each. */
export const officerEditableKinds: readonly CatalogueItemKind[] = ["policy-instrument", "instrument-type"];

/** The countries whose items the scope may touch; null = any. */
export function editableCountries(scope: CatalogueEditScope): ReadonlySet<string> | null {
  if (scope.kind === "all") return null;
  return new Set(scope.programmes.map((programme) => programme.country));
}

/**
 * Whether the scope may create, change, retire or reactivate an item of this kind and country.
 * Fails closed: an unknown scope kind, a kind outside officerEditableKinds or a country none of
 * the officer's programmes runs in means no. (An instrument type's country is "generic", which
 * is no programme's country, so officers never change those.)
 */
export function canEditCatalogueItem(scope: CatalogueEditScope, item: { kind: string; country: string }): boolean {
  if (scope.kind === "all") return true;
  if (scope.kind !== "programmes") return false;
  if (!(officerEditableKinds as readonly string[]).includes(item.kind)) return false;
  return scope.programmes.some((programme) => programme.country === item.country);
}

/** Kinds the scope may create at all (an officer with no programme may create none). */
export function creatableKinds(scope: CatalogueEditScope): CatalogueItemKind[] {
  if (scope.kind === "all") return ["case-study", "policy-instrument", "instrument-type"];
  // An officer can only ever satisfy the country rule with a national instrument of a programme's country.
  return scope.programmes.length > 0 ? ["policy-instrument"] : [];
}
