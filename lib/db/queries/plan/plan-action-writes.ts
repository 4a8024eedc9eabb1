import "server-only";
import { and, eq, isNull, sql } from "drizzle-orm";
import type { Actor } from "@/lib/auth/actor";
import type { PlanActionFields } from "@/lib/plan/action-schema";
import { changedPlanFields, type StoredPlanFields } from "@/lib/plan/changed-fields";
import { completedAtAfter } from "@/lib/plan/status-change";
import { getDb, type Executor } from "../../client";
import { catalogueItems, firmMemberships, planActions, users } from "../../schema";
import { recordAuditEvent } from "../audit";

// The improvement plan's writes. Each is one transaction that checks what only the database knows
// (the owner is a member of the firm, the instrument is an active support instrument, the version
// is the one the person read), writes, and records the audit event; a refusal writes nothing.

/** The fields of an action as they are stored; the command has filled in the currency. */
export type PlanActionWrite = Omit<PlanActionFields, "dimensionId"> & { dimensionId: string };

export type PlanFieldRefusal = { ok: false; reason: "invalid"; field: "ownerUserId" | "instrumentId"; problem: "owner-not-member" | "instrument-retired" | "instrument-unknown" };
export type PlanStaleRefusal = { ok: false; reason: "stale"; updatedAt: Date; updatedByName: string | null };
export type PlanNotFound = { ok: false; reason: "not-found" };

const instrumentKinds = ["policy-instrument", "instrument-type"];

async function checkOwner(tx: Executor, firmId: string, ownerUserId: string | null): Promise<PlanFieldRefusal | null> {
  if (!ownerUserId) return null;
  const [member] = await tx
    .select({ userId: firmMemberships.userId })
    .from(firmMemberships)
    .where(and(eq(firmMemberships.firmId, firmId), eq(firmMemberships.userId, ownerUserId), isNull(firmMemberships.removedAt)))
    .limit(1);
  return member ? null : { ok: false, reason: "invalid", field: "ownerUserId", problem: "owner-not-member" };
}

async function checkInstrument(tx: Executor, instrumentId: string | null): Promise<PlanFieldRefusal | null> {
  if (!instrumentId) return null;
  const [item] = await tx.select({ kind: catalogueItems.kind, status: catalogueItems.status }).from(catalogueItems).where(eq(catalogueItems.id, instrumentId)).limit(1);
  if (!item || !instrumentKinds.includes(item.kind)) return { ok: false, reason: "invalid", field: "instrumentId", problem: "instrument-unknown" };
  return item.status === "active" ? null : { ok: false, reason: "invalid", field: "instrumentId", problem: "instrument-retired" };
}

function storedFields(fields: PlanActionWrite): StoredPlanFields {
  return {
    dimensionId: fields.dimensionId,
    title: fields.title,
    notes: fields.notes,
    ownerUserId: fields.ownerUserId,
    startsOn: fields.startsOn,
    dueOn: fields.dueOn,
    estimatedCost: fields.estimatedCost,
    currency: fields.currency,
    instrumentId: fields.instrumentId,
    status: fields.status,
  };
}

/** Adds an action to the firm's plan (from a suggestion when `suggestedFrom` names its catalogue item). */
export async function insertPlanAction(
  firmId: string,
  fields: PlanActionWrite,
  suggestedFrom: string | null,
  actor: Actor,
): Promise<{ ok: true; id: string } | PlanFieldRefusal> {
  return getDb().transaction(async (tx) => {
    const refusal = (await checkOwner(tx, firmId, fields.ownerUserId)) ?? (await checkInstrument(tx, fields.instrumentId));
    if (refusal) return refusal;
    if (suggestedFrom) {
      // A suggestion is added once per dimension: a second post (a double click, a resent form) finds the first.
      const [known] = await tx.select({ id: catalogueItems.id }).from(catalogueItems).where(eq(catalogueItems.id, suggestedFrom)).limit(1);
      if (!known) suggestedFrom = null;
      const [existing] = suggestedFrom
        ? await tx
            .select({ id: planActions.id })
            .from(planActions)
            .where(and(eq(planActions.firmId, firmId), eq(planActions.dimensionId, fields.dimensionId), eq(planActions.suggestedFrom, suggestedFrom)))
            .limit(1)
        : [];
      if (existing) return { ok: true as const, id: existing.id };
    }
    const stored = storedFields(fields);
    const [row] = await tx
      .insert(planActions)
      .values({ firmId, ...stored, suggestedFrom, completedAt: fields.status === "done" ? sql`now()` : null, createdBy: actor.id, updatedBy: actor.id })
      .returning({ id: planActions.id });
    await recordAuditEvent(tx, {
      actor,
      action: "plan.action-added",
      entityType: "plan-action",
      entityId: row!.id,
      toState: stored.status,
      details: { firmId, suggestedFrom, after: stored },
    });
    return { ok: true as const, id: row!.id };
  });
}

