import "server-only";
import { and, desc, eq, sql } from "drizzle-orm";
import type { AnswerSet } from "@/lib/questionnaire/answer-set";
import { getDb } from "../client";
import { assessmentRevisions, assessments, firms, indicatorValidations, programmes, reviewDecisions, users, type ReviewDecisionKind, type StoredScores } from "../schema";

// What the PDF report of one revision reads. Callers have passed requireAssessmentAccess for the
// assessment; the revision is looked up within it, so a number from another assessment finds nothing.

export type RevisionReportData = {
  firm: { id: string; name: string; country: string; sector: string; employees: number };
  programmeId: string | null;
  programmeName: string | null;
  revision: { id: string; number: number; questionnaireVersionId: string; submittedAt: Date; answers: AnswerSet; scores: StoredScores };
  /** The decision that closed the review of this revision, if any. */
  decision: { decision: ReviewDecisionKind; decidedByName: string; decidedAt: Date; validatedScores: StoredScores | null } | null;
  /** The levels an officer validated on this revision. */
  validations: { indicatorId: string; validatedLevel: number; justification: string }[];
};

/** The report data of a submitted revision of the assessment, or null when the revision does not exist or is a draft. */
export async function getRevisionReportData(assessmentId: string, revisionNumber: number): Promise<RevisionReportData | null> {
  const db = getDb();
  const [row] = await db
    .select({
      firmId: firms.id,
      firmName: firms.name,
      firmCountry: firms.country,
      firmSector: firms.sector,
      firmEmployees: firms.employees,
      programmeId: assessments.programmeId,
      programmeName: programmes.name,
      revisionId: assessmentRevisions.id,
      number: assessmentRevisions.number,
      questionnaireVersionId: assessmentRevisions.questionnaireVersionId,
      submittedAt: assessmentRevisions.submittedAt,
      answers: sql<AnswerSet>`${assessmentRevisions.answers}`,
      scores: assessmentRevisions.scores,
      firmProfile: assessmentRevisions.firmProfile,
    })
    .from(assessmentRevisions)
    .innerJoin(assessments, eq(assessments.id, assessmentRevisions.assessmentId))
    .innerJoin(firms, eq(firms.id, assessments.firmId))
    .leftJoin(programmes, eq(programmes.id, assessments.programmeId))
    .where(and(eq(assessmentRevisions.assessmentId, assessmentId), eq(assessmentRevisions.number, revisionNumber)))
    .limit(1);
  if (!row?.submittedAt || !row.scores) return null;

  const [decisions, validations] = await Promise.all([
    db
      .select({ decision: reviewDecisions.decision, decidedByName: users.name, decidedAt: reviewDecisions.decidedAt, validatedScores: reviewDecisions.validatedScores })
      .from(reviewDecisions)
      .innerJoin(users, eq(users.id, reviewDecisions.decidedBy))
      .where(eq(reviewDecisions.revisionId, row.revisionId))
      .orderBy(desc(reviewDecisions.decidedAt))
      .limit(1),
    db
      .select({ indicatorId: indicatorValidations.indicatorId, validatedLevel: indicatorValidations.validatedLevel, justification: indicatorValidations.justification })
      .from(indicatorValidations)
      .where(eq(indicatorValidations.revisionId, row.revisionId))
      .orderBy(indicatorValidations.validatedAt, indicatorValidations.indicatorId),
  ]);
  return {
    // The report describes the firm as it was scored; older revisions without a snapshot use today's profile.
    firm: { id: row.firmId, ...(row.firmProfile ?? { name: row.firmName, country: row.firmCountry, sector: row.firmSector, employees: row.firmEmployees }) },
    programmeId: row.programmeId,
    programmeName: row.programmeName,
    revision: { id: row.revisionId, number: row.number, questionnaireVersionId: row.questionnaireVersionId, submittedAt: row.submittedAt, answers: row.answers, scores: row.scores },
    decision: decisions[0] ?? null,
    validations,
  };
}
