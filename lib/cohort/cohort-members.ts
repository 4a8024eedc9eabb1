import type { FactorId } from "@/lib/questionnaire/taxonomy";

// The plain data every cohort figure is computed from: the stored scores of each firm's latest
// submitted assessment in a programme (see docs/cohort-analytics.md for the definition).

export type FactorScores = Readonly<Record<FactorId, number | null>>;

/** Figures stored with a submitted revision (self-assessed) or with its approval (validated). */
export type ScoreFigures = {
  readinessIndex: number;
  readinessBand: string;
  factorScores: FactorScores;
  /** Score 0–5 per dimension the firm answered (the services dimensions only for services firms). */
  dimensionScores: Readonly<Record<string, number>>;
};

export type CohortMember = {
  firmId: string;
  /** The firm's ISIC division. */
  sector: string;
  self: ScoreFigures;
  /** The officer-validated figures when the revision was approved, else null. */
  validated: ScoreFigures | null;
  /** Focus areas (the top priority gaps) of the revision, most urgent first. */
  priorityDimensionIds: readonly string[];
};

/** The figures compared from a firm's first to its latest submitted assessment. */
export type ProgressFigures = { readinessIndex: number; factorScores: FactorScores };
export type ProgressPair = { firmId: string; first: ProgressFigures; latest: ProgressFigures };

/** An assessment with a submission, as the cohort rules order them: by start, then by id. */
export type SubmittedAssessment<T> = { firmId: string; assessmentId: string; createdAt: Date; figures: T };

const byStart = <T>(a: SubmittedAssessment<T>, b: SubmittedAssessment<T>) =>
  a.createdAt.getTime() - b.createdAt.getTime() || (a.assessmentId < b.assessmentId ? -1 : a.assessmentId > b.assessmentId ? 1 : 0);

function groupByFirm<T>(assessments: readonly SubmittedAssessment<T>[]): Map<string, SubmittedAssessment<T>[]> {
  const byFirm = new Map<string, SubmittedAssessment<T>[]>();
  for (const assessment of assessments) {
    const list = byFirm.get(assessment.firmId) ?? [];
    list.push(assessment);
    byFirm.set(assessment.firmId, list);
  }
  for (const list of byFirm.values()) list.sort(byStart);
  return byFirm;
}

/** Each firm's latest-started assessment (ties broken by the larger id, as the SQL does). */
export function pickLatestPerFirm<T>(assessments: readonly SubmittedAssessment<T>[]): SubmittedAssessment<T>[] {
  return [...groupByFirm(assessments).values()].map((list) => list.at(-1)!);
}

/** First and latest assessment of each firm that has at least two. */
export function pickFirstAndLatestPerFirm<T>(
  assessments: readonly SubmittedAssessment<T>[],
): { firmId: string; first: SubmittedAssessment<T>; latest: SubmittedAssessment<T> }[] {
  return [...groupByFirm(assessments).entries()]
    .filter(([, list]) => list.length >= 2)
    .map(([firmId, list]) => ({ firmId, first: list[0]!, latest: list.at(-1)! }));
}
