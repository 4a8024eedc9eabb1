import { describe, expect, it } from "vitest";
import { canEditCatalogueItem, creatableKinds, editableCountries, type CatalogueEditScope } from "@/lib/catalogue/edit-scope";

const admin: CatalogueEditScope = { kind: "all" };
const penangOfficer: CatalogueEditScope = { kind: "programmes", programmes: [{ id: "p1", name: "Penang", country: "MY" }] };
const idleOfficer: CatalogueEditScope = { kind: "programmes", programmes: [] };

describe("the catalogue edit scope", () => {
  it.each([
    [admin, "case-study", "CN", true],
    [admin, "instrument-type", "generic", true],
    [admin, "policy-instrument", "international", true],
    [penangOfficer, "policy-instrument", "MY", true],
    [penangOfficer, "policy-instrument", "TH", false],
    [penangOfficer, "policy-instrument", "international", false],
    [penangOfficer, "instrument-type", "generic", false],
    [penangOfficer, "case-study", "MY", false],
    [penangOfficer, "something-new", "MY", false],
    [idleOfficer, "policy-instrument", "MY", false],
  ] as const)("%j may touch a %s of %s: %s", (scope, kind, country, expected) => {
    expect(canEditCatalogueItem(scope, { kind, country })).toBe(expected);
  });

  it("fails closed for a scope kind it does not know", () => {
    expect(canEditCatalogueItem({ kind: "auditor" } as unknown as CatalogueEditScope, { kind: "policy-instrument", country: "MY" })).toBe(false);
  });

  it("lets officers create policy instruments only, and only with a programme", () => {
    expect(creatableKinds(admin)).toEqual(["case-study", "policy-instrument", "instrument-type"]);
    expect(creatableKinds(penangOfficer)).toEqual(["policy-instrument"]);
    expect(creatableKinds(idleOfficer)).toEqual([]);
    expect(editableCountries(admin)).toBeNull();
    expect([...editableCountries(penangOfficer)!]).toEqual(["MY"]);
  });
});
