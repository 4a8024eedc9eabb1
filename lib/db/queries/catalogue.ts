import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { and, asc, eq, inArray, or, sql, type SQL } from "drizzle-orm";
import type { z } from "zod";
import { canEditCatalogueItem, type CatalogueEditScope } from "@/lib/catalogue/edit-scope";
import { validateCatalogueItem } from "@/lib/catalogue/item-form";
import { requestLogger } from "@/lib/log/request-logger";
import {
  CatalogueItemIdSchema,
  CatalogueItemSchema,
  type CatalogueItem,
  type CatalogueItemKind,
  type CatalogueItemStatus,
  type LocalizedText,
} from "@/lib/catalogue/item-schema";
import { getDb, type Executor } from "../client";
import { catalogueItems, programmes } from "../schema";
import { recordAuditEvent } from "./audit";

// The catalogue as the app and the public API read it, and the only way it changes: every write
// is validated with CatalogueItemSchema (the same schema as the shipped files), checked against
// the caller's edit scope (lib/catalogue/edit-scope.ts) and audit-logged in its own transaction.


export type CatalogueFilters = {
  kind?: CatalogueItemKind;
  /** A country code, "international" or "generic": the item's own country field. */
  country?: string;
  /** Default "all": the admin list shows retired items too; the public API asks for "active". */
  status?: CatalogueItemStatus | "all";
  /** ISIC division the item is tagged with. */
  sector?: string;
  technology?: string;
  dimension?: string;
  challenge?: string;
  /** Words in the id, name or title (either language), case-insensitive. */
  search?: string;
  limit?: number;
  offset?: number;
};

export type CatalogueEntry = {
  id: string;
  kind: CatalogueItemKind;
  country: string;
  status: CatalogueItemStatus;
  item: CatalogueItem;
  programmeId: string | null;
  updatedAt: Date;
};

const entryColumns = {
  id: catalogueItems.id,
  kind: catalogueItems.kind,
  country: catalogueItems.country,
  status: catalogueItems.status,
  item: catalogueItems.item,
  programmeId: catalogueItems.programmeId,
  updatedAt: catalogueItems.updatedAt,
};

/** `item -> list @> '["value"]'`: the item's tag list contains the value (the list is jsonb). */
function tagged(list: string, value: string): SQL {
  return sql`${catalogueItems.item} -> ${list} @> ${JSON.stringify([value])}::jsonb`;
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (match) => `\\${match}`);
}

function filterConditions(filters: CatalogueFilters): SQL[] {
  const conditions: SQL[] = [];
  if (filters.kind) conditions.push(eq(catalogueItems.kind, filters.kind));
  if (filters.country) conditions.push(eq(catalogueItems.country, filters.country));
  if (filters.status && filters.status !== "all") conditions.push(eq(catalogueItems.status, filters.status));
  if (filters.sector) conditions.push(tagged("sectors", filters.sector));
  if (filters.technology) conditions.push(tagged("technologies", filters.technology));
  if (filters.dimension) conditions.push(tagged("dimensions", filters.dimension));
  if (filters.challenge) conditions.push(tagged("challenges", filters.challenge));
  const search = filters.search?.trim();
  if (search) {
    const pattern = `%${escapeLike(search)}%`;
    const texts = [
      sql`${catalogueItems.id}`,
      sql`${catalogueItems.item} -> 'name' ->> 'en'`,
      sql`${catalogueItems.item} -> 'name' ->> 'ms'`,
      sql`${catalogueItems.item} -> 'title' ->> 'en'`,
      sql`${catalogueItems.item} -> 'title' ->> 'ms'`,
    ];
    conditions.push(or(...texts.map((text) => sql`${text} ilike ${pattern}`))!);
  }
  return conditions;
}

/** How many items match; the paged lists' window count sees no rows past the last page. */
async function countMatching(filters: CatalogueFilters): Promise<number> {
  const [counted] = await getDb()
    .select({ total: sql<number>`count(*)`.mapWith(Number) })
    .from(catalogueItems)
    .where(and(...filterConditions(filters)));
  return counted?.total ?? 0;
}

