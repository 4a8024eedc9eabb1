import "server-only";
import type { AuditAction } from "@/lib/audit/audit-actions";
import type { Actor } from "@/lib/auth/actor";
import type { Executor } from "../client";
import { auditEvents } from "../schema";

export type AuditEventInput = {
  /** Who did it; null for the system itself or an anonymous visitor. */
  actor: Actor | null;
  action: AuditAction;
  entityType: string;
  entityId: string;
  fromState?: string | null;
  toState?: string | null;
  reason?: string | null;
  details?: Record<string, unknown>;
};

/** Call with the transaction handle of the change it records, so both commit or neither does. */
export async function recordAuditEvent(executor: Executor, event: AuditEventInput): Promise<void> {
  await executor.insert(auditEvents).values({
    actorUserId: event.actor?.id ?? null,
    actorRole: event.actor?.role ?? null,
    action: event.action,
    entityType: event.entityType,
    entityId: event.entityId,
    fromState: event.fromState ?? null,
    toState: event.toState ?? null,
    reason: event.reason ?? null,
    details: event.details ?? {},
  });
}
