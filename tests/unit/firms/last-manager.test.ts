import { describe, expect, it } from "vitest";
import { applyMemberChange, keepsAManager, type ActiveMember } from "@/lib/firms/last-manager";

const team: ActiveMember[] = [
  { userId: "aisyah", role: "manager" },
  { userId: "ben", role: "manager" },
  { userId: "chong", role: "contributor" },
];

describe("keepsAManager", () => {
  it("allows demoting or removing a manager while another remains", () => {
    expect(keepsAManager(team, { kind: "change-role", userId: "aisyah", role: "contributor" })).toBe(true);
    expect(keepsAManager(team, { kind: "remove", userId: "ben" })).toBe(true);
  });

  it("refuses to demote or remove the last manager", () => {
    const oneManager = applyMemberChange(team, { kind: "change-role", userId: "ben", role: "contributor" });
    expect(keepsAManager(oneManager, { kind: "change-role", userId: "aisyah", role: "contributor" })).toBe(false);
    expect(keepsAManager(oneManager, { kind: "remove", userId: "aisyah" })).toBe(false);
  });

  it("does not mind contributors coming and going", () => {
    expect(keepsAManager(team, { kind: "remove", userId: "chong" })).toBe(true);
    expect(keepsAManager(team, { kind: "change-role", userId: "chong", role: "manager" })).toBe(true);
  });
});
