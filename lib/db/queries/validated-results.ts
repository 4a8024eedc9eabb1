import "server-only";
import { and, asc, eq } from "drizzle-orm";
import { getDb } from "../client";
import { assessmentRevisions, assessments, indicatorValidations, reviewDecisions, users, type StoredScores } from "../schema";

// What a firm reads of its officer's approval: the validated scores and every adjusted level with
// its justification (issue 17). Each query takes the firm's id as its scope, on top of the caller's
// guard (requireAssessmentAccess / requireRole("sme")), so a firm id that does not own the
// assessment finds nothing.

export type ValidatedAdjustment = { indicatorId: string; validatedLevel: number; justification: string };

export type ValidatedResult = {
  revisionNumber: number;
  decidedAt: Date;
  decidedByName: string;
  /** The answers with the officer's levels, scored at approval with the programme's targets. */
  scores: StoredScores;
  /** Every level the officer set on this revision, in the order they were set. */
  adjustments: ValidatedAdjustment[];
};

/** The approval of one revision of the firm's assessment, or null (not approved, an older decision without validated scores, or not the firm's). */
export async function getValidatedResultForFirm(firmId: string, assessmentId: string, revisionNumber: number): Promise<ValidatedResult | null> {
  const db = getDb();
  const [decision] = await db
    .select({
      revisionId: assessmentRevisions.id,
      revisionNumber: assessmentRevisions.number,
      decidedAt: reviewDecisions.decidedAt,
      decidedByName: users.name,
      scores: reviewDecisions.validatedScores,
    })
    .from(reviewDecisions)
    .innerJoin(assessmentRevisions, eq(assessmentRevisions.id, reviewDecisions.revisionId))
    .innerJoin(assessments, eq(assessments.id, reviewDecisions.assessmentId))
    .innerJoin(users, eq(users.id, reviewDecisions.decidedBy))
    .where(
      and(
        eq(assessments.firmId, firmId),
        eq(reviewDecisions.assessmentId, assessmentId),
        eq(assessmentRevisions.number, revisionNumber),
        eq(reviewDecisions.decision, "approved"),
      ),
    )
    .limit(1);
  if (!decision?.scores) return null;
  const adjustments = await db
    .select({ indicatorId: indicatorValidations.indicatorId, validatedLevel: indicatorValidations.validatedLevel, justification: indicatorValidations.justification })
    .from(indicatorValidations)
    .where(eq(indicatorValidations.revisionId, decision.revisionId))
    .orderBy(asc(indicatorValidations.validatedAt), asc(indicatorValidations.indicatorId));
  return { revisionNumber: decision.revisionNumber, decidedAt: decision.decidedAt, decidedByName: decision.decidedByName, scores: decision.scores, adjustments };
}

export type ValidatedIndex = { revisionNumber: number; index: number; band: string };

/** The validated index and band of each approved assessment of the firm, by assessment id (for the dashboard). */
export async function listValidatedIndexesForFirm(firmId: string): Promise<Map<string, ValidatedIndex>> {
  const rows = await getDb()
    .select({
      assessmentId: reviewDecisions.assessmentId,
      revisionNumber: assessmentRevisions.number,
      index: reviewDecisions.validatedIndex,
      band: reviewDecisions.validatedBand,
    })
    .from(reviewDecisions)
    .innerJoin(assessmentRevisions, eq(assessmentRevisions.id, reviewDecisions.revisionId))
    .innerJoin(assessments, eq(assessments.id, reviewDecisions.assessmentId))
    // Only an assessment still approved: one approval per assessment closes it (lib/assessments/lifecycle.ts).
    .where(and(eq(assessments.firmId, firmId), eq(reviewDecisions.decision, "approved"), eq(assessments.status, "approved")))
    .orderBy(asc(assessmentRevisions.number));
  const byAssessment = new Map<string, ValidatedIndex>();
  for (const row of rows) {
    if (row.index === null || row.band === null) continue;
    byAssessment.set(row.assessmentId, { revisionNumber: row.revisionNumber, index: Number(row.index), band: row.band });
  }
  return byAssessment;
}
