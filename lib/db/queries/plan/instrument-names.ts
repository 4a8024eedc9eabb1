import "server-only";
import { inArray, sql } from "drizzle-orm";
import type { LocalizedText } from "@/lib/catalogue/item-schema";
import { getDb } from "../../client";
import { catalogueItems } from "../../schema";

/**
 * The names of the catalogue items a plan links, retired ones included (an action keeps naming the
 * instrument it was planned with). Items are public, so no scope is needed.
 */
export async function getCatalogueNames(ids: readonly string[]): Promise<Map<string, LocalizedText>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const rows = await getDb()
    .select({ id: catalogueItems.id, name: sql<LocalizedText>`${catalogueItems.item} -> 'name'` })
    .from(catalogueItems)
    .where(inArray(catalogueItems.id, unique));
  return new Map(rows.map((row) => [row.id, row.name]));
}
