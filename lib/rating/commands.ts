import { levelValues } from "@/lib/questionnaire/levels";
import type { RoundState } from "./round-state";

// The rules of each command on a round, decided before anything is written. Each refusal has a
// code the page turns into a sentence (rating.refusals.<code>).

export const minimumRaters = 2;

export type RatingRefusal =
  | "not-manager"
  | "not-draft"
  | "unknown-dimension"
  | "round-exists"
  | "too-few-raters"
  | "not-a-member"
  | "not-a-rater"
  | "round-not-open"
  | "already-finished"
  | "unknown-indicator"
  | "not-a-level"
  | "not-all-rated"
  | "raters-not-finished"
  | "round-closed";

export type Decision = { ok: true } | { ok: false; refusal: RatingRefusal };
const ok: Decision = { ok: true };
const refuse = (refusal: RatingRefusal): Decision => ({ ok: false, refusal });

/** Whether a level is one of the questionnaire's levels (0 to 5); the agreed and the rated levels alike. */
export function isValidLevel(level: unknown): level is number {
  return typeof level === "number" && (levelValues as readonly number[]).includes(level);
}

export function decideOpenRound(input: {
  leadsFirm: boolean;
  editableDraft: boolean;
  dimensionVisible: boolean;
  roundExists: boolean;
  raterIds: readonly string[];
  activeMemberIds: ReadonlySet<string>;
}): Decision {
  if (!input.leadsFirm) return refuse("not-manager");
  if (!input.editableDraft) return refuse("not-draft");
  if (!input.dimensionVisible) return refuse("unknown-dimension");
  if (input.roundExists) return refuse("round-exists");
  const chosen = new Set(input.raterIds);
  if (chosen.size < minimumRaters) return refuse("too-few-raters");
  if ([...chosen].some((id) => !input.activeMemberIds.has(id))) return refuse("not-a-member");
  return ok;
}

/** A rater's own levels while the round is open; each indicator must belong to the dimension. */
export function decideRate(input: { isRater: boolean; finished: boolean; state: RoundState; editableDraft: boolean; levels: Record<string, unknown>; indicatorIds: readonly string[] }): Decision {
  if (!input.isRater) return refuse("not-a-rater");
  if (!input.editableDraft || input.state !== "open") return refuse("round-not-open");
  if (input.finished) return refuse("already-finished");
  const known = new Set(input.indicatorIds);
  for (const [indicatorId, level] of Object.entries(input.levels)) {
    if (!known.has(indicatorId)) return refuse("unknown-indicator");
    if (!isValidLevel(level)) return refuse("not-a-level");
  }
  return ok;
}

export function decideFinish(input: { isRater: boolean; finished: boolean; state: RoundState; editableDraft: boolean; ratedIndicatorIds: readonly string[]; indicatorIds: readonly string[] }): Decision {
  if (!input.isRater) return refuse("not-a-rater");
  if (!input.editableDraft || input.state !== "open") return refuse("round-not-open");
  if (input.finished) return refuse("already-finished");
  const rated = new Set(input.ratedIndicatorIds);
  if (!input.indicatorIds.every((id) => rated.has(id))) return refuse("not-all-rated");
  return ok;
}

/** The manager's agreed levels, once every rater has finished and until the round is closed. */
export function decideAgree(input: { leadsFirm: boolean; state: RoundState; editableDraft: boolean; agreements: readonly { indicatorId: string; level: unknown }[]; indicatorIds: readonly string[] }): Decision {
  if (!input.leadsFirm) return refuse("not-manager");
  if (!input.editableDraft) return refuse("not-draft");
  if (input.state === "open") return refuse("raters-not-finished");
  if (input.state === "agreed") return refuse("round-closed");
  const known = new Set(input.indicatorIds);
  for (const { indicatorId, level } of input.agreements) {
    if (!known.has(indicatorId)) return refuse("unknown-indicator");
    if (!isValidLevel(level)) return refuse("not-a-level");
  }
  return ok;
}
