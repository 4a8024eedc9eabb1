// The spread of the raters' levels per indicator: what the manager discusses before agreeing.
// A difference of two levels or more is flagged (SIRI's workshop discusses those first).

export const flaggedDifference = 2;

export type RaterLevel = { userId: string; level: number | null };

export type IndicatorSpread = {
  indicatorId: string;
  /** One entry per rater, in the order the raters were given; null when the rater left it unrated. */
  levels: RaterLevel[];
  min: number | null;
  max: number | null;
  flagged: boolean;
};

export type Rating = { userId: string; indicatorId: string; level: number };

export function indicatorSpread(indicatorIds: readonly string[], raterIds: readonly string[], ratings: readonly Rating[]): IndicatorSpread[] {
  const byKey = new Map(ratings.map((rating) => [`${rating.userId}:${rating.indicatorId}`, rating.level]));
  return indicatorIds.map((indicatorId) => {
    const levels = raterIds.map((userId) => ({ userId, level: byKey.get(`${userId}:${indicatorId}`) ?? null }));
    const given = levels.flatMap((entry) => (entry.level === null ? [] : [entry.level]));
    const min = given.length > 0 ? Math.min(...given) : null;
    const max = given.length > 0 ? Math.max(...given) : null;
    return { indicatorId, levels, min, max, flagged: min !== null && max !== null && max - min >= flaggedDifference };
  });
}