async function totalOf(rows: ReadonlyArray<{ total: number }>, filters: CatalogueFilters): Promise<number> {
  if (rows.length > 0) return rows[0]!.total;
  return (filters.offset ?? 0) > 0 ? countMatching(filters) : 0;
}

/** Items matching every filter, ordered by id, with the number of matches before paging. */
export async function listCatalogueItems(filters: CatalogueFilters = {}): Promise<{ items: CatalogueEntry[]; total: number }> {
  const rows = await getDb()
    .select({ ...entryColumns, total: sql<number>`count(*) over ()`.mapWith(Number) })
    .from(catalogueItems)
    .where(and(...filterConditions(filters)))
    .orderBy(asc(catalogueItems.id))
    .limit(filters.limit ?? 1000)
    .offset(filters.offset ?? 0);
  return { items: rows.map(({ total: _total, ...entry }) => entry), total: await totalOf(rows, filters) };
}

export type CatalogueSummary = Omit<CatalogueEntry, "item"> & { name: LocalizedText; title: LocalizedText };

/** The editor's list: the same filters and order as listCatalogueItems, with only what a row shows. */
export async function listCatalogueSummaries(filters: CatalogueFilters = {}): Promise<{ items: CatalogueSummary[]; total: number }> {
  const { item: _item, ...columns } = entryColumns;
  const rows = await getDb()
    .select({
      ...columns,
      name: sql<LocalizedText>`${catalogueItems.item} -> 'name'`,
      title: sql<LocalizedText>`${catalogueItems.item} -> 'title'`,
      total: sql<number>`count(*) over ()`.mapWith(Number),
    })
    .from(catalogueItems)
    .where(and(...filterConditions(filters)))
    .orderBy(asc(catalogueItems.id))
    .limit(filters.limit ?? 1000)
    .offset(filters.offset ?? 0);
  return { items: rows.map(({ total: _total, ...summary }) => summary), total: await totalOf(rows, filters) };
}

export async function getCatalogueItem(id: string): Promise<CatalogueEntry | null> {
  const [row] = await getDb().select(entryColumns).from(catalogueItems).where(eq(catalogueItems.id, id)).limit(1);
  return row ?? null;
}

/**
 * Every active item, validated again on the way out, for the recommender (results page, report,
 * POST /api/v1/recommendations). A row that no longer parses (changed by hand in SQL, or written
 * before a schema change) is left out and logged rather than failing every firm's results.
 */
export async function listActiveCatalogueForRecommendations(): Promise<CatalogueItem[]> {
  const rows = await getDb()
    .select({ id: catalogueItems.id, item: catalogueItems.item })
    .from(catalogueItems)
    .where(eq(catalogueItems.status, "active"))
    .orderBy(asc(catalogueItems.id));
  const items: CatalogueItem[] = [];
  for (const row of rows) {
    const parsed = CatalogueItemSchema.safeParse(row.item);
    if (parsed.success) items.push(parsed.data);
    else (await requestLogger()).error({ catalogueItemId: row.id, issues: parsed.error.issues.length }, "catalogue item does not parse; left out of recommendations");
  }
  return items;
}

// ---------------------------------------------------------------------------------------------
// Writes
// ---------------------------------------------------------------------------------------------

/** A problem with the submitted item, as zod reports it; our own checks use code "custom" with params.reason. */
export type CatalogueIssue = z.core.$ZodIssue;

export type CatalogueWriteResult =
  | { ok: true; item: CatalogueItem; changed: boolean }
  | { ok: false; reason: "invalid"; issues: CatalogueIssue[] }
  | { ok: false; reason: "not-found" }
  | { ok: false; reason: "forbidden" };

function customIssue(path: PropertyKey[], reason: string, message: string, params: Record<string, unknown> = {}): CatalogueIssue {
  return { code: "custom", path, message, params: { reason, ...params }, input: undefined };
}

/** The raw kind and country of a submitted item, for the scope check before it is parsed. */
function rawKindAndCountry(input: unknown): { kind: string; country: string } {
  const record = (input ?? {}) as Record<string, unknown>;
  return { kind: String(record.kind ?? ""), country: String(record.country ?? "") };
}

function withFields(input: unknown, fields: Record<string, unknown>): unknown {
  return input !== null && typeof input === "object" && !Array.isArray(input) ? { ...input, ...fields } : input;
}

