// Who may switch an account on or off: an admin, for any account but their own (an admin who
// locked themselves out could leave the deployment without any administrator).

export type AccountStatusChange =
  | { kind: "refused-self" }
  | { kind: "unchanged"; active: boolean }
  | { kind: "change"; from: AccountStatus; to: AccountStatus };

export type AccountStatus = "active" | "deactivated";

export const accountStatusOf = (active: boolean): AccountStatus => (active ? "active" : "deactivated");

export function decideAccountStatusChange(actorId: string, target: { id: string; active: boolean }, wantActive: boolean): AccountStatusChange {
  if (actorId === target.id) return { kind: "refused-self" };
  if (target.active === wantActive) return { kind: "unchanged", active: target.active };
  return { kind: "change", from: accountStatusOf(target.active), to: accountStatusOf(wantActive) };
}
