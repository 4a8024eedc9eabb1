import { describe, expect, it } from "vitest";
import { createTranslator } from "@/lib/i18n";
import { buildReportModel, type ReportReview } from "@/lib/report/report-model";
import { assessmentProgress } from "@/lib/scoring/assessment-progress";
import { questionnaire, reportInput, wordingFor } from "./support";

const english = wordingFor("en");
const malay = wordingFor("ms");

describe("buildReportModel", () => {
  it("words the firm, its revision and the index with its band in the reader's language", () => {
    const input = reportInput();
    const model = buildReportModel(input, english);
    expect(model.title).toBe("ADP readiness report");
    expect(model.firmName).toBe("Kilang Maju Sdn Bhd");
    expect(model.revisionLine).toBe("Revision 2, submitted on 2 March 2026");
    expect(model.generatedLine).toBe("Report generated on 28 November 2026");
    expect(model.firm.rows).toEqual([
      { label: "Firm", value: "Kilang Maju Sdn Bhd" },
      { label: "Sector", value: "Rubber and plastics products" },
      { label: "Size", value: "Small (50 employees)" },
      { label: "Country", value: "Malaysia" },
      { label: "Programme", value: "Penang Smart Factory 2026" },
      { label: "ADP technologies in use", value: `${questionnaire.texts.en.profile.technologies!.options!.iot}, ${questionnaire.texts.en.profile.technologies!.options!["cloud-computing"]}` },
      { label: "Main challenges", value: "Lack of funds" },
    ]);
    expect(model.index.valueText).toBe(english.formats.index(input.revision.result.index.value));
    expect(model.index.bandName).toBe(createTranslator("en")(`bands.${input.revision.result.index.band}.name`));
    expect(model.index.scale).toBe("Bands: Newcomer 0–19.9, Explorer 20–39.9, Adopter 40–59.9, Integrator 60–79.9, Leader 80–100.");
    expect(model.pageOfTemplate).toBe("Page {page} of {total}");
  });

  it("lists every factor and every dimension with current level, target, gap and band", () => {
    const input = reportInput();
    const model = buildReportModel(input, english);
    expect(model.factors.table.columns).toEqual(["Factor", "Score (0–5)", "Band"]);
    expect(model.factors.table.rows.map((row) => row.cells[0])).toEqual(["People", "Process", "Technology"]);
    expect(model.gaps.table.rows).toHaveLength(input.revision.result.dimensions.length);
    const skills = input.revision.result.dimensions.find((d) => d.dimensionId === "skills")!;
    expect(model.gaps.table.rows.find((row) => row.key === "skills")!.cells).toEqual([
      questionnaire.texts.en.dimensions.skills!.title,
      "People",
      english.formats.score(skills.score),
      english.formats.level(skills.target.level),
      english.formats.score(skills.gap),
      createTranslator("en")(`bands.${skills.band}.name`),
    ]);
  });

  it("gives each focus area its rank, numbers and the results page's reason sentences", () => {
    const input = reportInput();
    const model = buildReportModel(input, english);
    const first = input.revision.priorities.focusAreas[0]!;
    expect(model.focus.none).toBeNull();
    expect(model.focus.areas[0]).toMatchObject({ rank: 1, title: questionnaire.texts.en.dimensions[first.dimensionId]!.title });
    expect(model.focus.areas[0]!.reasons).toEqual(first.reasons.map(english.describeReason));
    expect(model.focus.areas[0]!.reasons[0]).toMatch(/^You are at /);
  });

  it("says so when every target is reached", () => {
    const input = reportInput();
    const done = buildReportModel({ ...input, revision: { ...input.revision, priorities: { ...input.revision.priorities, focusAreas: [] } } }, english);
    expect(done.focus.none).toMatch(/^Every dimension has reached its target/);
  });

  it("keeps the recommendations as the results page words them, with an empty list saying so", () => {
    const model = buildReportModel(reportInput(), english);
    expect(model.recommendations.intro).toContain("28 November 2026");
    expect(model.recommendations.lists[0]!.items[0]!.headline).toBe("ZC Rubber, also a tyre and rubber products maker, steadied its mixing; it addresses your gap in operations (1 level).");
    // Helvetica cannot print "→": it becomes "->".
    expect(model.recommendations.lists[0]!.items[0]!.title).toBe("ZC Rubber: cloud analytics -> steadier mixing");
    expect(model.recommendations.lists[1]).toMatchObject({ heading: "Support you can use", items: [], none: "Nothing in the catalogue matches closely enough yet." });
  });

  it("has a progress section only when the firm has a previous assessment, with the same figures as the results page", () => {
    const input = reportInput();
    expect(buildReportModel(input, english).progress).toBeNull();
    const progress = assessmentProgress(
      { readinessIndex: 30.04, readinessBand: "explorer", factorScores: { people: 1.5 }, dimensionScores: { skills: 1.33 } },
      { readinessIndex: 42.5, readinessBand: "adopter", factorScores: { people: 2.25 }, dimensionScores: { skills: 1.25 } },
      { factorIds: ["people"], dimensionIds: ["skills"] },
    );
    const model = buildReportModel({ ...input, progress: { previousSubmittedAt: new Date("2025-11-03T02:00:00Z"), progress } }, english).progress!;
    expect(model.heading).toBe("Progress since your previous assessment");
    expect(model.comparedWith).toBe("Compared with the assessment submitted on 3 November 2025, self-assessed scores on both sides.");
    expect(model.summary).toBe("Readiness index 30.0 (Explorer) then, 42.5 (Adopter) now: a change of +12.5. 0 of 1 dimension went up, 0 went down.");
    expect(model.table.columns).toEqual(["Score", "Then", "Now", "Change"]);
    expect(model.table.rows.map((r) => r.cells)).toEqual([
      ["Readiness index (0–100)", "30.0", "42.5", "+12.5"],
      [questionnaire.texts.en.factors.people!.title, "1.5", "2.3", "+0.8"],
      [questionnaire.texts.en.dimensions.skills!.title, "1.3", "1.3", "0.0"],
    ]);
  });

  it("has a validation section only for an approved revision, with the officer's levels and reasons", () => {
    const input = reportInput();
    expect(buildReportModel(input, english).validation).toBeNull();
    expect(buildReportModel({ ...input, review: { kind: "returned" } }, english).validation).toBeNull();
    expect(buildReportModel({ ...input, review: { kind: "returned" } }, english).statusLine).toMatch(/^Returned to the firm/);
    expect(buildReportModel({ ...input, review: { kind: "no-programme" } }, english).statusLine).toMatch(/outside any programme/);

    const indicatorId = input.revision.result.dimensions[0]!.sources.indicators[0]!.indicatorId;
    const review: ReportReview = {
      kind: "approved",
      decidedByName: "Officer Aminah",
      decidedAt: new Date("2026-03-10T02:00:00Z"),
      validated: { ...input.revision.result, index: { ...input.revision.result.index, value: 35.25, band: "explorer" } },
      validations: [{ indicatorId, firmLevel: 1, validatedLevel: 0, justification: "No training records seen" }],
    };
    const validation = buildReportModel({ ...input, review }, english).validation!;
    expect(validation.heading).toBe("Programme officer's validation");
    expect(validation.approvedBy).toBe("Approved by Officer Aminah on 10 March 2026.");
    expect(validation.comparison.rows[0]!.cells).toEqual(["Readiness index (0–100)", english.formats.index(input.revision.result.index.value), "35.3"]);
    expect(validation.comparison.rows[1]!.cells[2]).toBe("Explorer");
    expect(validation.adjustments!.rows).toEqual([
      { key: indicatorId, cells: [questionnaire.texts.en.indicators[indicatorId]!.question, "1", "0", "No training records seen"] },
    ]);
    expect(buildReportModel({ ...input, review: { ...review, validations: [] } }, english).validation!.adjustments).toBeNull();
  });

  it("words everything in Bahasa Malaysia for a Malay reader", () => {
    const input = reportInput();
    const model = buildReportModel(input, malay);
    expect(model.title).toBe("Laporan kesediaan ADP");
    expect(model.revisionLine).toBe("Versi 2, dihantar pada 2 Mac 2026");
    expect(model.firm.rows[1]).toEqual({ label: "Sektor", value: createTranslator("ms")("sectors.22") });
    expect(model.index.bandName).toBe(createTranslator("ms")(`bands.${input.revision.result.index.band}.name`));
    expect(model.factors.table.rows.map((row) => row.cells[0])).toEqual(input.revision.result.factors.map((f) => questionnaire.texts.ms.factors[f.factorId]!.title));
    expect(model.pageOfTemplate).toBe("Halaman {page} daripada {total}");
  });

  it("draws the radar from the dimension scores and targets", () => {
    const input = reportInput();
    const { geometry } = buildReportModel(input, english).chart;
    expect(geometry.axes.map((a) => a.dimensionId)).toEqual(input.revision.result.dimensions.map((d) => d.dimensionId));
    expect(geometry.current).toHaveLength(input.revision.result.dimensions.length);
  });

  it("draws the programme average where it is known, and says so in the legend and the introduction", () => {
    const input = reportInput();
    const [first] = input.revision.result.dimensions;
    const without = buildReportModel(input, english).chart;
    expect(without.legend.average).toBeNull();
    expect(without.intro).not.toContain("average");
    expect(without.geometry.average.every((point) => point.value === undefined)).toBe(true);

    const chart = buildReportModel({ ...input, programmeAverage: { [first!.dimensionId]: 2.5 } }, english).chart;
    expect(chart.legend.average).toBe("Programme average");
    expect(chart.intro).toContain("The dotted grey line is the average of the firms in the programme.");
    expect(chart.geometry.average[0]!.value).toBe(2.5);
    // A dimension nobody in the programme scored is a gap in the line, not a dip to level 0.
    expect(chart.geometry.average[1]!.value).toBeUndefined();
    expect(buildReportModel({ ...input, programmeAverage: { [first!.dimensionId]: 2.5 } }, malay).chart.legend.average).toBe("Purata program");
  });

  it("overlays the validated levels once approved, and names them in the legend", () => {
    const input = reportInput();
    const validated = { ...input.revision.result, dimensions: input.revision.result.dimensions.map((d) => ({ ...d, score: 0.5 })) };
    const review: ReportReview = { kind: "approved", decidedByName: "Officer Aminah", decidedAt: new Date("2026-03-10T02:00:00Z"), validated, validations: [] };
    const chart = buildReportModel({ ...input, review }, english).chart;
    expect(chart.legend.validated).toBe("Validated level");
    expect(chart.intro).toContain("The solid green line is the level the programme officer validated.");
    expect(chart.validated).toHaveLength(input.revision.result.dimensions.length);
    expect(chart.validated).not.toEqual(chart.geometry.current);
    expect(buildReportModel(input, english).chart.validated).toBeNull();
  });
});
