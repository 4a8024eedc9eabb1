// Where the officer is in a review: each dimension's state for the contents list, the levels one
// "confirm the dimension" would validate, and the counts the decision's confirmation summarises.
// A validation "confirms" when its level is the firm's own and "adjusts" when it differs.

/**
 * The justification stored with a level confirmed as the firm's own, which needs none (the
 * database requires a justification on every validation, and the audit trail reads it). The
 * page shows it as "confirmed" in the reader's language, not as this text.
 */
export const confirmedJustification = "Confirmed at the firm's own level.";

/** What the contents list says of a dimension; "adjusted" and "commented" can go together. */
export type DimensionMark = "not-looked-at" | "in-progress" | "confirmed" | "adjusted" | "commented";

export type DimensionReviewState = {
  marks: DimensionMark[];
  /** Indicators of the dimension with a validated level, of `total`. */
  validated: number;
  total: number;
};

export type ReviewFacts = {
  /** The firm's level of each indicator it answered. */
  firmLevels: Readonly<Record<string, number | undefined>>;
  /** The officer's validated level of each indicator validated so far. */
  validatedLevels: ReadonlyMap<string, number>;
};

/**
 * The state of one dimension: adjusted when any validated level differs from the firm's,
 * confirmed when every indicator is validated at the firm's level, in progress when some are
 * validated; commented when it has a comment; not looked at when none of these.
 */
export function dimensionReviewState(indicatorIds: readonly string[], facts: ReviewFacts, commentCount: number): DimensionReviewState {
  const validatedIds = indicatorIds.filter((id) => facts.validatedLevels.has(id));
  const adjusted = validatedIds.some((id) => facts.validatedLevels.get(id) !== facts.firmLevels[id]);
  const marks: DimensionMark[] = [];
  if (adjusted) marks.push("adjusted");
  else if (validatedIds.length === indicatorIds.length && indicatorIds.length > 0) marks.push("confirmed");
  else if (validatedIds.length > 0) marks.push("in-progress");
  if (commentCount > 0) marks.push("commented");
  if (marks.length === 0) marks.push("not-looked-at");
  return { marks, validated: validatedIds.length, total: indicatorIds.length };
}

/** The indicators "confirm all levels" validates: those answered and not yet validated (an adjusted one is left alone). */
export function indicatorsToConfirm(indicatorIds: readonly string[], facts: ReviewFacts): string[] {
  return indicatorIds.filter((id) => !facts.validatedLevels.has(id) && facts.firmLevels[id] !== undefined);
}

/** Whether a validation needs the officer's justification: only a level other than the firm's. */
export function needsJustification(firmLevel: number | undefined, validatedLevel: number): boolean {
  return firmLevel !== validatedLevel;
}

export type ReviewSummaryCounts = { validated: number; confirmed: number; adjusted: number; comments: number };

/** What the approve and return confirmations count: levels validated, of them adjusted, and comments on this revision. */
export function summariseReview(facts: ReviewFacts, commentCount: number): ReviewSummaryCounts {
  let adjusted = 0;
  for (const [id, level] of facts.validatedLevels) if (level !== facts.firmLevels[id]) adjusted++;
  return { validated: facts.validatedLevels.size, confirmed: facts.validatedLevels.size - adjusted, adjusted, comments: commentCount };
}
