// The PDF report of a revision against a real database (PGlite and PostgreSQL): a submitted and
// approved assessment renders through the same function the route uses, in English and in Bahasa
// Malaysia, and the PDF's own text carries the firm, the index and band, the factor scores, the
// recommendations of the results page and the officer's validation. A draft has no report.
import { beforeAll, describe, expect, it } from "vitest";
import { buildRevisionReport } from "@/app/(sme)/assessments/[assessmentId]/revisions/[revisionNumber]/report/handler";
import { createNumberFormats } from "@/components/results/number-formats";
import { localizeRecommendations, recommendWithText } from "@/lib/server/recommendations/recommendations";
import { catalogue } from "@/lib/catalogue/catalogue";
import { getDb } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/actor";
import { createDraftAssessment, getSubmittedRevisionScores, submitCurrentRevision } from "@/lib/db/queries/assessments";
import { listActiveCatalogueForRecommendations } from "@/lib/db/queries/catalogue";
import { approveAssessment, setIndicatorValidation } from "@/lib/db/queries/review/commands";
import { getValidatedResultForFirm } from "@/lib/db/queries/validated-results";
import { registerQuestionnaireVersions, seedCatalogue } from "@/lib/db/seed";
import { createTranslator, type MessageKey } from "@/lib/i18n";
import { emptyAnswerSet, type AnswerSet } from "@/lib/questionnaire/answer-set";
import { currentQuestionnaireId, getPublishedQuestionnaire } from "@/lib/questionnaire/published";
import { textForLocale } from "@/lib/questionnaire/text-for-locale";
import { listVisibleDimensions } from "@/lib/questionnaire/visible-items";
import { toPdfText } from "@/lib/report/pdf-text";
import { scoreSubmission } from "@/lib/scoring/submission-scores";
import { createEnrolledFirm, seedFixtures, type Fixtures } from "../support/fixtures";
import { extractPdfText } from "./pdf-text";

const questionnaire = getPublishedQuestionnaire(currentQuestionnaireId)!;
const structure = questionnaire.structure;
const firstSkill = structure.factors[0]!.dimensions.find((d) => d.id === "skills")!.indicators[0]!;
const generatedAt = new Date("2026-11-28T10:00:00Z");

let fixtures: Fixtures;
let approvedId: string;
const manager = (): Actor => ({ id: fixtures.users.managerA.id, role: "sme" });
const officer = (): Actor => ({ id: fixtures.users.officerA.id, role: "officer" });

function completeAnswers(level: number): AnswerSet {
  const answers: AnswerSet = {
    ...emptyAnswerSet(),
    profile: { country: "MY", sector: "22", employees: 50, turnover: "1m-5m", exports: true, "offers-services": false, technologies: ["none"], challenges: ["funding"] },
  };
  for (const { indicators } of listVisibleDimensions(structure, answers)) for (const i of indicators) answers.levels[i.id] = level;
  return answers;
}

async function draft(level = 2, firmId = fixtures.firms.firmA.id): Promise<string> {
  const { assessmentId } = await createDraftAssessment(
    { firmId, programmeId: fixtures.programmes.programmeA.id, questionnaireVersionId: questionnaire.id, contentHash: questionnaire.contentHash, answers: completeAnswers(level), prefilledFrom: null },
    manager(),
  );
  return assessmentId;
}

async function submit(id: string) {
  const outcome = await submitCurrentRevision(id, crypto.randomUUID(), manager(), (revision) => ({ kind: "ready", scores: scoreSubmission(structure, revision.answers) }));
  expect(outcome.kind).toBe("submitted");
}

beforeAll(async () => {
  fixtures = await seedFixtures();
  await registerQuestionnaireVersions(getDb(), [{ id: questionnaire.id, contentHash: questionnaire.contentHash }]);
  await seedCatalogue(getDb(), catalogue);
  approvedId = await draft();
  await submit(approvedId);
  await setIndicatorValidation({ assessmentId: approvedId, revisionNumber: 1, indicatorId: firstSkill.id, level: 1, justification: "No training records seen" }, officer());
  expect(await approveAssessment({ assessmentId: approvedId, revisionNumber: 1 }, officer())).toMatchObject({ kind: "done", to: "approved" });
});

/** What the report must say, worked out independently of the report code from the stored scores. */
async function expectedText(locale: "en" | "ms") {
  const t = createTranslator(locale);
  const formats = createNumberFormats(locale);
  const text = textForLocale(questionnaire.texts, locale, structure.defaultLocale);
  const stored = (await getSubmittedRevisionScores(approvedId, 1))!;
  // An approved revision's report leads with the validated scores and recommends for their focus areas (issue 17).
  const validated = (await getValidatedResultForFirm(fixtures.firms.firmA.id, approvedId, 1))!;
  const recommendations = localizeRecommendations(
    recommendWithText({ profile: completeAnswers(2).profile, priorities: validated.scores.priorities, catalogue: await listActiveCatalogueForRecommendations() }, { today: generatedAt.toISOString().slice(0, 10) }),
    locale,
  );
  return {
    t,
    index: formats.index(stored.readinessIndex),
    validatedIndex: formats.index(validated.scores.result.index.value),
    band: t(`bands.${stored.readinessBand}.name` as MessageKey),
    factor: text.factors.people!.title,
    recommendation: recommendations.firmsLikeYours[0]?.title ?? recommendations.supportYouCanUse[0]!.title,
    question: text.indicators[firstSkill.id]!.question,
  };
}

