import { CatalogueItemSchema, type CatalogueItem } from "./item-schema";
import { shippedItems } from "./items";

/** How many problems an error message lists before summarising the rest. */
const maxListedProblems = 12;

function itemLabel(source: unknown, index: number): string {
  const id = (source as { id?: unknown } | null)?.id;
  return typeof id === "string" ? `"${id}"` : `#${index + 1} (without id)`;
}

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

/**
 * Validates a list of catalogue items: each against CatalogueItemSchema, ids unique, related
 * items present. Throws an error naming the item and the fields to fix, so a broken content file
 * fails at start-up and in the unit tests rather than as a blank card in front of a firm.
 * The result is sorted by id (so nothing downstream depends on file order) and frozen.
 */
export function buildCatalogue(sources: readonly unknown[]): readonly CatalogueItem[] {
  const problems: string[] = [];
  const items: CatalogueItem[] = [];
  sources.forEach((source, index) => {
    const parsed = CatalogueItemSchema.safeParse(source);
    if (parsed.success) {
      items.push(parsed.data);
      return;
    }
    for (const issue of parsed.error.issues) {
      problems.push(`item ${itemLabel(source, index)}, ${issue.path.map(String).join(".") || "(root)"}: ${issue.message}`);
    }
  });
  const ids = new Set<string>();
  for (const item of items) {
    if (ids.has(item.id)) problems.push(`item "${item.id}" is listed twice`);
    ids.add(item.id);
  }
  for (const item of items) {
    for (const related of item.relatedItemIds) {
      if (!ids.has(related)) problems.push(`item "${item.id}", relatedItemIds: no item "${related}"`);
    }
  }
  if (problems.length > 0) {
    const listed = problems.slice(0, maxListedProblems).map((problem) => `  - ${problem}`);
    if (problems.length > maxListedProblems) listed.push(`  … and ${problems.length - maxListedProblems} more`);
    throw new Error(`The catalogue is invalid:\n${listed.join("\n")}`);
  }
  return deepFreeze(items.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)));
}

/** Every shipped item (the seed of the database catalogue), validated at load, sorted by id. */
export const catalogue: readonly CatalogueItem[] = buildCatalogue(shippedItems);

const byId = new Map(catalogue.map((item) => [item.id, item] as const));

export function getCatalogueItem(id: string): CatalogueItem | undefined {
  return byId.get(id);
}
