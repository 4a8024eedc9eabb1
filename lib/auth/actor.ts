import type { Role } from "./roles";

/**
 * Who does something, as commands and the audit log see them: the signed-in user's id and role,
 * nothing else (no email, name or session). The guards return a SessionUser, which is an Actor, and
 * every command and recordAuditEvent take one; null in the audit log means the system itself
 * (a generated cohort, a reset requested by an anonymous visitor).
 */
export type Actor = { readonly id: string; readonly role: Role };
