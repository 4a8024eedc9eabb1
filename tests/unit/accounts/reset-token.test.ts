import { describe, expect, it } from "vitest";
import {
  isWellFormedResetToken,
  mayIssuePasswordReset,
  PASSWORD_RESET_LIFETIME_MS,
  PASSWORD_RESET_MAX_PER_WINDOW,
  passwordResetExpiry,
  passwordResetState,
} from "@/lib/accounts/reset-token";

const issuedAt = new Date("2026-05-04T08:00:00Z");
const live = { expiresAt: passwordResetExpiry(issuedAt), usedAt: null, userActive: true };

describe("password reset links", () => {
  it("expire one hour after they were issued", () => {
    expect(PASSWORD_RESET_LIFETIME_MS).toBe(60 * 60 * 1000);
    expect(passwordResetExpiry(issuedAt)).toEqual(new Date("2026-05-04T09:00:00Z"));
  });

  it("work until the moment they expire, and not from then on", () => {
    expect(passwordResetState(live, new Date("2026-05-04T08:59:59.999Z"))).toBe("usable");
    expect(passwordResetState(live, new Date("2026-05-04T09:00:00Z"))).toBe("expired");
    expect(passwordResetState(live, new Date("2026-05-05T08:00:00Z"))).toBe("expired");
  });

  it("work once: a used link stays used even before it would expire", () => {
    expect(passwordResetState({ ...live, usedAt: new Date("2026-05-04T08:10:00Z") }, new Date("2026-05-04T08:11:00Z"))).toBe("used");
  });

  it("do not work for an unknown token or a deactivated account", () => {
    expect(passwordResetState(null, issuedAt)).toBe("unknown");
    expect(passwordResetState({ ...live, userActive: false }, new Date("2026-05-04T08:01:00Z"))).toBe("account-inactive");
  });

  it("accept only 43 base64url characters as a token", () => {
    expect(isWellFormedResetToken("a".repeat(43))).toBe(true);
    expect(isWellFormedResetToken("AZaz09-_".repeat(5) + "abc")).toBe(true);
    for (const bad of ["", "a".repeat(42), "a".repeat(44), `${"a".repeat(42)}=`, `${"a".repeat(42)}/`, `${"a".repeat(42)}.`, undefined, 42]) {
      expect(isWellFormedResetToken(bad)).toBe(false);
    }
  });

  it("go out at most three times an hour per account", () => {
    expect(PASSWORD_RESET_MAX_PER_WINDOW).toBe(3);
    expect([0, 1, 2, 3, 4].map(mayIssuePasswordReset)).toEqual([true, true, true, false, false]);
  });
});
