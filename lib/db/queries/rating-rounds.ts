import "server-only";
import { and, asc, eq, inArray, isNotNull, isNull, or, sql } from "drizzle-orm";
import type { Actor } from "@/lib/auth/actor";
import { editableStatuses } from "@/lib/assessments/lifecycle";
import { firmRoleMay } from "@/lib/firms/team-roles";
import type { AnswerSet } from "@/lib/questionnaire/answer-set";
import { decideAgree, decideFinish, decideOpenRound, decideRate, type RatingRefusal } from "@/lib/rating/commands";
import { roundState } from "@/lib/rating/round-state";
import { getDb, type Executor } from "../client";
import {
  assessmentRevisions,
  assessments,
  firmMemberships,
  independentRatings,
  ratingAgreements,
  ratingRoundRaters,
  ratingRounds,
  users,
} from "../schema";
import { saveDraftAnswers } from "./assessments";
import { recordAuditEvent } from "./audit";
import { notifyFirmPeople } from "./notifications";

// Independent rating rounds (docs/decisions/028-independent-rating.md). Every command locks the
// row its rule reads (the assessment for opening, the rater's row for rating and finishing, the
// round for agreeing), decides with lib/rating/commands.ts inside the transaction, and audits there.

export type RoundRater = { userId: string; name: string; finishedAt: Date | null };
export type RoundAgreement = { indicatorId: string; agreedLevel: number; note: string | null; agreedByName: string; agreedAt: Date };
export type RatingRound = {
  id: string;
  revisionId: string;
  dimensionId: string;
  openedAt: Date;
  closedAt: Date | null;
  raters: RoundRater[];
  agreements: RoundAgreement[];
};

async function readRound(executor: Executor, where: ReturnType<typeof and>): Promise<RatingRound | null> {
  const [round] = await executor
    .select({ id: ratingRounds.id, revisionId: ratingRounds.revisionId, dimensionId: ratingRounds.dimensionId, openedAt: ratingRounds.openedAt, closedAt: ratingRounds.closedAt })
    .from(ratingRounds)
    .where(where)
    .limit(1);
  if (!round) return null;
  const [raters, agreements] = await Promise.all([
    // A rater removed from the firm before handing in drops out of the round (it would otherwise
    // stay open for ever); one who handed in stays, with their levels, as part of the record.
    executor
      .select({ userId: ratingRoundRaters.userId, name: users.name, finishedAt: ratingRoundRaters.finishedAt })
      .from(ratingRoundRaters)
      .innerJoin(users, eq(users.id, ratingRoundRaters.userId))
      .innerJoin(ratingRounds, eq(ratingRounds.id, ratingRoundRaters.roundId))
      .innerJoin(assessmentRevisions, eq(assessmentRevisions.id, ratingRounds.revisionId))
      .innerJoin(assessments, eq(assessments.id, assessmentRevisions.assessmentId))
      .innerJoin(firmMemberships, and(eq(firmMemberships.firmId, assessments.firmId), eq(firmMemberships.userId, ratingRoundRaters.userId)))
      .where(and(eq(ratingRoundRaters.roundId, round.id), or(isNull(firmMemberships.removedAt), isNotNull(ratingRoundRaters.finishedAt))))
      .orderBy(asc(users.name), asc(users.id)),
    executor
      .select({ indicatorId: ratingAgreements.indicatorId, agreedLevel: ratingAgreements.agreedLevel, note: ratingAgreements.note, agreedByName: users.name, agreedAt: ratingAgreements.agreedAt })
      .from(ratingAgreements)
      .innerJoin(users, eq(users.id, ratingAgreements.agreedBy))
      .where(eq(ratingAgreements.roundId, round.id)),
  ]);
  return { ...round, raters, agreements };
}

/** The round of one dimension of a revision, with its raters and agreements (no levels). */
export function getRatingRound(revisionId: string, dimensionId: string): Promise<RatingRound | null> {
  return readRound(getDb(), and(eq(ratingRounds.revisionId, revisionId), eq(ratingRounds.dimensionId, dimensionId)));
}

/** Every round of a revision, for the overview and the officer's review page. */
export async function listRatingRounds(revisionId: string): Promise<RatingRound[]> {
  const ids = await getDb().select({ dimensionId: ratingRounds.dimensionId }).from(ratingRounds).where(eq(ratingRounds.revisionId, revisionId));
  const rounds = await Promise.all(ids.map(({ dimensionId }) => getRatingRound(revisionId, dimensionId)));
  return rounds.filter((round): round is RatingRound => round !== null);
}