/**
 * Locks one action of the firm for the rest of the transaction, if it is still at the version the
 * person read; otherwise says who changed it and when (a stale edit changes nothing).
 */
async function lockActionAtVersion(
  tx: Executor,
  firmId: string,
  actionId: string,
  version: number,
): Promise<{ ok: true; row: typeof planActions.$inferSelect } | PlanStaleRefusal | PlanNotFound> {
  const [row] = await tx
    .select()
    .from(planActions)
    .where(and(eq(planActions.id, actionId), eq(planActions.firmId, firmId)))
    .limit(1)
    .for("update");
  if (!row) return { ok: false, reason: "not-found" };
  if (row.version !== version) {
    const [editor] = row.updatedBy ? await tx.select({ name: users.name }).from(users).where(eq(users.id, row.updatedBy)).limit(1) : [];
    return { ok: false, reason: "stale", updatedAt: row.updatedAt, updatedByName: editor?.name ?? null };
  }
  return { ok: true, row };
}

/**
 * Changes an action, merging `changes` over what is stored, only when the stored version is the
 * one the person read: the row is locked first, so of two edits made from the same version exactly
 * one is saved and the other is told who changed it and when. The owner and instrument are checked
 * only when they change (an action keeps an instrument retired after it was chosen).
 */
export async function updatePlanActionRow(
  firmId: string,
  actionId: string,
  version: number,
  changes: Partial<PlanActionWrite>,
  actor: Actor,
): Promise<{ ok: true; version: number; changed: boolean } | PlanFieldRefusal | PlanStaleRefusal | PlanNotFound> {
  return getDb().transaction(async (tx) => {
    const locked = await lockActionAtVersion(tx, firmId, actionId, version);
    if (!locked.ok) return locked;
    const { row } = locked;
    const before = storedFields(row as PlanActionWrite);
    const after = storedFields({ ...(row as PlanActionWrite), ...changes });
    const refusal =
      (after.ownerUserId !== before.ownerUserId ? await checkOwner(tx, firmId, after.ownerUserId) : null) ??
      (after.instrumentId !== before.instrumentId ? await checkInstrument(tx, after.instrumentId) : null);
    if (refusal) return refusal;
    const changed = changedPlanFields(before, after);
    if (changed.length === 0) return { ok: true as const, version: row.version, changed: false };
    const completedAt = completedAtAfter(row, after.status, new Date());
    await tx
      .update(planActions)
      .set({ ...after, completedAt, version: row.version + 1, updatedAt: sql`now()`, updatedBy: actor.id })
      .where(and(eq(planActions.id, actionId), eq(planActions.version, version)));
    await recordAuditEvent(tx, {
      actor,
      action: "plan.action-updated",
      entityType: "plan-action",
      entityId: actionId,
      fromState: before.status,
      toState: after.status,
      details: {
        firmId,
        changedFields: changed,
        before: Object.fromEntries(changed.map((field) => [field, before[field]])),
        after: Object.fromEntries(changed.map((field) => [field, after[field]])),
      },
    });
    return { ok: true as const, version: row.version + 1, changed: true };
  });
}

/** Removes an action from the plan, only at the version the person read; the audit event keeps what it held. */
export async function deletePlanAction(firmId: string, actionId: string, version: number, actor: Actor): Promise<{ ok: true } | PlanStaleRefusal | PlanNotFound> {
  return getDb().transaction(async (tx) => {
    const locked = await lockActionAtVersion(tx, firmId, actionId, version);
    if (!locked.ok) return locked;
    const { row } = locked;
    await tx.delete(planActions).where(eq(planActions.id, actionId));
    await recordAuditEvent(tx, {
      actor,
      action: "plan.action-removed",
      entityType: "plan-action",
      entityId: actionId,
      fromState: row.status,
      details: { firmId, suggestedFrom: row.suggestedFrom, before: storedFields(row as PlanActionWrite) },
    });
    return { ok: true as const };
  });
}
