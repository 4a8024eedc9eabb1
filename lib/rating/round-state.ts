// A rating round's state follows from its rows, never from a stored status:
// open while a chosen rater has not handed in, ready once all have, agreed once every indicator
// of the dimension has an agreed level (the round is then closed).

export type RoundState = "open" | "ready" | "agreed";

export type RoundFacts = {
  raters: readonly { finishedAt: Date | null }[];
  indicatorIds: readonly string[];
  agreedIndicatorIds: readonly string[];
};

export function roundState({ raters, indicatorIds, agreedIndicatorIds }: RoundFacts): RoundState {
  if (raters.some((rater) => rater.finishedAt === null)) return "open";
  const agreed = new Set(agreedIndicatorIds);
  return indicatorIds.length > 0 && indicatorIds.every((id) => agreed.has(id)) ? "agreed" : "ready";
}

/** "2 of 3 finished" on the overview. */
export function finishedCount(raters: readonly { finishedAt: Date | null }[]): { finished: number; total: number } {
  return { finished: raters.filter((rater) => rater.finishedAt !== null).length, total: raters.length };
}
