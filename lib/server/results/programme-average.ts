import "server-only";
import type { AssessmentSummary } from "@/lib/db/queries/assessments";
import { getProgrammeDimensionAverages } from "@/lib/db/queries/cohort";
import type { DimensionId } from "@/lib/questionnaire/taxonomy";

/**
 * The average dimension scores of the firms in the assessment's programme, for the radar's
 * third line, or undefined when the firm is in no programme or no average is known.
 */
export async function loadProgrammeAverage(
  assessment: AssessmentSummary,
  questionnaireVersionId: string,
): Promise<Partial<Record<DimensionId, number>> | undefined> {
  if (!assessment.programmeId) return undefined;
  const averages = await getProgrammeDimensionAverages(assessment.programmeId, questionnaireVersionId);
  if (averages.length === 0) return undefined;
  return Object.fromEntries(averages.map((a) => [a.dimensionId, a.average])) as Partial<Record<DimensionId, number>>;
}
