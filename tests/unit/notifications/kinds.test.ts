import { describe, expect, it } from "vitest";
import { audienceOf, isNotificationKind, notificationKinds, readNotificationDetails } from "@/lib/notifications/kinds";
import { notificationTargetPath } from "@/lib/notifications/links";

describe("notification kinds", () => {
  it("send submissions to the programme's officers and decisions to the firm", () => {
    expect(audienceOf("assessment.submitted")).toBe("programme-officers");
    expect(audienceOf("assessment.returned")).toBe("firm-members");
    expect(audienceOf("assessment.approved")).toBe("firm-members");
  });

  it("lead officers to the review page and the firm to its assessment", () => {
    const id = "5b3c8a52-8f0e-4c43-9f0a-3e2b8f1c7d10";
    expect(notificationTargetPath("assessment.submitted", id)).toBe(`/officer/assessments/${id}/review`);
    expect(notificationTargetPath("assessment.returned", id)).toBe(`/assessments/${id}`);
    expect(notificationTargetPath("assessment.approved", id)).toBe(`/assessments/${id}`);
  });

  it("recognise only the kinds this version can show", () => {
    for (const kind of notificationKinds) expect(isNotificationKind(kind)).toBe(true);
    expect(isNotificationKind("assessment.deleted")).toBe(false);
  });

  it("read stored details, filling what an older row lacks, and blank out a malformed one", () => {
    expect(readNotificationDetails({ firmName: "Firm", programmeName: null })).toEqual({ firmName: "Firm", programmeName: null, reason: null, revision: null, sections: [] });
    expect(readNotificationDetails({ firmName: 42 })).toEqual({ firmName: "", programmeName: null, reason: null, revision: null, sections: [] });
  });
});

describe("notices of assigned sections", () => {
  it("name the sections to the assignee and say 'ready to submit' to the managers, in both languages", async () => {
    const { notificationText } = await import("@/lib/notifications/text");
    const { createTranslator } = await import("@/lib/i18n");
    const details = { firmName: "Plastik Maju", programmeName: null, reason: null, revision: 1, sections: ["Workforce skills and learning", "Leadership and strategy"] };
    const en = notificationText({ kind: "assessment.sections-assigned", details }, createTranslator("en"));
    expect(en.title).toBe("You have been assigned sections of Plastik Maju's assessment");
    expect(en.body).toContain("Workforce skills and learning, Leadership and strategy");
    expect(notificationText({ kind: "assessment.ready-to-submit", details }, createTranslator("en")).title).toBe("All sections are answered: ready to submit");
    expect(notificationText({ kind: "assessment.sections-assigned", details }, createTranslator("ms")).title).toBe("Anda telah ditugaskan bahagian penilaian Plastik Maju");
    expect(notificationTargetPath("assessment.ready-to-submit", "x")).toBe("/assessments/x");
  });
});
