// A realistic report input for the unit tests: a firm's answers scored by the real engine with the
// shipped questionnaire, and the wording the route uses (translator, formats, reason sentences).
import { createNumberFormats } from "@/components/results/number-formats";
import { describePriorityReason } from "@/components/results/reason-sentence";
import { createTranslator, type Locale } from "@/lib/i18n";
import { emptyAnswerSet, type AnswerSet } from "@/lib/questionnaire/answer-set";
import { currentQuestionnaireId, getPublishedQuestionnaire } from "@/lib/questionnaire/published";
import { textForLocale } from "@/lib/questionnaire/text-for-locale";
import { listVisibleDimensions } from "@/lib/questionnaire/visible-items";
import type { ReportInput, ReportWording } from "@/lib/report/report-model";
import { scoreSubmission } from "@/lib/scoring/submission-scores";

export const questionnaire = getPublishedQuestionnaire(currentQuestionnaireId)!;

/** Every indicator at `level`, except the first indicator of each dimension one level lower (so scores are not whole numbers). */
export function answersAt(level: number): AnswerSet {
  const answers: AnswerSet = {
    ...emptyAnswerSet(),
    profile: { country: "MY", sector: "22", employees: 50, turnover: "1m-5m", exports: true, "offers-services": false, technologies: ["iot", "cloud-computing"], challenges: ["funding"] },
  };
  for (const { indicators } of listVisibleDimensions(questionnaire.structure, answers)) {
    indicators.forEach((indicator, i) => (answers.levels[indicator.id] = i === 0 ? Math.max(0, level - 1) : level));
  }
  return answers;
}

export function reportInput(overrides: Partial<ReportInput> = {}, answers: AnswerSet = answersAt(2)): ReportInput {
  const scores = scoreSubmission(questionnaire.structure, answers);
  return {
    firm: { name: "Kilang Maju Sdn Bhd", country: "MY", sector: "22", employees: 50 },
    programmeName: "Penang Smart Factory 2026",
    revision: { number: 2, submittedAt: new Date("2026-03-02T04:00:00Z"), profile: answers.profile, result: scores.result, priorities: scores.priorities },
    review: { kind: "pending" },
    recommendations: {
      asOf: "2026-11-28",
      firmsLikeYours: [{ itemId: "zc-rubber", title: "ZC Rubber: cloud analytics → steadier mixing", headline: "ZC Rubber, also a tyre and rubber products maker, steadied its mixing; it addresses your gap in operations (1 level).", reasons: ["It addresses operations."] }],
      supportYouCanUse: [],
    },
    generatedAt: new Date("2026-11-28T10:00:00Z"),
    ...overrides,
  };
}

export function wordingFor(locale: Locale): ReportWording {
  const t = createTranslator(locale);
  const formats = createNumberFormats(locale);
  const text = textForLocale(questionnaire.texts, locale, questionnaire.structure.defaultLocale);
  const names = {
    dimension: (id: string) => text.dimensions[id]?.title ?? id,
    challenge: (id: string) => text.profile.challenges?.options?.[id] ?? id,
    sector: (code: string) => text.profile.sector?.options?.[code] ?? code,
  };
  return { locale, t, formats, text, describeReason: (reason) => describePriorityReason(reason, t, names, formats) };
}
