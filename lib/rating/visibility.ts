import type { RoundState } from "./round-state";

// Who reads which levels of a round. Rating apart only works if nobody anchors on someone else's
// level, so while the round is open a rater reads only their own levels, and the manager reads who
// has finished but no level at all (a manager who watched levels arrive could steer the others).
// Once every rater has finished the manager reads the whole spread; the raters read it once the
// round is agreed, as does everyone who may read the assessment (officers included).

export type RoundViewer = { userId: string; isRater: boolean; leadsRound: boolean };

export type RatingsVisible = "all" | "own" | "none";

export function visibleRatings(viewer: RoundViewer, state: RoundState): RatingsVisible {
  if (state === "agreed") return "all";
  if (state === "ready" && viewer.leadsRound) return "all";
  return viewer.isRater ? "own" : "none";
}