export type StoredRating = { userId: string; indicatorId: string; level: number };

/**
 * The levels of a round: every rater's (`{ all: true }`) or one rater's own. The caller decides
 * which with lib/rating/visibility.ts; the other raters' rows are never read for a rater.
 */
export function listRoundRatings(roundId: string, scope: { all: true } | { userId: string }): Promise<StoredRating[]> {
  const own = "userId" in scope ? eq(independentRatings.userId, scope.userId) : undefined;
  return getDb()
    .select({ userId: independentRatings.userId, indicatorId: independentRatings.indicatorId, level: independentRatings.level })
    .from(independentRatings)
    .where(and(eq(independentRatings.roundId, roundId), own));
}

/** Dimensions of the revision being rated apart now (rounds not closed): their levels are the round's to set. */
export async function listOpenRoundDimensions(revisionId: string): Promise<string[]> {
  const rows = await getDb()
    .select({ dimensionId: ratingRounds.dimensionId })
    .from(ratingRounds)
    .where(and(eq(ratingRounds.revisionId, revisionId), isNull(ratingRounds.closedAt)));
  return rows.map((row) => row.dimensionId);
}

export type RatingOutcome<T = object> = ({ kind: "done" } & T) | { kind: "refused"; refusal: RatingRefusal } | { kind: "not-found" };

/** The assessment of a revision locked for the command, whether it is an editable draft, and the actor's firm role. */
async function lockRevision(tx: Executor, actor: Actor, assessmentId: string, mode: "update" | "share") {
  const lock = mode === "update" ? sql`for update of a` : sql`for share of a`;
  const result = await tx.execute<{ revision_id: string; firm_id: string; status: string; submitted_at: string | null; answers: AnswerSet; version: number }>(sql`
    select r.id as revision_id, a.firm_id, a.status, r.submitted_at, r.answers, r.version
    from ${assessments} a join ${assessmentRevisions} r on r.assessment_id = a.id and r.number = a.current_revision
    where a.id = ${assessmentId} ${lock}`);
  const row = result.rows[0];
  if (!row) return null;
  const [membership] = await tx
    .select({ role: firmMemberships.role })
    .from(firmMemberships)
    .where(and(eq(firmMemberships.firmId, row.firm_id), eq(firmMemberships.userId, actor.id), isNull(firmMemberships.removedAt)));
  return {
    revisionId: row.revision_id,
    firmId: row.firm_id,
    answers: row.answers,
    version: Number(row.version),
    editableDraft: (editableStatuses as readonly string[]).includes(row.status) && row.submitted_at === null,
    role: membership?.role ?? null,
  };
}


/**
 * Opens a dimension of the assessment's draft for independent rating by the chosen members.
 * `indicatorsOf` answers the dimension's visible indicators for the draft's answers (null when the
 * dimension is not shown to this firm).
 */
export async function openRatingRound(
  actor: Actor,
  input: { assessmentId: string; dimensionId: string; raterIds: readonly string[]; indicatorsOf: (answers: AnswerSet) => string[] | null },
): Promise<RatingOutcome<{ roundId: string }>> {
  return getDb().transaction(async (tx) => {
    const locked = await lockRevision(tx, actor, input.assessmentId, "update");
    if (!locked || !locked.role) return { kind: "not-found" };
    const raterIds = [...new Set(input.raterIds)];
    const [existing, members] = await Promise.all([
      tx.select({ id: ratingRounds.id }).from(ratingRounds).where(and(eq(ratingRounds.revisionId, locked.revisionId), eq(ratingRounds.dimensionId, input.dimensionId))),
      raterIds.length === 0
        ? Promise.resolve([])
        : tx
            .select({ userId: firmMemberships.userId })
            .from(firmMemberships)
            .innerJoin(users, eq(users.id, firmMemberships.userId))
            .where(and(eq(firmMemberships.firmId, locked.firmId), inArray(firmMemberships.userId, raterIds), isNull(firmMemberships.removedAt), eq(users.active, true))),
    ]);
    const decision = decideOpenRound({
      leadsFirm: firmRoleMay(locked.role, "submit"),
      editableDraft: locked.editableDraft,
      dimensionVisible: input.indicatorsOf(locked.answers) !== null,
      roundExists: existing.length > 0,
      raterIds,
      activeMemberIds: new Set(members.map((m) => m.userId)),
    });
    if (!decision.ok) return { kind: "refused", refusal: decision.refusal };
    const [round] = await tx.insert(ratingRounds).values({ revisionId: locked.revisionId, dimensionId: input.dimensionId, openedBy: actor.id }).returning({ id: ratingRounds.id });
    await tx.insert(ratingRoundRaters).values(raterIds.map((userId) => ({ roundId: round!.id, userId })));
    await notifyFirmPeople(tx, { kind: "rating.round-opened", assessmentId: input.assessmentId, userIds: raterIds });
    await recordAuditEvent(tx, {
      actor,
      action: "rating.round-opened",
      entityType: "assessment",
      entityId: input.assessmentId,
      details: { roundId: round!.id, dimensionId: input.dimensionId, raterIds },
    });
    return { kind: "done", roundId: round!.id };
  });
}

