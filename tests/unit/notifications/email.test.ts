import { describe, expect, it } from "vitest";
import { composeNotificationEmail, type NotificationEmailInput } from "@/lib/notifications/email";

const assessmentId = "5b3c8a52-8f0e-4c43-9f0a-3e2b8f1c7d10";
const base: NotificationEmailInput = {
  kind: "assessment.submitted",
  details: { firmName: "Plastik Maju Sdn Bhd", programmeName: "Penang Smart Factory Cohort 2026", reason: null, revision: 1, sections: [] },
  assessmentId,
  recipientName: "Tan Wei Ming",
  baseUrl: "https://readiness.example.gov/",
};

describe("notification emails", () => {
  it("are bilingual, English first and then Bahasa Malaysia, in the subject and the text", () => {
    const email = composeNotificationEmail(base);
    expect(email.subject).toBe("New submission to review: Plastik Maju Sdn Bhd / Penyerahan baharu untuk disemak: Plastik Maju Sdn Bhd");
    const english = email.text.indexOf("Hello Tan Wei Ming,");
    const malay = email.text.indexOf("Salam sejahtera Tan Wei Ming,");
    expect(english).toBe(0);
    expect(malay).toBeGreaterThan(english);
    expect(email.text.slice(english, malay)).toContain("It is waiting in your review queue.");
    expect(email.text.slice(malay)).toContain("Penilaian itu sedang menunggu dalam barisan semakan anda.");
  });

  it("link an officer to the review page and the firm to its assessment, with absolute URLs", () => {
    const officer = composeNotificationEmail(base);
    expect(officer.text).toContain(`Open it: https://readiness.example.gov/officer/assessments/${assessmentId}/review`);
    expect(officer.text).toContain(`Buka di sini: https://readiness.example.gov/officer/assessments/${assessmentId}/review`);
    for (const kind of ["assessment.returned", "assessment.approved"] as const) {
      const sme = composeNotificationEmail({ ...base, kind, recipientName: "Lim Chee Keong" });
      expect(sme.text).toContain(`Open it: https://readiness.example.gov/assessments/${assessmentId}\n`);
      expect(sme.text).not.toContain("/officer/");
    }
    expect(officer.text).toContain("All your notifications: https://readiness.example.gov/notifications");
  });

  it("carry the officer's reason for a return in both languages", () => {
    const email = composeNotificationEmail({ ...base, kind: "assessment.returned", details: { ...base.details, reason: "Add evidence for the automation levels." } });
    expect(email.subject).toBe("Your assessment was returned for changes / Penilaian anda telah dikembalikan untuk pindaan");
    expect(email.text).toContain("Reason given by the programme officer: Add evidence for the automation levels.");
    expect(email.text).toContain("Sebab yang diberikan oleh pegawai program: Add evidence for the automation levels.");
  });

  it("say nothing of a reason when there is none", () => {
    const email = composeNotificationEmail({ ...base, kind: "assessment.approved" });
    expect(email.subject).toBe("Your assessment was approved / Penilaian anda telah diluluskan");
    expect(email.text).not.toContain("Reason");
    expect(email.text).not.toContain("Sebab");
  });

  it("keep the subject on one line whatever the firm's name holds", () => {
    const email = composeNotificationEmail({ ...base, details: { ...base.details, firmName: "Evil\r\nBcc: victim@example.com" } });
    expect(email.subject).not.toMatch(/[\r\n]/);
    expect(email.subject).toContain("Evil Bcc: victim@example.com");
  });
});
