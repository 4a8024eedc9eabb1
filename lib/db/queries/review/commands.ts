import "server-only";
import { and, eq } from "drizzle-orm";
import type { Actor } from "@/lib/auth/actor";
import { getPublishedQuestionnaire } from "@/lib/questionnaire/published";
import { listVisibleDimensions } from "@/lib/questionnaire/visible-items";
import { confirmedJustification, indicatorsToConfirm, needsJustification } from "@/lib/review/review-progress";
import { findReviewableIndicator, isReviewableDimension } from "@/lib/review/reviewable-items";
import { isBlankText } from "@/lib/text/user-text";
import { scoreValidatedSubmission } from "@/lib/review/validated-scores";
import type { Executor } from "../../client";
import { assessmentRevisions, indicatorValidations, programmes, reviewComments, reviewDecisions } from "../../schema";
import { carryAnswerAuthorship } from "../answer-history";
import { validatedScoreColumns } from "../validated-score-columns";
import { runReviewCommand, type ReviewOutcome } from "./review-transaction";

// The review commands. Each writes only its own change; the lock, the state rule, the status,
// the audit event and the notification are the skeleton's (review-transaction.ts).

export type { ReviewOutcome };

function questionnaireOf(versionId: string) {
  const questionnaire = getPublishedQuestionnaire(versionId);
  if (!questionnaire) throw new Error(`questionnaire ${versionId} is not shipped`);
  return questionnaire;
}

export type ValidationInput = {
  assessmentId: string;
  revisionNumber: number;
  indicatorId: string;
  level: number;
  /** Required when the level differs from the firm's (decided here, from the stored answers); may be blank when it confirms it. */
  justification: string;
};

/** Sets (or changes) the officer's validated level of one indicator; the first review action opens the review. */
export function setIndicatorValidation(input: ValidationInput, actor: Actor): Promise<ReviewOutcome> {
  return runReviewCommand(input, "validate", actor, async (tx, locked) => {
    const indicator = findReviewableIndicator(questionnaireOf(locked.revision.questionnaireVersionId).structure, locked.revision.answers, input.indicatorId);
    if (!indicator) return { refused: "unknown-indicator" };
    const firmLevel = locked.revision.answers.levels[input.indicatorId];
    const blank = isBlankText(input.justification);
    if (blank && needsJustification(firmLevel, input.level)) return { refused: "justification-required" };
    const justification = blank ? confirmedJustification : input.justification;
    const [previous] = await tx
      .select({ level: indicatorValidations.validatedLevel })
      .from(indicatorValidations)
      .where(and(eq(indicatorValidations.revisionId, locked.revision.id), eq(indicatorValidations.indicatorId, input.indicatorId)));
    const values = { validatedLevel: input.level, justification, validatedBy: actor.id, validatedAt: new Date() };
    await tx
      .insert(indicatorValidations)
      .values({ revisionId: locked.revision.id, indicatorId: input.indicatorId, assessmentId: input.assessmentId, ...values })
      .onConflictDoUpdate({ target: [indicatorValidations.revisionId, indicatorValidations.indicatorId], set: values });
    return {
      audit: {
        reason: justification,
        details: {
          revision: input.revisionNumber,
          indicatorId: input.indicatorId,
          dimensionId: indicator.dimensionId,
          selfAssessedLevel: firmLevel ?? null,
          validatedLevel: input.level,
          previousValidatedLevel: previous?.level ?? null,
        },
      },
    };
  });
}

export type ConfirmDimensionInput = { assessmentId: string; revisionNumber: number; dimensionId: string };

/**
 * Validates every indicator of one dimension that has no validation yet at the firm's own level,
 * in one transaction; an indicator already validated (confirmed or adjusted) is left as it is.
 * Refused, changing nothing, when every level is already validated (e.g. a second officer
 * confirming the same dimension at once: the lock makes one of them find nothing left).
 */
export function confirmDimensionLevels(input: ConfirmDimensionInput, actor: Actor): Promise<ReviewOutcome> {
  return runReviewCommand(input, "validate", actor, async (tx, locked) => {
    const { structure } = questionnaireOf(locked.revision.questionnaireVersionId);
    const dimension = listVisibleDimensions(structure, locked.revision.answers).find(({ dimension }) => dimension.id === input.dimensionId);
    if (!dimension) return { refused: "unknown-dimension" };
    const stored = await tx
      .select({ indicatorId: indicatorValidations.indicatorId, level: indicatorValidations.validatedLevel })
      .from(indicatorValidations)
      .where(eq(indicatorValidations.revisionId, locked.revision.id));
    const firmLevels = locked.revision.answers.levels;
    const toConfirm = indicatorsToConfirm(
      dimension.indicators.map((indicator) => indicator.id),
      { firmLevels, validatedLevels: new Map(stored.map((row) => [row.indicatorId, row.level])) },
    );
    if (toConfirm.length === 0) return { refused: "nothing-to-confirm" };
    const validatedAt = new Date();
    await tx
      .insert(indicatorValidations)
      .values(
        toConfirm.map((indicatorId) => ({
          revisionId: locked.revision.id,
          indicatorId,
          assessmentId: input.assessmentId,
          validatedLevel: firmLevels[indicatorId]!,
          justification: confirmedJustification,
          validatedBy: actor.id,
          validatedAt,
        })),
      )
      .onConflictDoNothing();
    return { audit: { reason: confirmedJustification, details: { revision: input.revisionNumber, dimensionId: input.dimensionId, confirmedIndicators: toConfirm } } };
  });
}

