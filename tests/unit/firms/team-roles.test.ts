import { describe, expect, it } from "vitest";
import { firmPermissions, firmRoleMay, isFirmMemberRole } from "@/lib/firms/team-roles";

describe("firmRoleMay", () => {
  it("lets a manager do everything the firm can do", () => {
    for (const permission of firmPermissions) expect(firmRoleMay("manager", permission)).toBe(true);
  });

  it("lets a contributor answer and read, nothing else", () => {
    const allowed = firmPermissions.filter((permission) => firmRoleMay("contributor", permission));
    expect(allowed).toEqual(["read", "answer"]);
  });

  it("fails closed for a role it does not know", () => {
    for (const permission of firmPermissions) {
      expect(firmRoleMay("owner", permission)).toBe(false);
      expect(firmRoleMay("", permission)).toBe(false);
    }
  });

  it("knows the two roles only", () => {
    expect(isFirmMemberRole("manager")).toBe(true);
    expect(isFirmMemberRole("contributor")).toBe(true);
    expect(isFirmMemberRole("admin")).toBe(false);
    expect(isFirmMemberRole(undefined)).toBe(false);
  });
});
