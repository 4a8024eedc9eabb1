import "server-only";
import { findPreviousSubmission } from "@/lib/db/queries/previous-submission";
import type { StoredScores, UserRole } from "@/lib/db/schema";
import { factorIds } from "@/lib/questionnaire/taxonomy";
import { assessmentProgress, type AssessmentProgress } from "@/lib/scoring/assessment-progress";

export type ProgressSincePrevious = {
  progress: AssessmentProgress;
  previous: { assessmentId: string; revisionNumber: number; submittedAt: Date };
};

/**
 * A submission against the firm's previous assessment, for the results page and the PDF report;
 * undefined when there is none this reader may see. Only a firm's managers and admins see every
 * assessment of the firm: anyone else (an officer) compares only within the assessment's programme.
 * The caller has passed requireAssessmentAccess for the assessment.
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
  return { progress, previous: { assessmentId: previous.assessmentId, revisionNumber: previous.revisionNumber, submittedAt: previous.submittedAt } };
}
