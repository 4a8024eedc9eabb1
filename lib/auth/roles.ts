export const roles = ["sme", "officer", "admin"] as const;
export type Role = (typeof roles)[number];

/** Officers and admins can see many firms' data, so their sessions are short. */
export function sessionLifetimeMs(role: Role): number {
  return role === "sme" ? 30 * 24 * 60 * 60 * 1000 : 12 * 60 * 60 * 1000;
}

export function homePathFor(role: Role): string {
  if (role === "admin") return "/admin";
  if (role === "officer") return "/officer";
  return "/dashboard";
}

export function isRole(value: unknown): value is Role {
  return typeof value === "string" && (roles as readonly string[]).includes(value);
}

/** Where the caller edits the catalogue: admins under /admin, officers under /officer. */
export function catalogueBasePathFor(role: Role): string {
  return role === "admin" ? "/admin/catalogue" : "/officer/catalogue";
}
