import type { RadarDatum } from "@/components/charts/readiness-radar-data";
import type { DimensionScore } from "@/lib/scoring/result-schema";
import { dimensionTitle, sourceAnchor, type ResultsContext } from "./results-context";

/**
 * The results radar's data: per dimension its levels (today, target, programme average, validated)
 * and the same figures worded for the tooltip and the phone list, each spoke linking to the
 * dimension's "where this score comes from" block further down the page.
 */
export function resultsRadarData(
  dimensions: readonly DimensionScore[],
  { programmeAverage, validated }: { programmeAverage?: Readonly<Partial<Record<string, number>>>; validated?: readonly DimensionScore[] },
  ctx: ResultsContext,
): RadarDatum[] {
  const { t, text, formats } = ctx;
  return dimensions.map((d) => {
    const label = dimensionTitle(text, d.dimensionId);
    const average = programmeAverage?.[d.dimensionId];
    const validatedScore = validated ? (validated.find((v) => v.dimensionId === d.dimensionId)?.score ?? d.score) : undefined;
    // As in the table: a target below today's score is "already above target", not a gap of 0.
    const gap = d.target.level < d.score ? t("results.alreadyAboveTarget") : d.gap <= 0 ? t("radar.onTarget") : t("radar.gapBelow", { gap: formats.score(d.gap) });
    const words = {
      current: formats.score(d.score),
      target: formats.level(d.target.level),
      ...(average === undefined ? {} : { average: formats.score(average) }),
      ...(validatedScore === undefined ? {} : { validated: formats.score(validatedScore) }),
    };
    const summary = [
      t("radar.figures", { current: words.current, target: words.target }),
      words.validated === undefined ? undefined : t("radar.figuresValidated", { validated: words.validated }),
      words.average === undefined ? undefined : t("radar.figuresAverage", { average: words.average }),
    ]
      .filter(Boolean)
      .join(", ");
    return {
      dimensionId: d.dimensionId,
      label,
      href: `#${sourceAnchor(d.dimensionId)}`,
      linkLabel: t("radar.spokeLink", { dimension: label }),
      current: d.score,
      target: d.target.level,
      ...(average === undefined ? {} : { average }),
      ...(validatedScore === undefined ? {} : { validated: validatedScore }),
      words: { ...words, gap, summary: `${summary}. ${gap}.` },
    };
  });
}
