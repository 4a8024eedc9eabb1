import "server-only";
import { and, desc, eq, isNotNull, lt, ne, type SQL } from "drizzle-orm";
import { factorIds } from "@/lib/questionnaire/taxonomy";
import type { ScoreSnapshot } from "@/lib/scoring/assessment-progress";
import { getDb } from "../client";
import { assessmentRevisions, assessments } from "../schema";

export type PreviousSubmission = ScoreSnapshot & {
  assessmentId: string;
  revisionNumber: number;
  submittedAt: Date;
};

/**
 * The firm's latest submission of another assessment made before `before`: what "progress since
 * the previous assessment" compares a result with. `programmeId` limits it to one programme (an
 * officer sees no assessment of the firm outside the programmes they run). Null when there is none.
 * The caller must have passed requireAssessmentAccess for the assessment being shown.
 */
export async function findPreviousSubmission(input: {
  firmId: string;
  assessmentId: string;
  before: Date;
  programmeId?: string;
}): Promise<PreviousSubmission | null> {
  const conditions: SQL[] = [
    eq(assessments.firmId, input.firmId),
    ne(assessments.id, input.assessmentId),
    isNotNull(assessmentRevisions.readinessIndex),
    lt(assessmentRevisions.submittedAt, input.before),
  ];
  if (input.programmeId) conditions.push(eq(assessments.programmeId, input.programmeId));
  const [row] = await getDb()
    .select({
      assessmentId: assessments.id,
      revisionNumber: assessmentRevisions.number,
      submittedAt: assessmentRevisions.submittedAt,
      readinessIndex: assessmentRevisions.readinessIndex,
      readinessBand: assessmentRevisions.readinessBand,
      people: assessmentRevisions.peopleScore,
      process: assessmentRevisions.processScore,
      technology: assessmentRevisions.technologyScore,
      services: assessmentRevisions.servicesScore,
      dimensionScores: assessmentRevisions.dimensionScores,
    })
    .from(assessments)
    // An assessment counts with its latest submission, the one its firm and officer last agreed on.
    .innerJoin(assessmentRevisions, and(eq(assessmentRevisions.assessmentId, assessments.id), eq(assessmentRevisions.number, assessments.latestSubmittedRevision)))
    .where(and(...conditions))
    .orderBy(desc(assessmentRevisions.submittedAt), desc(assessments.id))
    .limit(1);
  if (!row?.submittedAt || row.readinessIndex === null || !row.readinessBand || !row.dimensionScores) return null;
  const factorScores: ScoreSnapshot["factorScores"] = {};
  for (const factorId of factorIds) {
    const score = row[factorId];
    if (score !== null) factorScores[factorId] = score;
  }
  return {
    assessmentId: row.assessmentId,
    revisionNumber: row.revisionNumber,
    submittedAt: row.submittedAt,
    readinessIndex: row.readinessIndex,
    readinessBand: row.readinessBand,
    factorScores,
    dimensionScores: row.dimensionScores,
  };
}
