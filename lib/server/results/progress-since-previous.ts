import "server-only";
import { listPlanActionsForFirm } from "@/lib/db/queries/plan/plan-actions";
import { findPreviousSubmission } from "@/lib/db/queries/previous-submission";
import { actionsDoneBetween } from "@/lib/plan/plan-view";
import type { StoredScores, UserRole } from "@/lib/db/schema";
import { factorIds } from "@/lib/questionnaire/taxonomy";
import { assessmentProgress, type AssessmentProgress } from "@/lib/scoring/assessment-progress";

export type ProgressSincePrevious = {
  progress: AssessmentProgress;
  previous: { assessmentId: string; revisionNumber: number; submittedAt: Date };
  /** Per dimension, the titles of the plan's actions done between the two submissions (lib/plan/plan-view.ts actionsDoneBetween). */
  planDone: Record<string, string[]>;
};

/**
 * A submission against the firm's previous assessment, for the results page and the PDF report;
 * undefined when there is none this reader may see. Only a firm's managers and admins see every
 * assessment of the firm: anyone else (an officer) compares only within the assessment's programme.
 * Beside each dimension, the firm's improvement-plan actions done since the previous submission
 * (every reader of the results may see the firm's plan). The caller has passed
 * requireAssessmentAccess for the assessment.
 */
export async function loadProgressSincePrevious(input: {
  firmId: string;
  assessmentId: string;
  programmeId: string | null;
  viewer: UserRole | undefined;
  shown: { submittedAt: Date; scores: StoredScores };
}): Promise<ProgressSincePrevious | undefined> {
  const wholeFirm = input.viewer === "sme" || input.viewer === "admin";
  if (!wholeFirm && !input.programmeId) return undefined;
  const previous = await findPreviousSubmission({
    firmId: input.firmId,
    assessmentId: input.assessmentId,
    before: input.shown.submittedAt,
    ...(wholeFirm || !input.programmeId ? {} : { programmeId: input.programmeId }),
  });
  if (!previous) return undefined;
  const { result } = input.shown.scores;
  const now = {
    readinessIndex: result.index.value,
    readinessBand: result.index.band,
    factorScores: Object.fromEntries(result.factors.map((f) => [f.factorId, f.score])),
    dimensionScores: Object.fromEntries(result.dimensions.map((d) => [d.dimensionId, d.score])),
  };
  const progress = assessmentProgress(previous, now, { factorIds, dimensionIds: result.dimensions.map((d) => d.dimensionId) });
  const done = actionsDoneBetween(await listPlanActionsForFirm(input.firmId), previous.submittedAt, input.shown.submittedAt);
  return {
    progress,
    previous: { assessmentId: previous.assessmentId, revisionNumber: previous.revisionNumber, submittedAt: previous.submittedAt },
    planDone: Object.fromEntries([...done].map(([dimensionId, actions]) => [dimensionId, actions.map((a) => a.title)])),
  };
}
