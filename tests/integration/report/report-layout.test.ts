// The PDF report as a reader sees it (issue 17): an approved assessment with validated figures and
// adjusted levels, of a firm with a long name that offers services (fourteen radar spokes, the
// longest dimension names), rendered from a real database in English and in Bahasa Malaysia, and
// read back with poppler-utils. No text is printed over other text, every page is filled (no page
// left half empty by a forced break) and every page says "Page n of N".
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { buildRevisionReport } from "@/app/(sme)/assessments/[assessmentId]/revisions/[revisionNumber]/report/handler";
import { catalogue } from "@/lib/catalogue/catalogue";
import { getDb } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/actor";
import { createDraftAssessment, submitCurrentRevision } from "@/lib/db/queries/assessments";
import { approveAssessment, setIndicatorValidation } from "@/lib/db/queries/review/commands";
import { registerQuestionnaireVersions, seedCatalogue } from "@/lib/db/seed";
import { createTranslator, type Locale } from "@/lib/i18n";
import { emptyAnswerSet, type AnswerSet } from "@/lib/questionnaire/answer-set";
import { currentQuestionnaireId, getPublishedQuestionnaire } from "@/lib/questionnaire/published";
import { listVisibleDimensions } from "@/lib/questionnaire/visible-items";
import { describeOverlap, findOverlaps, inkedDepth, pageText } from "@/lib/report/page-layout-check";
import { scoreSubmission } from "@/lib/scoring/submission-scores";
import { createEnrolledFirm, seedFixtures, type Fixtures } from "../support/fixtures";
import { insertPlanActions } from "../support/plan-fixtures";
import { readPdfPages } from "./poppler";

const questionnaire = getPublishedQuestionnaire(currentQuestionnaireId)!;
const structure = questionnaire.structure;
const generatedAt = new Date("2026-11-28T10:00:00Z");
const longName = "Syarikat Pembuatan Komponen Elektronik dan Plastik Kejuruteraan Tinggi Nusantara (Pulau Pinang) Sdn Bhd";

let fixtures: Fixtures;
let approvedId: string;

/** Levels that differ from dimension to dimension (a radar that is not a circle), with services offered. */
function answers(base: number): AnswerSet {
  const set: AnswerSet = {
    ...emptyAnswerSet(),
    profile: { country: "MY", sector: "22", employees: 180, turnover: "5m-50m", exports: true, "offers-services": true, technologies: ["iot", "cloud-computing"], challenges: ["funding", "skills"] },
  };
  listVisibleDimensions(structure, set).forEach(({ indicators }, d) => {
    for (const i of indicators) set.levels[i.id] = Math.min(5, (base + d) % 6);
  });
  return set;
}

async function submitted(firmId: string, level: number, actor: Actor): Promise<string> {
  const { assessmentId } = await createDraftAssessment(
    { firmId, programmeId: fixtures.programmes.programmeA.id, questionnaireVersionId: questionnaire.id, contentHash: questionnaire.contentHash, answers: answers(level), prefilledFrom: null },
    actor,
  );
  const outcome = await submitCurrentRevision(assessmentId, crypto.randomUUID(), actor, (revision) => ({ kind: "ready", scores: scoreSubmission(structure, revision.answers) }));
  expect(outcome.kind).toBe("submitted");
  return assessmentId;
}

beforeAll(async () => {
  fixtures = await seedFixtures();
  await registerQuestionnaireVersions(getDb(), [{ id: questionnaire.id, contentHash: questionnaire.contentHash }]);
  await seedCatalogue(getDb(), catalogue);
  const manager: Actor = { id: fixtures.users.managerA.id, role: "sme" };
  const officer: Actor = { id: fixtures.users.officerA.id, role: "officer" };
  // Another firm of the programme, so the programme average differs from the firm's own levels.
  await submitted(fixtures.firms.firmA.id, 1, manager);
  const firm = await createEnrolledFirm(fixtures.users.managerA.id, fixtures.programmes.programmeA.id, longName);
  approvedId = await submitted(firm.id, 2, manager);
  const indicators = structure.factors.flatMap((f) => f.dimensions).flatMap((d) => d.indicators);
  for (const [indicator, level] of [
    [indicators[0]!, 1],
    [indicators[indicators.length - 1]!, 0],
  ] as const) {
    const justification = "No training records or maintenance logs were shown during the site visit; the plan the firm described is still a draft.";
    await setIndicatorValidation({ assessmentId: approvedId, revisionNumber: 1, indicatorId: indicator.id, level, justification }, officer);
  }
  expect(await approveAssessment({ assessmentId: approvedId, revisionNumber: 1 }, officer)).toMatchObject({ kind: "done", to: "approved" });
  // An improvement plan with long titles and a long instrument name: its tables must not overprint either (issue 20).
  const instrument = catalogue.find((item) => item.kind === "policy-instrument" && item.status === "active")!;
  await insertPlanActions([
    { firmId: firm.id, dimensionId: "automation", title: "Pilot a collaborative robot cell for sealant dispensing on assembly line 2, with a safety assessment", ownerUserId: fixtures.users.managerA.id, dueOn: "2027-03-31", estimatedCost: 1250000, currency: "MYR", instrumentId: instrument.id, status: "in_progress" },
    { firmId: firm.id, dimensionId: "automation", title: "Retrofit sensors to the two oldest presses", dueOn: "2027-06-30", estimatedCost: 80000, currency: "MYR", instrumentId: instrument.id },
    { firmId: firm.id, dimensionId: "skills", title: "Train two maintenance technicians in PLC programming", status: "done", completedAt: new Date("2026-10-01T00:00:00Z") },
  ]);
});

// Margins of the A4 page (842 pt) left out of the fill measure: the top margin and the footer band.
const margins = { top: 48 / 842, bottom: 60 / 842 };

describe.each<Locale>(["en", "ms"])("the PDF report's layout (%s)", (locale) => {
  it("prints no text over other text, fills every page and numbers each one 'n of N'", async () => {
    const report = (await buildRevisionReport(approvedId, 1, locale, { viewer: "sme", now: generatedAt }))!;
    // Set REPORT_PDF_DIR to keep the rendered reports for a look (pdftoppm -png).
    if (process.env.REPORT_PDF_DIR) await writeFile(join(process.env.REPORT_PDF_DIR, `report-layout-${locale}.pdf`), report.pdf);
    const { text, images } = await readPdfPages(report.pdf);
    const total = text.length;
    expect(total).toBeGreaterThanOrEqual(2);
    expect(images).toHaveLength(total);

    const t = createTranslator(locale);
    text.forEach((page, i) => {
      expect(findOverlaps(page.words).map(describeOverlap), `page ${i + 1}`).toEqual([]);
      expect(pageText(page), `page ${i + 1}`).toContain(t("report.pageOf", { page: i + 1, total }));
    });

    // A page that flows into the next is inked nearly to its bottom margin; one left half empty
    // because the next block did not fit stops near the middle. The last page needs more than a footer.
    const depth = images.map((image) => inkedDepth(image, margins));
    const depths = depth.map((d) => d.toFixed(2)).join(", ");
    depth.slice(0, -1).forEach((d, i) => expect(d, `page ${i + 1} of ${total} filled to ${depths}`).toBeGreaterThan(0.75));
    expect(depth.at(-1)!, `last page filled to ${depths}`).toBeGreaterThan(0.05);

    // The radar's legend names its four series.
    const all = text.map(pageText).join(" ");
    for (const key of ["report.chart.legendCurrent", "report.chart.legendTarget", "report.chart.legendAverage", "report.chart.legendValidated"] as const) expect(all).toContain(t(key));
  });
});
