import { describe, expect, it } from "vitest";
import { accountStatusOf, decideAccountStatusChange } from "@/lib/accounts/account-status";

const admin = "11111111-1111-4111-8111-111111111111";
const other = "22222222-2222-4222-8222-222222222222";

describe("switching an account on or off", () => {
  it("deactivates an active account and reactivates a deactivated one, naming both states", () => {
    expect(decideAccountStatusChange(admin, { id: other, active: true }, false)).toEqual({ kind: "change", from: "active", to: "deactivated" });
    expect(decideAccountStatusChange(admin, { id: other, active: false }, true)).toEqual({ kind: "change", from: "deactivated", to: "active" });
  });

  it("refuses the admin's own account, whichever way", () => {
    expect(decideAccountStatusChange(admin, { id: admin, active: true }, false)).toEqual({ kind: "refused-self" });
    expect(decideAccountStatusChange(admin, { id: admin, active: true }, true)).toEqual({ kind: "refused-self" });
  });

  it("changes nothing when the account already is in the asked-for state (a form sent twice)", () => {
    expect(decideAccountStatusChange(admin, { id: other, active: false }, false)).toEqual({ kind: "unchanged", active: false });
    expect(decideAccountStatusChange(admin, { id: other, active: true }, true)).toEqual({ kind: "unchanged", active: true });
  });

  it("names the states as the audit trail records them", () => {
    expect(accountStatusOf(true)).toBe("active");
    expect(accountStatusOf(false)).toBe("deactivated");
  });
});
