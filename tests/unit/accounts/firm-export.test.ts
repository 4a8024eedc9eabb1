import { describe, expect, it } from "vitest";
import { buildFirmExport, firmExportFilename, type FirmExportRows } from "@/lib/accounts/firm-export";

const t = (iso: string) => new Date(iso);
const scores = { readinessIndex: 52.5, readinessBand: "adopter", peopleScore: 2.5, processScore: 2, technologyScore: 3, servicesScore: null, dimensionScores: { automation: 3 } };

const rows: FirmExportRows = {
  firm: { id: "f1", name: "Plastik Maju Sdn Bhd", country: "MY", sector: "22", employees: 80, createdAt: t("2026-01-01T00:00:00Z") },
  members: [{ name: "Tan Wei Ming", email: "tan@plastik.example", active: true, memberSince: t("2026-01-01T00:00:00Z") }],
  programmes: [{ id: "p1", name: "Penang Cohort", country: "MY", enrolledAt: t("2026-01-02T00:00:00Z") }],
  assessments: [
    {
      id: "a1",
      programmeId: "p1",
      programmeName: "Penang Cohort",
      status: "approved",
      currentRevision: 2,
      readinessIndex: 55,
      readinessBand: "adopter",
      lastSubmittedAt: t("2026-02-01T00:00:00Z"),
      createdAt: t("2026-01-05T00:00:00Z"),
      updatedAt: t("2026-02-02T00:00:00Z"),
    },
    {
      id: "a2",
      programmeId: null,
      programmeName: null,
      status: "draft",
      currentRevision: 1,
      readinessIndex: null,
      readinessBand: null,
      lastSubmittedAt: null,
      createdAt: t("2026-03-01T00:00:00Z"),
      updatedAt: t("2026-03-01T00:00:00Z"),
    },
  ],
  revisions: [
    // Out of order on purpose: the document lists revisions by number.
    { ...scores, id: "r2", assessmentId: "a1", number: 2, questionnaireVersionId: "v1", answers: { notes: { i1: "second" } }, submittedAt: t("2026-02-01T00:00:00Z"), submittedBy: "Tan Wei Ming", scoreDetails: { result: 2 }, priorityDimensionIds: ["automation"], createdAt: t("2026-01-20T00:00:00Z"), updatedAt: t("2026-02-01T00:00:00Z") },
    { ...scores, id: "r1", assessmentId: "a1", number: 1, questionnaireVersionId: "v1", answers: { notes: { i1: "first" } }, submittedAt: t("2026-01-10T00:00:00Z"), submittedBy: "Tan Wei Ming", scoreDetails: { result: 1 }, priorityDimensionIds: null, createdAt: t("2026-01-05T00:00:00Z"), updatedAt: t("2026-01-10T00:00:00Z") },
    { ...scores, readinessIndex: null, id: "r3", assessmentId: "a2", number: 1, questionnaireVersionId: "v1", answers: {}, submittedAt: null, submittedBy: null, scoreDetails: null, priorityDimensionIds: null, createdAt: t("2026-03-01T00:00:00Z"), updatedAt: t("2026-03-01T00:00:00Z") },
  ],
  validations: [{ revisionId: "r2", indicatorId: "i1", validatedLevel: 2, justification: "No sensor data seen.", validatedBy: "Officer Aminah", validatedAt: t("2026-02-01T10:00:00Z") }],
  comments: [{ revisionId: "r1", dimensionId: null, author: "Officer Aminah", body: "Add evidence.", createdAt: t("2026-01-11T00:00:00Z") }],
  decisions: [
    { ...scores, revisionId: "r1", decision: "returned", reason: "Add evidence.", decidedBy: "Officer Aminah", decidedAt: t("2026-01-12T00:00:00Z"), scoreDetails: null },
    { ...scores, readinessIndex: 50, revisionId: "r2", decision: "approved", reason: null, decidedBy: "Officer Aminah", decidedAt: t("2026-02-02T00:00:00Z"), scoreDetails: { validated: true } },
  ],
  notifications: [{ recipient: "Tan Wei Ming", recipientEmail: "tan@plastik.example", kind: "assessment.approved", assessmentId: "a1", details: { firmName: "Plastik Maju Sdn Bhd" }, createdAt: t("2026-02-02T00:00:00Z"), readAt: null }],
  planActions: [
    {
      id: "pa1",
      dimensionId: "automation",
      title: "Pilot a cobot cell",
      notes: "Line 2 first.",
      ownerName: "Tan Wei Ming",
      startsOn: "2026-06-01",
      dueOn: "2026-12-31",
      estimatedCost: 120000,
      currency: "MYR",
      instrumentId: "my-intervention-fund",
      instrumentName: { en: "Intervention Fund", ms: "Dana Intervensi" },
      suggestedFrom: null,
      status: "in_progress",
      completedAt: null,
      version: 3,
      createdAt: t("2026-03-02T00:00:00Z"),
      createdBy: "Tan Wei Ming",
      updatedAt: t("2026-03-05T00:00:00Z"),
      updatedBy: "Tan Wei Ming",
    },
  ],
  planComments: [{ assessmentId: "a1", dimensionId: "automation", author: "Officer Aminah", body: "Ask for the fund early.", createdAt: t("2026-03-06T00:00:00Z") }],
  answerHistory: [
    { revisionId: "r1", field: "levels.i1", value: 3, changedBy: "Aisyah Rahman", changedAt: t("2026-01-06T00:00:00Z"), source: "autosave" },
    { revisionId: "r1", field: "notes.i1", value: null, changedBy: "Tan Wei Ming", changedAt: t("2026-01-07T00:00:00Z"), source: "page" },
    { revisionId: "r2", field: "levels.i1", value: 3, changedBy: "Aisyah Rahman", changedAt: t("2026-01-06T00:00:00Z"), source: "carried" },
  ],
};

