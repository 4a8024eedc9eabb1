import { isInstrument, type CatalogueItem } from "@/lib/catalogue/item-schema";
import type { PriorityRanking } from "@/lib/scoring/result-schema";
import { diversify, type Candidate } from "./diversify";
import { assertIsoDate, checkEligibility } from "./eligibility";
import type { FirmProfile } from "./firm-profile";
import type { Recommendation, RecommendationReason, Recommendations } from "./result-schema";
import { buildMatchContext, scoreItem } from "./score-item";
import { findSizeTransfer, isLargeFirmCase, isSmallFirmBand } from "./size-fit";
import { recommenderWeights } from "./weights";
import type { DiversityRule, RecommenderWeights } from "./weights-schema";

export type RecommendInput = {
  /** From readFirmProfile(answers.profile). */
  firm: FirmProfile;
  /**
   * The firm's priority ranking (rankPriorities / scoreSubmission). It carries every visible
   * dimension's current score, target and gap, so the scoring result itself is not needed.
   */
  priorities: PriorityRanking;
  /** The catalogue to choose from (the shipped list or the database's); order does not matter. */
  catalogue: readonly CatalogueItem[];
};

export type RecommendOptions = {
  /** The day to check open and close dates against, YYYY-MM-DD. Passed in so results are reproducible. */
  today: string;
  weights?: RecommenderWeights;
  /** Items per list; default weights.listLength. */
  limit?: number;
};

/**
 * Two ranked lists for a firm: "Firms like yours" (case studies) and "Support you can use"
 * (instruments whose rules do not exclude the firm: its country's, international or generic).
 *
 *   score(item) = Σ points of the reasons matching firm and item (score-item.ts)
 *
 * Retired items and instruments whose rules exclude the firm never appear, nor does a large firm's
 * case for a micro or small firm unless its lesson transfers (size-fit.ts; the reason, first, says
 * why); rules the profile
 * cannot settle are attached as check-eligibility reasons. Items below weights.minScore are left
 * out, the rest ranked by score (ties by id) and re-ranked greedily for diversity (diversify.ts).
 * Pure and deterministic: the same input gives the same output whatever the catalogue's order.
 */
export function recommend(input: RecommendInput, options: RecommendOptions): Recommendations {
  assertIsoDate(options.today, "today");
  const weights = options.weights ?? recommenderWeights;
  const limit = options.limit ?? weights.listLength;
  if (!Number.isInteger(limit) || limit < 1) throw new RangeError(`limit must be a whole number from 1, got ${limit}`);
  const context = buildMatchContext(input.firm, input.priorities, weights);

  const cases: Array<Candidate & { reasons: RecommendationReason[] }> = [];
  const instruments: Array<Candidate & { reasons: RecommendationReason[] }> = [];
  for (const item of input.catalogue) {
    const eligibility = checkEligibility(item, input.firm, options.today);
    if (!eligibility.eligible) continue;
    // A large firm's case reaches a micro or small firm only with a reason its lesson transfers (size-fit.ts).
    const transfer = findSizeTransfer(item, input.firm, weights);
    if (isLargeFirmCase(item) && isSmallFirmBand(input.firm.sizeBand) && transfer === undefined) continue;
    const { score, reasons } = scoreItem(item, context);
    if (score < weights.minScore) continue;
    if (transfer) reasons.unshift(transfer);
    const caveats: RecommendationReason[] = eligibility.unchecked.map(({ rule, condition }) => ({ code: "check-eligibility", rule, condition, points: 0 }));
    (isInstrument(item) ? instruments : cases).push({ item, score, reasons: [...reasons, ...caveats] });
  }

  const rank = (list: typeof cases, rule: DiversityRule): Recommendation[] =>
    diversify(list, rule, limit).map(({ item, score, reasons }, index) => ({ itemId: item.id, kind: item.kind, rank: index + 1, score, reasons }));

  return {
    asOf: options.today,
    firmsLikeYours: rank(cases, weights.diversity.firmsLikeYours),
    supportYouCanUse: rank(instruments, weights.diversity.supportYouCanUse),
  };
}