/** The round and the actor's own rater row, locked; with the round's state. */
async function lockRaterRound(tx: Executor, actor: Actor, assessmentId: string, dimensionId: string, indicatorIds: readonly string[]) {
  const locked = await lockRevision(tx, actor, assessmentId, "share");
  if (!locked || !locked.role) return null;
  const round = await readRound(tx, and(eq(ratingRounds.revisionId, locked.revisionId), eq(ratingRounds.dimensionId, dimensionId)));
  if (!round) return null;
  const [own] = await tx
    .select({ finishedAt: ratingRoundRaters.finishedAt })
    .from(ratingRoundRaters)
    .where(and(eq(ratingRoundRaters.roundId, round.id), eq(ratingRoundRaters.userId, actor.id)))
    .for("update");
  const state = roundState({ raters: round.raters, indicatorIds, agreedIndicatorIds: round.agreements.map((a) => a.indicatorId) });
  return { locked, round, own: own ?? null, state };
}

/** Saves (upserts) the actor's own levels in an open round; other raters' levels are untouched and unread. */
export async function saveOwnRatings(
  actor: Actor,
  input: { assessmentId: string; dimensionId: string; indicatorIds: readonly string[]; levels: Record<string, number> },
): Promise<RatingOutcome> {
  return getDb().transaction(async (tx) => {
    const found = await lockRaterRound(tx, actor, input.assessmentId, input.dimensionId, input.indicatorIds);
    if (!found) return { kind: "not-found" };
    const decision = decideRate({
      isRater: found.own !== null,
      finished: found.own?.finishedAt != null,
      state: found.state,
      editableDraft: found.locked.editableDraft,
      levels: input.levels,
      indicatorIds: input.indicatorIds,
    });
    if (!decision.ok) return { kind: "refused", refusal: decision.refusal };
    const rows = Object.entries(input.levels).map(([indicatorId, level]) => ({ roundId: found.round.id, userId: actor.id, indicatorId, level }));
    // Nothing to store (a hand-in with no new level): nothing to audit either.
    if (rows.length === 0) return { kind: "done" };
    await tx
      .insert(independentRatings)
      .values(rows)
      .onConflictDoUpdate({ target: [independentRatings.roundId, independentRatings.userId, independentRatings.indicatorId], set: { level: sql`excluded.level`, ratedAt: sql`now()` } });
    await recordAuditEvent(tx, { actor, action: "rating.rated", entityType: "assessment", entityId: input.assessmentId, details: { roundId: found.round.id, indicators: rows.length } });
    return { kind: "done" };
  });
}

/** The rater hands in: every indicator of the dimension must carry their level. */
export async function finishOwnRating(actor: Actor, input: { assessmentId: string; dimensionId: string; indicatorIds: readonly string[] }): Promise<RatingOutcome> {
  return getDb().transaction(async (tx) => {
    const found = await lockRaterRound(tx, actor, input.assessmentId, input.dimensionId, input.indicatorIds);
    if (!found) return { kind: "not-found" };
    const rated = await tx
      .select({ indicatorId: independentRatings.indicatorId })
      .from(independentRatings)
      .where(and(eq(independentRatings.roundId, found.round.id), eq(independentRatings.userId, actor.id)));
    const decision = decideFinish({
      isRater: found.own !== null,
      finished: found.own?.finishedAt != null,
      state: found.state,
      editableDraft: found.locked.editableDraft,
      ratedIndicatorIds: rated.map((r) => r.indicatorId),
      indicatorIds: input.indicatorIds,
    });
    if (!decision.ok) return { kind: "refused", refusal: decision.refusal };
    await tx
      .update(ratingRoundRaters)
      .set({ finishedAt: new Date() })
      .where(and(eq(ratingRoundRaters.roundId, found.round.id), eq(ratingRoundRaters.userId, actor.id)));
    await recordAuditEvent(tx, { actor, action: "rating.finished", entityType: "assessment", entityId: input.assessmentId, details: { roundId: found.round.id } });
    return { kind: "done" };
  });
}

