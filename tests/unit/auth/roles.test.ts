import { describe, expect, it } from "vitest";
import { homePathFor, isRole, roles, sessionLifetimeMs } from "@/lib/auth/roles";

const hour = 60 * 60 * 1000;

describe("roles", () => {
  it("are exactly sme, officer and admin", () => {
    expect([...roles]).toEqual(["sme", "officer", "admin"]);
  });

  it("isRole accepts only those names, exactly", () => {
    for (const role of roles) expect(isRole(role)).toBe(true);
    for (const value of ["Admin", "ADMIN", " admin", "superuser", "", null, undefined, 1, {}, ["admin"]]) {
      expect(isRole(value), JSON.stringify(value)).toBe(false);
    }
  });

  it("keeps sessions of roles that see many firms short", () => {
    expect(sessionLifetimeMs("sme")).toBe(30 * 24 * hour);
    expect(sessionLifetimeMs("officer")).toBe(12 * hour);
    expect(sessionLifetimeMs("admin")).toBe(12 * hour);
  });

  it("sends each role to its own home", () => {
    expect(homePathFor("sme")).toBe("/dashboard");
    expect(homePathFor("officer")).toBe("/officer");
    expect(homePathFor("admin")).toBe("/admin");
  });
});