describe("the firm's data download", () => {
  const exported = buildFirmExport(rows, t("2026-05-04T08:00:00Z"));

  it("carries the improvement plan's actions, with owner and instrument by name, and the officers' comments on it", () => {
    expect(exported.plan.actions).toEqual([
      {
        id: "pa1",
        dimensionId: "automation",
        title: "Pilot a cobot cell",
        notes: "Line 2 first.",
        owner: "Tan Wei Ming",
        startsOn: "2026-06-01",
        dueOn: "2026-12-31",
        estimatedCost: 120000,
        currency: "MYR",
        instrument: { id: "my-intervention-fund", name: { en: "Intervention Fund", ms: "Dana Intervensi" } },
        suggestedFrom: null,
        status: "in_progress",
        completedAt: null,
        version: 3,
        createdAt: "2026-03-02T00:00:00.000Z",
        createdBy: "Tan Wei Ming",
        updatedAt: "2026-03-05T00:00:00.000Z",
        updatedBy: "Tan Wei Ming",
      },
    ]);
    expect(exported.plan.comments).toEqual([{ assessmentId: "a1", dimensionId: "automation", author: "Officer Aminah", body: "Ask for the fund early.", createdAt: "2026-03-06T00:00:00.000Z" }]);
  });

  it("says what it is and when it was made, and carries the firm, its managers and programmes", () => {
    expect(exported).toMatchObject({ format: "adp-readiness/firm-export", version: 1, exportedAt: "2026-05-04T08:00:00.000Z" });
    expect(exported.firm).toEqual({ id: "f1", name: "Plastik Maju Sdn Bhd", country: "MY", sector: "22", employees: 80, createdAt: "2026-01-01T00:00:00.000Z" });
    expect(exported.members).toEqual([{ name: "Tan Wei Ming", email: "tan@plastik.example", active: true, memberSince: "2026-01-01T00:00:00.000Z" }]);
    expect(exported.programmes).toEqual([{ id: "p1", name: "Penang Cohort", country: "MY", enrolledAt: "2026-01-02T00:00:00.000Z" }]);
  });

  it("lists every revision of each assessment by number, with answers, notes and scores", () => {
    const [reviewed, draft] = exported.assessments;
    expect(reviewed?.programme).toEqual({ id: "p1", name: "Penang Cohort" });
    expect(reviewed?.revisions.map((r) => r.number)).toEqual([1, 2]);
    expect(reviewed?.revisions[0]?.answers).toEqual({ notes: { i1: "first" } });
    expect(reviewed?.revisions[1]?.scores).toEqual({
      readinessIndex: 52.5,
      readinessBand: "adopter",
      factors: { people: 2.5, process: 2, technology: 3, services: null },
      dimensions: { automation: 3 },
      details: { result: 2 },
      focusAreas: ["automation"],
    });
    expect(draft?.programme).toBeNull();
    expect(draft?.revisions).toHaveLength(1);
    expect(draft?.revisions[0]?.scores).toBeNull();
  });

  it("puts each revision's answer history under it: field, value, who, when and how", () => {
    const [first, second] = exported.assessments[0]!.revisions;
    expect(first?.answerHistory).toEqual([
      { field: "levels.i1", value: 3, changedBy: "Aisyah Rahman", changedAt: "2026-01-06T00:00:00.000Z", source: "autosave" },
      { field: "notes.i1", value: null, changedBy: "Tan Wei Ming", changedAt: "2026-01-07T00:00:00.000Z", source: "page" },
    ]);
    expect(second?.answerHistory).toEqual([{ field: "levels.i1", value: 3, changedBy: "Aisyah Rahman", changedAt: "2026-01-06T00:00:00.000Z", source: "carried" }]);
    expect(exported.assessments[1]!.revisions[0]!.answerHistory).toEqual([]);
  });

  it("puts each review under the revision it is about: comments, validations and the decision with validated scores", () => {
    const [first, second] = exported.assessments[0]!.revisions;
    expect(first?.review.comments).toEqual([{ dimensionId: null, author: "Officer Aminah", body: "Add evidence.", createdAt: "2026-01-11T00:00:00.000Z" }]);
    expect(first?.review.decision).toMatchObject({ decision: "returned", reason: "Add evidence.", validatedScores: null });
    expect(second?.review.validations).toEqual([
      { indicatorId: "i1", validatedLevel: 2, justification: "No sensor data seen.", validatedBy: "Officer Aminah", validatedAt: "2026-02-01T10:00:00.000Z" },
    ]);
    expect(second?.review.decision?.validatedScores).toMatchObject({ readinessIndex: 50, details: { validated: true } });
    expect(exported.assessments[1]!.revisions[0]!.review).toEqual({ validations: [], comments: [], decision: null });
  });

  it("carries the managers' notifications about the firm", () => {
    expect(exported.notifications).toEqual([
      { recipient: "Tan Wei Ming", recipientEmail: "tan@plastik.example", kind: "assessment.approved", assessmentId: "a1", details: { firmName: "Plastik Maju Sdn Bhd" }, createdAt: "2026-02-02T00:00:00.000Z", readAt: null },
    ]);
  });

  it("survives a JSON round trip unchanged", () => {
    expect(JSON.parse(JSON.stringify(exported))).toEqual(exported);
  });
});

describe("the download's file name", () => {
  it("is ASCII, names the firm and the UTC day", () => {
    expect(firmExportFilename("Plastik Maju Sdn. Bhd.", t("2026-05-04T23:30:00Z"))).toBe("firm-data-plastik-maju-sdn-bhd-2026-05-04.json");
    expect(firmExportFilename("Café Ñoño — Kilang \"Jaya\"", t("2026-05-04T00:00:00Z"))).toBe("firm-data-cafe-nono-kilang-jaya-2026-05-04.json");
    expect(firmExportFilename("工厂", t("2026-05-04T00:00:00Z"))).toBe("firm-data-firm-2026-05-04.json");
    expect(firmExportFilename("x".repeat(80), t("2026-05-04T00:00:00Z"))).toBe(`firm-data-${"x".repeat(60)}-2026-05-04.json`);
  });
});
