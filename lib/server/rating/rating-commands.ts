import "server-only";
import type { Actor } from "@/lib/auth/actor";
import type { AssessmentSummary } from "@/lib/db/queries/assessments";
import { agreeRoundLevels, finishOwnRating, openRatingRound, saveOwnRatings, type AgreementInput } from "@/lib/db/queries/rating-rounds";
import { loadAssessment } from "@/lib/server/assessments/load-assessment";
import { dimensionIndicatorIds } from "./dimension-indicators";

// The rating page's commands: each reads the dimension's indicators from the questionnaire version
// of the draft, then hands the rule and the write to the query (one transaction each).

async function indicatorsFor(assessment: AssessmentSummary, dimensionId: string) {
  const { questionnaire, revision } = await loadAssessment(assessment);
  return dimensionIndicatorIds(questionnaire.structure, revision.answers, dimensionId) ?? [];
}

export async function openRound(actor: Actor, assessment: AssessmentSummary, dimensionId: string, raterIds: readonly string[]) {
  const { questionnaire } = await loadAssessment(assessment);
  return openRatingRound(actor, {
    assessmentId: assessment.id,
    dimensionId,
    raterIds,
    indicatorsOf: (answers) => dimensionIndicatorIds(questionnaire.structure, answers, dimensionId),
  });
}

export async function rateOwn(actor: Actor, assessment: AssessmentSummary, dimensionId: string, levels: Record<string, number>, options: { finish: boolean }) {
  const indicatorIds = await indicatorsFor(assessment, dimensionId);
  const saved = await saveOwnRatings(actor, { assessmentId: assessment.id, dimensionId, indicatorIds, levels });
  if (saved.kind !== "done" || !options.finish) return saved;
  return finishOwnRating(actor, { assessmentId: assessment.id, dimensionId, indicatorIds });
}

export async function agreeLevels(actor: Actor, assessment: AssessmentSummary, dimensionId: string, agreements: readonly AgreementInput[]) {
  const indicatorIds = await indicatorsFor(assessment, dimensionId);
  return agreeRoundLevels(actor, { assessmentId: assessment.id, dimensionId, indicatorIds, agreements });
}
