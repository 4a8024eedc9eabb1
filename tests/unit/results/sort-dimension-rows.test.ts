import { describe, expect, it } from "vitest";
import { ariaSortFor, nextSortOrder, parseSortOrder, sortDimensionRows, sortQuery } from "@/components/results/sort-dimension-rows";

const collator = new Intl.Collator("en");
// Questionnaire order; "b" and "d" tie on the displayed gap (1.3), "a" and "c" on the current level.
const rows = [
  { id: "a", title: "Operations", current: 1, gap: 2 },
  { id: "b", title: "automation", current: 2.3333, gap: 1.3333 },
  { id: "c", title: "Leadership", current: 1.04, gap: 0 },
  { id: "d", title: "Connectivity", current: 3.6667, gap: 1.3 },
];
const ids = (sorted: typeof rows) => sorted.map((r) => r.id);

describe("parseSortOrder", () => {
  it("reads a known column and direction", () => {
    expect(parseSortOrder("gap", "asc")).toEqual({ column: "gap", direction: "asc" });
    expect(parseSortOrder("dimension", "desc")).toEqual({ column: "dimension", direction: "desc" });
  });
  it("gives each column its first direction when the direction is missing or unknown", () => {
    expect(parseSortOrder("gap", undefined)).toEqual({ column: "gap", direction: "desc" });
    expect(parseSortOrder("current", "sideways")).toEqual({ column: "current", direction: "asc" });
    expect(parseSortOrder("dimension", ["asc", "desc"])).toEqual({ column: "dimension", direction: "asc" });
  });
  it("means questionnaire order for an unknown or missing column", () => {
    expect(parseSortOrder(undefined, "asc")).toBeNull();
    expect(parseSortOrder("priority", "desc")).toBeNull();
    expect(parseSortOrder(["gap"], "desc")).toBeNull();
  });
});

describe("nextSortOrder", () => {
  it("flips the direction of the sorted column", () => {
    expect(nextSortOrder("gap", { column: "gap", direction: "desc" })).toEqual({ column: "gap", direction: "asc" });
    expect(nextSortOrder("gap", { column: "gap", direction: "asc" })).toEqual({ column: "gap", direction: "desc" });
  });
  it("starts another column in its first direction", () => {
    expect(nextSortOrder("gap", null)).toEqual({ column: "gap", direction: "desc" });
    expect(nextSortOrder("dimension", { column: "gap", direction: "desc" })).toEqual({ column: "dimension", direction: "asc" });
    expect(nextSortOrder("current", { column: "dimension", direction: "desc" })).toEqual({ column: "current", direction: "asc" });
  });
});

describe("sortDimensionRows", () => {
  it("keeps questionnaire order without a sort order, and does not change its input", () => {
    const copy = structuredClone(rows);
    expect(ids(sortDimensionRows(rows, null, collator))).toEqual(["a", "b", "c", "d"]);
    sortDimensionRows(rows, { column: "gap", direction: "desc" }, collator);
    expect(rows).toEqual(copy);
  });
  it("sorts by gap, ties on the displayed value kept in questionnaire order in both directions", () => {
    expect(ids(sortDimensionRows(rows, { column: "gap", direction: "desc" }, collator))).toEqual(["a", "b", "d", "c"]);
    expect(ids(sortDimensionRows(rows, { column: "gap", direction: "asc" }, collator))).toEqual(["c", "b", "d", "a"]);
  });
  it("sorts by current level as displayed (1.0 and 1.04 tie)", () => {
    expect(ids(sortDimensionRows(rows, { column: "current", direction: "asc" }, collator))).toEqual(["a", "c", "b", "d"]);
    expect(ids(sortDimensionRows(rows, { column: "current", direction: "desc" }, collator))).toEqual(["d", "b", "a", "c"]);
  });
  it("sorts by title with the reader's collation, not by code point", () => {
    expect(ids(sortDimensionRows(rows, { column: "dimension", direction: "asc" }, collator))).toEqual(["b", "d", "c", "a"]);
    expect(ids(sortDimensionRows(rows, { column: "dimension", direction: "desc" }, collator))).toEqual(["a", "c", "d", "b"]);
  });
});

describe("ariaSortFor", () => {
  it("marks only the sorted column", () => {
    const order = { column: "gap", direction: "desc" } as const;
    expect(ariaSortFor("gap", order)).toBe("descending");
    expect(ariaSortFor("current", order)).toBeUndefined();
    expect(ariaSortFor("dimension", { column: "dimension", direction: "asc" })).toBe("ascending");
    expect(ariaSortFor("gap", null)).toBeUndefined();
  });
});

describe("sortQuery", () => {
  it("builds the link's query and keeps the revision", () => {
    expect(sortQuery({ column: "gap", direction: "desc" })).toBe("?sort=gap&dir=desc");
    expect(sortQuery({ column: "current", direction: "asc" }, { revision: "2" })).toBe("?revision=2&sort=current&dir=asc");
  });
  it("drops empty parameters and never repeats sort or dir", () => {
    expect(sortQuery({ column: "dimension", direction: "asc" }, { revision: undefined, sort: "gap", dir: "desc" })).toBe("?sort=dimension&dir=asc");
  });
});