describe("the PDF report of a revision", () => {
  it("prints the firm, index, band, factors, recommendations and the officer's validation in English", async () => {
    const report = (await buildRevisionReport(approvedId, 1, "en", { viewer: "sme", now: generatedAt }))!;
    expect(report.filename).toBe("adp-readiness-firm-a-sdn-bhd-r1.pdf");
    expect(report.pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    const text = extractPdfText(report.pdf);
    const expected = await expectedText("en");
    expect(text).toContain("ADP readiness report");
    expect(text).toContain("Firm A Sdn Bhd");
    expect(text).toContain(expected.index);
    expect(text).toContain(expected.band);
    expect(text).toContain(expected.factor);
    expect(text).toContain(toPdfText(expected.recommendation));
    expect(text).toContain("Programme officer's validation");
    expect(text).toContain("Approved by Officer A on ");
    expect(text).toContain("No training records seen");
    expect(text).toContain(toPdfText(expected.question));
    expect(text).toMatch(/Page 1 of [2-9]/);
    // The validated index leads, the self-assessed one beside it, then the officer's justification, before the rest of the report.
    const validatedAt = text.indexOf(`Validated readiness index ${expected.validatedIndex} out of 100`);
    expect(validatedAt).toBeGreaterThan(0);
    expect(expected.validatedIndex).not.toBe(expected.index);
    expect(text.indexOf(`Self-assessed: ${expected.index} out of 100`)).toBeGreaterThan(validatedAt);
    expect(text.indexOf("No training records seen")).toBeLessThan(text.indexOf("Scores by factor"));
  });

  it("prints the same report in Bahasa Malaysia", async () => {
    const report = (await buildRevisionReport(approvedId, 1, "ms", { viewer: "sme", now: generatedAt }))!;
    const text = extractPdfText(report.pdf);
    const expected = await expectedText("ms");
    expect(text).toContain("Laporan kesediaan ADP");
    expect(text).toContain("Firm A Sdn Bhd");
    expect(text).toContain(expected.index);
    expect(text).toContain(expected.band);
    expect(text).toContain(expected.factor);
    expect(text).toContain(toPdfText(expected.recommendation));
    expect(text).toContain("Pengesahan pegawai program");
    expect(text).toContain("Halaman 1 daripada");
    expect(text).not.toContain("ADP readiness report");
  });

  it("prints the progress since the firm's previous assessment; an officer's copy compares within the programme only", async () => {
    const id = await draft(4);
    await submit(id);
    const after = (await getSubmittedRevisionScores(id, 1))!;
    const formats = createNumberFormats("en");
    const firmCopy = extractPdfText((await buildRevisionReport(id, 1, "en", { viewer: "sme", now: generatedAt }))!.pdf);
    expect(firmCopy).toContain("Progress since your previous assessment");
    expect(firmCopy).toContain(toPdfText(`${formats.index(after.readinessIndex)} (${createTranslator("en")(`bands.${after.readinessBand}.name` as MessageKey)}) now: a change of +`));

    // Outside any programme, an officer has no programme to compare within: no progress section.
    const { assessmentId: outside } = await createDraftAssessment(
      { firmId: fixtures.firms.firmA.id, programmeId: null, questionnaireVersionId: questionnaire.id, contentHash: questionnaire.contentHash, answers: completeAnswers(5), prefilledFrom: null },
      manager(),
    );
    await submit(outside);
    expect(extractPdfText((await buildRevisionReport(outside, 1, "en", { viewer: "sme", now: generatedAt }))!.pdf)).toContain("Progress since your previous assessment");
    expect(extractPdfText((await buildRevisionReport(outside, 1, "en", { viewer: "officer", now: generatedAt }))!.pdf)).not.toContain("Progress since your previous assessment");
  });

  it("has no validation section before approval and no report for a draft or an unknown revision", async () => {
    // Another firm of manager A: firm A's re-assessment above is still under review (one unfinished per programme).
    const id = await draft(3, (await createEnrolledFirm(fixtures.users.managerA.id, fixtures.programmes.programmeA.id)).id);
    expect(await buildRevisionReport(id, 1, "en", { viewer: "sme", now: generatedAt })).toBeNull();
    await submit(id);
    const text = extractPdfText((await buildRevisionReport(id, 1, "en", { viewer: "sme", now: generatedAt }))!.pdf);
    expect(text).toContain("Self-assessment: not yet validated by a programme officer.");
    expect(text).not.toContain("Programme officer's validation");
    expect(await buildRevisionReport(id, 2, "en", { viewer: "sme", now: generatedAt })).toBeNull();
  });
});