export type CommentInput = { assessmentId: string; revisionNumber: number; dimensionId: string | null; body: string };

/** Adds an officer's comment on one dimension (or the whole assessment); the first review action opens the review. */
export function addReviewComment(input: CommentInput, actor: Actor): Promise<ReviewOutcome> {
  return runReviewCommand(input, "comment", actor, async (tx, locked) => {
    if (input.dimensionId !== null && !isReviewableDimension(questionnaireOf(locked.revision.questionnaireVersionId).structure, locked.revision.answers, input.dimensionId)) {
      return { refused: "unknown-dimension" };
    }
    const [comment] = await tx
      .insert(reviewComments)
      .values({ assessmentId: input.assessmentId, revisionId: locked.revision.id, dimensionId: input.dimensionId, authorId: actor.id, body: input.body })
      .returning({ id: reviewComments.id });
    return { audit: { details: { revision: input.revisionNumber, dimensionId: input.dimensionId, commentId: comment?.id ?? null } } };
  });
}

export type DecisionInput = { assessmentId: string; revisionNumber: number };

/**
 * Approves the revision under review. The validated scores (the answers with the validated levels,
 * scored as at submit with the programme's targets) are computed under the lock from what is
 * stored, so they match exactly the validations the decision closes.
 */
export function approveAssessment(input: DecisionInput, actor: Actor): Promise<ReviewOutcome> {
  return runReviewCommand(input, "approve", actor, async (tx, locked) => {
    const validations = await tx
      .select({ indicatorId: indicatorValidations.indicatorId, validatedLevel: indicatorValidations.validatedLevel })
      .from(indicatorValidations)
      .where(eq(indicatorValidations.revisionId, locked.revision.id));
    const programmeTargets = locked.programmeId ? await readProgrammeTargets(tx, locked.programmeId) : {};
    const scores = scoreValidatedSubmission(questionnaireOf(locked.revision.questionnaireVersionId).structure, locked.revision.answers, validations, programmeTargets);
    await tx.insert(reviewDecisions).values({ assessmentId: input.assessmentId, revisionId: locked.revision.id, decision: "approved", decidedBy: actor.id, ...validatedScoreColumns(scores) });
    return {
      audit: { details: { revision: input.revisionNumber, validatedIndex: scores.readinessIndex, validatedBand: scores.readinessBand, validations: validations.length } },
      notify: { kind: "assessment.approved", assessmentId: input.assessmentId },
    };
  });
}

/**
 * Returns the revision under review to the firm with the officer's reason, and opens the next
 * revision as a draft copy of its answers (same questionnaire version), which the firm edits and
 * resubmits.
 */
export function returnAssessment(input: DecisionInput & { reason: string }, actor: Actor): Promise<ReviewOutcome> {
  return runReviewCommand(input, "return", actor, async (tx, locked) => {
    const nextRevision = locked.revision.number + 1;
    await tx.insert(reviewDecisions).values({ assessmentId: input.assessmentId, revisionId: locked.revision.id, decision: "returned", reason: input.reason, decidedBy: actor.id });
    const [next] = await tx
      .insert(assessmentRevisions)
      .values({
        assessmentId: input.assessmentId,
        number: nextRevision,
        questionnaireVersionId: locked.revision.questionnaireVersionId,
        contentHash: locked.revision.contentHash,
        answers: locked.revision.answers,
      })
      .returning({ id: assessmentRevisions.id });
    // The copied answers keep who answered them (decision 027).
    if (next) await carryAnswerAuthorship(tx, locked.revision.id, next.id);
    return {
      audit: { reason: input.reason, details: { revision: input.revisionNumber, newRevision: nextRevision } },
      currentRevision: nextRevision,
      notify: { kind: "assessment.returned", assessmentId: input.assessmentId, reason: input.reason },
    };
  });
}

async function readProgrammeTargets(executor: Executor, programmeId: string): Promise<Record<string, number>> {
  const [row] = await executor.select({ targets: programmes.targets }).from(programmes).where(eq(programmes.id, programmeId));
  return row?.targets ?? {};
}
