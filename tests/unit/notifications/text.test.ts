import { describe, expect, it } from "vitest";
import { createTranslator } from "@/lib/i18n";
import type { NotificationDetails } from "@/lib/notifications/kinds";
import { notificationText } from "@/lib/notifications/text";

const details: NotificationDetails = { firmName: "Plastik Maju Sdn Bhd", programmeName: "Penang Smart Factory Cohort 2026", reason: null, revision: 1, sections: [] };
const en = createTranslator("en");
const ms = createTranslator("ms");

describe("in-app notification text", () => {
  it("tells an officer which firm submitted, in which programme, in English and Bahasa Malaysia", () => {
    expect(notificationText({ kind: "assessment.submitted", details }, en)).toEqual({
      title: "New submission to review: Plastik Maju Sdn Bhd",
      body: "Plastik Maju Sdn Bhd submitted its readiness assessment in Penang Smart Factory Cohort 2026. It is waiting in your review queue.",
    });
    expect(notificationText({ kind: "assessment.submitted", details }, ms)).toEqual({
      title: "Penyerahan baharu untuk disemak: Plastik Maju Sdn Bhd",
      body: "Plastik Maju Sdn Bhd telah menghantar penilaian kesediaannya dalam Penang Smart Factory Cohort 2026. Penilaian itu sedang menunggu dalam barisan semakan anda.",
    });
  });

  it("tells the firm its assessment was returned, and asks for a resubmission", () => {
    const returned = { kind: "assessment.returned" as const, details: { ...details, reason: "Add evidence for automation." } };
    expect(notificationText(returned, en)).toEqual({
      title: "Your assessment was returned for changes",
      body: "The programme officer of Penang Smart Factory Cohort 2026 returned the readiness assessment of Plastik Maju Sdn Bhd. Make the changes asked for and submit it again.",
    });
    expect(notificationText(returned, ms).title).toBe("Penilaian anda telah dikembalikan untuk pindaan");
    expect(notificationText(returned, ms).body).toContain("hantar semula");
  });

  it("tells the firm its assessment was approved", () => {
    expect(notificationText({ kind: "assessment.approved", details }, en).title).toBe("Your assessment was approved");
    expect(notificationText({ kind: "assessment.approved", details }, en).body).toContain("Your validated results are ready.");
    expect(notificationText({ kind: "assessment.approved", details }, ms).title).toBe("Penilaian anda telah diluluskan");
    expect(notificationText({ kind: "assessment.approved", details }, ms).body).toContain("telah meluluskan penilaian kesediaan Plastik Maju Sdn Bhd");
  });

  it("leaves the programme out of a decision on an assessment made outside any programme", () => {
    const outside = { ...details, programmeName: null };
    for (const kind of ["assessment.returned", "assessment.approved"] as const) {
      for (const t of [en, ms]) {
        const { body } = notificationText({ kind, details: outside }, t);
        expect(body).toContain("Plastik Maju Sdn Bhd");
        expect(body).not.toMatch(/\{|\}|of  | dalam  /);
      }
    }
    expect(notificationText({ kind: "assessment.approved", details: outside }, en).body).toMatch(/^The programme officer approved/);
  });

  it("shows a firm name with braces as written, not as a placeholder", () => {
    const { title } = notificationText({ kind: "assessment.submitted", details: { ...details, firmName: "{programme} Works" } }, en);
    expect(title).toBe("New submission to review: {programme} Works");
  });
});
