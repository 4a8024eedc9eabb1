// Sorting of the dimension table, done on the server from the query string so it works
// without JavaScript: each column heading is a link such as ?sort=gap&dir=desc.

export const sortColumns = ["dimension", "current", "gap"] as const;
export type SortColumn = (typeof sortColumns)[number];
export type SortDirection = "asc" | "desc";
export type SortOrder = { column: SortColumn; direction: SortDirection };

/** The direction a column sorts in when first chosen: largest gap first, weakest score first, A to Z. */
const firstDirection: Record<SortColumn, SortDirection> = { dimension: "asc", current: "asc", gap: "desc" };

const isColumn = (value: unknown): value is SortColumn => typeof value === "string" && (sortColumns as readonly string[]).includes(value);

/**
 * The sort order asked for in the query, or null for questionnaire order (the chart's order).
 * An unknown column means questionnaire order; an unknown direction means the column's first direction.
 */
export function parseSortOrder(sort: unknown, dir: unknown): SortOrder | null {
  if (!isColumn(sort)) return null;
  return { column: sort, direction: dir === "asc" || dir === "desc" ? dir : firstDirection[sort] };
}

/** The order a heading link asks for: the other direction when the column is already sorted, else its first direction. */
export function nextSortOrder(column: SortColumn, current: SortOrder | null): SortOrder {
  if (current?.column === column) return { column, direction: current.direction === "asc" ? "desc" : "asc" };
  return { column, direction: firstDirection[column] };
}

export type SortableRow = { title: string; current: number; gap: number };

/**
 * Rows in the requested order; ties (and a null order) keep the given questionnaire order, so
 * the result is stable and the same on every request. Numbers are compared as displayed
 * (one decimal), so two rows that both read "1.3" tie rather than sort by hidden decimals.
 */
export function sortDimensionRows<T extends SortableRow>(rows: readonly T[], order: SortOrder | null, collator: Intl.Collator): T[] {
  const indexed = rows.map((row, index) => ({ row, index }));
  if (!order) return indexed.map(({ row }) => row);
  const shown = (value: number) => Math.round(value * 10);
  const compare = (a: T, b: T): number => {
    switch (order.column) {
      case "dimension":
        return collator.compare(a.title, b.title);
      case "current":
        return shown(a.current) - shown(b.current);
      case "gap":
        return shown(a.gap) - shown(b.gap);
    }
  };
  const sign = order.direction === "asc" ? 1 : -1;
  return indexed.sort((a, b) => sign * compare(a.row, b.row) || a.index - b.index).map(({ row }) => row);
}

/** aria-sort for a column heading: only the sorted column carries it. */
export function ariaSortFor(column: SortColumn, order: SortOrder | null): "ascending" | "descending" | undefined {
  if (order?.column !== column) return undefined;
  return order.direction === "asc" ? "ascending" : "descending";
}

/** The query string of a heading link, keeping the other parameters (e.g. revision) as they are. */
export function sortQuery(order: SortOrder, keep: Readonly<Record<string, string | undefined>> = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(keep)) if (value !== undefined && key !== "sort" && key !== "dir") params.set(key, value);
  params.set("sort", order.column);
  params.set("dir", order.direction);
  return `?${params.toString()}`;
}
