import { describe, expect, it } from "vitest";
import { composePasswordResetEmail, passwordResetPath } from "@/lib/accounts/reset-email";

const link = `https://readiness.example.gov${passwordResetPath("A".repeat(43))}`;

describe("the password reset email", () => {
  it("is bilingual, English first, with the link and its one-hour limit in both languages", () => {
    const email = composePasswordResetEmail({ recipientName: "Tan Wei Ming", link });
    expect(email.subject).toBe("Reset your ADP Readiness password / Tetapkan semula kata laluan ADP Readiness anda");
    const english = email.text.indexOf("Hello Tan Wei Ming,");
    const malay = email.text.indexOf("Salam sejahtera Tan Wei Ming,");
    expect(english).toBe(0);
    expect(malay).toBeGreaterThan(english);
    expect(email.text.slice(english, malay)).toContain(`within 60 minutes to choose a new password:\n${link}\n`);
    expect(email.text.slice(malay)).toContain(`dalam tempoh 60 minit untuk memilih kata laluan baharu:\n${link}\n`);
    expect(email.text.slice(english, malay)).toContain("If you did not ask for this, ignore this email");
  });

  it("links to the reset page of the token", () => {
    expect(passwordResetPath("abc")).toBe("/reset-password/abc");
    expect(link).toBe(`https://readiness.example.gov/reset-password/${"A".repeat(43)}`);
  });
});
