import "server-only";
import type { Executor } from "../client";
import { auditEvents } from "../schema";
import type { UserRole } from "../schema";

export type AuditEventInput = {
  actorUserId: string | null;
  actorRole: UserRole | null;
  action: string;
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
    actorUserId: event.actorUserId,
    actorRole: event.actorRole,
    action: event.action,
    entityType: event.entityType,
    entityId: event.entityId,
    fromState: event.fromState ?? null,
    toState: event.toState ?? null,
    reason: event.reason ?? null,
    details: event.details ?? {},
  });
}
