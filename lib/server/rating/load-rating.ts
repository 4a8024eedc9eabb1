import "server-only";
import type { AssessmentSummary } from "@/lib/db/queries/assessments";
import { listFirmMembers, type FirmMember } from "@/lib/db/queries/firm-team";
import { getRatingRound, listRatingRounds, listRoundRatings, type RatingRound, type StoredRating } from "@/lib/db/queries/rating-rounds";
import { roundState, type RoundState } from "@/lib/rating/round-state";
import { indicatorSpread, type IndicatorSpread } from "@/lib/rating/spread";
import { visibleRatings, type RatingsVisible } from "@/lib/rating/visibility";
import { loadAssessment, type LoadedAssessment } from "@/lib/server/assessments/load-assessment";
import { dimensionIndicatorIds } from "./dimension-indicators";

// What the rating page of one dimension shows to whom. The levels are read according to
// lib/rating/visibility.ts: a rater's page never reads the other raters' rows.

export type RatingPageView = {
  loaded: LoadedAssessment;
  indicatorIds: string[];
  round: RatingRound | null;
  state: RoundState | null;
  visible: RatingsVisible;
  isRater: boolean;
  finished: boolean;
  /** The viewer's own levels (a rater), indicator → level. */
  ownLevels: Record<string, number>;
  /** Every rater's levels per indicator, only when `visible` is "all". */
  spread: IndicatorSpread[] | null;
  /** Members who may be chosen as raters, for a manager opening a round. */
  members: FirmMember[];
};

export type RatingViewer = { userId: string; leadsFirm: boolean };

export function stateOf(round: RatingRound, indicatorIds: readonly string[]): RoundState {
  return roundState({ raters: round.raters, indicatorIds, agreedIndicatorIds: round.agreements.map((a) => a.indicatorId) });
}

/** null when the dimension is not one of the firm's visible dimensions (the page answers 404). */
export async function loadRatingPage(assessment: AssessmentSummary, dimensionId: string, viewer: RatingViewer): Promise<RatingPageView | null> {
  const loaded = await loadAssessment(assessment);
  const indicatorIds = dimensionIndicatorIds(loaded.questionnaire.structure, loaded.revision.answers, dimensionId);
  if (!indicatorIds) return null;
  const round = await getRatingRound(loaded.revision.id, dimensionId);
  const members = !round && viewer.leadsFirm ? await listFirmMembers(assessment.firmId) : [];
  if (!round) return { loaded, indicatorIds, round, state: null, visible: "none", isRater: false, finished: false, ownLevels: {}, spread: null, members };
  const state = stateOf(round, indicatorIds);
  const own = round.raters.find((rater) => rater.userId === viewer.userId);
  const visible = visibleRatings({ userId: viewer.userId, isRater: own !== undefined, leadsRound: viewer.leadsFirm }, state);
  const ratings: StoredRating[] = visible === "all" ? await listRoundRatings(round.id, { all: true }) : visible === "own" ? await listRoundRatings(round.id, { userId: viewer.userId }) : [];
  const ownLevels = Object.fromEntries(ratings.filter((r) => r.userId === viewer.userId).map((r) => [r.indicatorId, r.level]));
  const spread = visible === "all" ? indicatorSpread(indicatorIds, round.raters.map((r) => r.userId), ratings) : null;
  return { loaded, indicatorIds, round, state, visible, isRater: own !== undefined, finished: own?.finishedAt != null, ownLevels, spread, members };
}

export type RoundSummary = { dimensionId: string; state: RoundState; finished: number; total: number };

/** The rounds of the current revision for the overview ("Rate apart: 2 of 3 finished"). */
export async function listRoundSummaries(loaded: LoadedAssessment): Promise<RoundSummary[]> {
  const rounds = await listRatingRounds(loaded.revision.id);
  return rounds.map((round) => {
    const indicatorIds = dimensionIndicatorIds(loaded.questionnaire.structure, loaded.revision.answers, round.dimensionId) ?? [];
    return {
      dimensionId: round.dimensionId,
      state: stateOf(round, indicatorIds),
      finished: round.raters.filter((r) => r.finishedAt !== null).length,
      total: round.raters.length,
    };
  });
}

export type RoundRecord = { round: RatingRound; spread: IndicatorSpread[] };

/**
 * The agreed rounds of a revision with their spread, for readers after the fact (the officer's
 * review page): only agreed rounds show levels, the visibility rule's "all".
 */
export async function listAgreedRoundRecords(revisionId: string, indicatorIdsOf: (dimensionId: string) => string[]): Promise<RoundRecord[]> {
  const rounds = await listRatingRounds(revisionId);
  const records: RoundRecord[] = [];
  for (const round of rounds) {
    const indicatorIds = indicatorIdsOf(round.dimensionId);
    if (stateOf(round, indicatorIds) !== "agreed") continue;
    const ratings = await listRoundRatings(round.id, { all: true });
    records.push({ round, spread: indicatorSpread(indicatorIds, round.raters.map((r) => r.userId), ratings) });
  }
  return records;
}