const isItemId = (id: unknown): id is string => CatalogueItemIdSchema.safeParse(id).success;

/** Related ids that name no item in the catalogue. */
async function findMissingRelated(executor: Executor, input: unknown): Promise<CatalogueIssue[]> {
  const related = (input as { relatedItemIds?: unknown } | null)?.relatedItemIds;
  if (!Array.isArray(related)) return [];
  // An id that is no slug (it may hold NUL, which no query can carry) is already an issue of the schema.
  const ids = [...new Set(related.filter((id): id is string => isItemId(id)))];
  if (ids.length === 0) return [];
  const found = await executor.select({ id: catalogueItems.id }).from(catalogueItems).where(inArray(catalogueItems.id, ids));
  const known = new Set(found.map((row) => row.id));
  const missing = ids.filter((id) => !known.has(id));
  return missing.length === 0 ? [] : [customIssue(["relatedItemIds"], "related-unknown", `no catalogue item has the id ${missing.join(", ")}`, { ids: missing })];
}

/** An officer's item belongs to one of their programmes, in the item's country. */
async function checkProgramme(executor: Executor, scope: CatalogueEditScope, programmeId: string, country: string): Promise<CatalogueIssue[]> {
  const inScope = scope.kind === "all" || scope.programmes.some((programme) => programme.id === programmeId);
  const [programme] = inScope
    ? await executor.select({ country: programmes.country }).from(programmes).where(eq(programmes.id, programmeId)).limit(1)
    : [];
  if (!programme) return [customIssue(["programmeId"], "programme-unknown", "choose one of your programmes")];
  if (programme.country !== country) return [customIssue(["programmeId"], "programme-country", `the programme runs in ${programme.country}, not in ${country}`)];
  return [];
}

/**
 * Adds an item (status active). Refused as "forbidden" when the scope may not touch its kind
 * and country, "invalid" (with every problem found) when it fails the schema, its id is taken or
 * a related id is unknown. `programmeId` records the programme an officer added it for.
 */
export async function createCatalogueItem(
  input: unknown,
  actor: Actor,
  scope: CatalogueEditScope,
  options: { programmeId?: string | null } = {},
): Promise<CatalogueWriteResult> {
  if (!canEditCatalogueItem(scope, rawKindAndCountry(input))) return { ok: false, reason: "forbidden" };
  const candidate = withFields(input, { status: "active" });
  const parsed = validateCatalogueItem(candidate);
  const programmeId = options.programmeId ?? null;
  return getDb().transaction(async (tx) => {
    const issues: CatalogueIssue[] = parsed.success ? [] : [...parsed.error.issues];
    const id = (candidate as { id?: unknown } | null)?.id;
    if (isItemId(id)) {
      const [existing] = await tx.select({ id: catalogueItems.id }).from(catalogueItems).where(eq(catalogueItems.id, id)).limit(1);
      if (existing) issues.push(customIssue(["id"], "id-taken", `an item with the id ${id} exists`));
    }
    issues.push(...(await findMissingRelated(tx, candidate)));
    if (programmeId !== null) issues.push(...(await checkProgramme(tx, scope, programmeId, rawKindAndCountry(input).country)));
    if (!parsed.success || issues.length > 0) return { ok: false, reason: "invalid", issues };

    const item = parsed.data;
    const inserted = await tx
      .insert(catalogueItems)
      .values({ id: item.id, kind: item.kind, country: item.country, status: item.status, item, programmeId, createdBy: actor.id, updatedBy: actor.id })
      .onConflictDoNothing({ target: catalogueItems.id })
      .returning({ id: catalogueItems.id });
    // A concurrent create of the same id won the race after the check above.
    if (inserted.length === 0) return { ok: false, reason: "invalid", issues: [customIssue(["id"], "id-taken", `an item with the id ${item.id} exists`)] };
    await recordAuditEvent(tx, {
      actor: actor,
      action: "catalogue.item-created",
      entityType: "catalogue-item",
      entityId: item.id,
      toState: item.status,
      details: { kind: item.kind, country: item.country, programmeId },
    });
    return { ok: true, item, changed: true };
  });
}