export type AgreementInput = { indicatorId: string; level: number; note: string | null };

/**
 * The manager's agreed levels: stored per indicator, written into the draft's answers through
 * saveDraftAnswers (compare-and-set on the version read under the round's lock) with one
 * answer_changes row each (source "agreement"), all in one transaction. Closes the round once
 * every indicator is agreed. "stale" when an ordinary save won the race: nothing is kept.
 */
export async function agreeRoundLevels(
  actor: Actor,
  input: { assessmentId: string; dimensionId: string; indicatorIds: readonly string[]; agreements: readonly AgreementInput[] },
): Promise<RatingOutcome<{ closed: boolean }> | { kind: "stale" }> {
  try {
    return await getDb().transaction(async (tx) => {
      const locked = await lockRevision(tx, actor, input.assessmentId, "share");
      if (!locked || !locked.role) return { kind: "not-found" as const };
      // The round row is the agreement's lock: two agree posts run one after the other.
      const [lockedRound] = await tx
        .select({ id: ratingRounds.id })
        .from(ratingRounds)
        .where(and(eq(ratingRounds.revisionId, locked.revisionId), eq(ratingRounds.dimensionId, input.dimensionId)))
        .for("update");
      if (!lockedRound) return { kind: "not-found" as const };
      const round = (await readRound(tx, eq(ratingRounds.id, lockedRound.id)))!;
      const state = roundState({ raters: round.raters, indicatorIds: input.indicatorIds, agreedIndicatorIds: round.agreements.map((a) => a.indicatorId) });
      const decision = decideAgree({ leadsFirm: firmRoleMay(locked.role, "submit"), state, editableDraft: locked.editableDraft, agreements: input.agreements, indicatorIds: input.indicatorIds });
      if (!decision.ok) return { kind: "refused" as const, refusal: decision.refusal };
      if (input.agreements.length > 0) {
        await tx
          .insert(ratingAgreements)
          .values(input.agreements.map((a) => ({ roundId: round.id, indicatorId: a.indicatorId, agreedLevel: a.level, note: a.note, agreedBy: actor.id })))
          .onConflictDoUpdate({
            target: [ratingAgreements.roundId, ratingAgreements.indicatorId],
            set: { agreedLevel: sql`excluded.agreed_level`, note: sql`excluded.note`, agreedBy: sql`excluded.agreed_by`, agreedAt: sql`now()` },
          });
        // Re-read the answers after the lock wait: a rival agreement may have committed meanwhile.
        const [fresh] = await tx.select({ answers: assessmentRevisions.answers, version: assessmentRevisions.version }).from(assessmentRevisions).where(eq(assessmentRevisions.id, locked.revisionId));
        const answers = fresh!.answers as AnswerSet;
        const levels = { ...answers.levels, ...Object.fromEntries(input.agreements.map((a) => [a.indicatorId, a.level])) };
        // The save records the changed levels in the answer history as the manager's "agreement".
        const version = await saveDraftAnswers(locked.revisionId, { version: fresh!.version, answers }, { ...answers, levels }, { userId: actor.id, source: "agreement" }, tx);
        if (version === null) throw new StaleAgreement();
      }
      const agreedIds = new Set([...round.agreements.map((a) => a.indicatorId), ...input.agreements.map((a) => a.indicatorId)]);
      const closed = input.indicatorIds.every((id) => agreedIds.has(id));
      if (closed) await tx.update(ratingRounds).set({ closedAt: new Date() }).where(eq(ratingRounds.id, round.id));
      await recordAuditEvent(tx, {
        actor,
        action: "rating.agreed",
        entityType: "assessment",
        entityId: input.assessmentId,
        toState: closed ? "closed" : "ready",
        details: { roundId: round.id, agreements: input.agreements.map((a) => ({ indicatorId: a.indicatorId, level: a.level })) },
      });
      return { kind: "done" as const, closed };
    });
  } catch (error) {
    if (error instanceof StaleAgreement) return { kind: "stale" };
    throw error;
  }
}

class StaleAgreement extends Error {}