/** Top-level fields whose values differ, for the audit trail. */
function changedFields(before: CatalogueItem, after: CatalogueItem): string[] {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  const canonical = (value: unknown) => JSON.stringify(value, (_key, inner: unknown) =>
    inner !== null && typeof inner === "object" && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : inner,
  );
  return [...keys].filter((key) => canonical(before[key as keyof CatalogueItem]) !== canonical(after[key as keyof CatalogueItem])).sort();
}

/**
 * Replaces an item's content. The id and kind never change (retire and add a new item instead)
 * and the status is kept (it changes only through retire and reactivate, each with its own
 * event). Both the stored item and the new content must be within the scope, so an officer can
 * neither edit another country's item nor move one of theirs out of reach.
 */
export async function updateCatalogueItem(id: string, input: unknown, actor: Actor, scope: CatalogueEditScope): Promise<CatalogueWriteResult> {
  return getDb().transaction(async (tx) => {
    const [row] = await tx
      .select({ kind: catalogueItems.kind, country: catalogueItems.country, status: catalogueItems.status, item: catalogueItems.item })
      .from(catalogueItems)
      .where(eq(catalogueItems.id, id))
      .limit(1)
      .for("update");
    if (!row) return { ok: false, reason: "not-found" };
    if (!canEditCatalogueItem(scope, row) || !canEditCatalogueItem(scope, rawKindAndCountry(input))) return { ok: false, reason: "forbidden" };

    const candidate = withFields(input, { id, status: row.status });
    const parsed = validateCatalogueItem(candidate);
    const issues: CatalogueIssue[] = parsed.success ? [] : [...parsed.error.issues];
    if (rawKindAndCountry(input).kind !== row.kind) issues.push(customIssue(["kind"], "kind-fixed", `an item's kind cannot change (it is ${row.kind})`));
    issues.push(...(await findMissingRelated(tx, candidate)));
    if (!parsed.success || issues.length > 0) return { ok: false, reason: "invalid", issues };

    const item = parsed.data;
    const fields = changedFields(row.item, item);
    if (fields.length === 0) return { ok: true, item, changed: false };
    await tx
      .update(catalogueItems)
      .set({ kind: item.kind, country: item.country, item, updatedAt: sql`now()`, updatedBy: actor.id })
      .where(eq(catalogueItems.id, id));
    await recordAuditEvent(tx, {
      actor: actor,
      action: "catalogue.item-updated",
      entityType: "catalogue-item",
      entityId: id,
      details: { changedFields: fields },
    });
    return { ok: true, item, changed: true };
  });
}

type StatusResult = { ok: true; changed: boolean } | { ok: false; reason: "not-found" | "forbidden" };

async function setCatalogueItemStatus(id: string, status: CatalogueItemStatus, actor: Actor, scope: CatalogueEditScope): Promise<StatusResult> {
  return getDb().transaction(async (tx) => {
    const [row] = await tx
      .select({ kind: catalogueItems.kind, country: catalogueItems.country, status: catalogueItems.status, item: catalogueItems.item })
      .from(catalogueItems)
      .where(eq(catalogueItems.id, id))
      .limit(1)
      .for("update");
    if (!row) return { ok: false, reason: "not-found" };
    if (!canEditCatalogueItem(scope, row)) return { ok: false, reason: "forbidden" };
    if (row.status === status) return { ok: true, changed: false };
    await tx
      .update(catalogueItems)
      .set({ status, item: { ...row.item, status }, updatedAt: sql`now()`, updatedBy: actor.id })
      .where(eq(catalogueItems.id, id));
    await recordAuditEvent(tx, {
      actor: actor,
      action: status === "retired" ? "catalogue.item-retired" : "catalogue.item-reactivated",
      entityType: "catalogue-item",
      entityId: id,
      fromState: row.status,
      toState: status,
    });
    return { ok: true, changed: true };
  });
}

/** Takes an item out of recommendations and the public list; it stays in the database and the admin list. */
export function retireCatalogueItem(id: string, actor: Actor, scope: CatalogueEditScope): Promise<StatusResult> {
  return setCatalogueItemStatus(id, "retired", actor, scope);
}

export function reactivateCatalogueItem(id: string, actor: Actor, scope: CatalogueEditScope): Promise<StatusResult> {
  return setCatalogueItemStatus(id, "active", actor, scope);
}
