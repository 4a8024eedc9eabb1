import type { DimensionScore } from "@/lib/scoring/result-schema";
import { dimensionTitle, type ResultsContext } from "./results-context";

export type Adjustment = { indicatorId: string; firmLevel: number | null; validatedLevel: number; justification: string };

/**
 * The levels the programme officer set on an approved revision, grouped by dimension: the
 * dimension's self-assessed and validated score, then each question with the firm's level, the
 * officer's level and the officer's reason (issue 17: the firm sees why its figure changed).
 */
export function ValidatedAdjustments({
  selfAssessed,
  validated,
  adjustments,
  ctx,
}: {
  selfAssessed: readonly DimensionScore[];
  validated: readonly DimensionScore[];
  adjustments: readonly Adjustment[];
  ctx: ResultsContext;
}) {
  const { t, text, formats } = ctx;
  const level = (value: number | null) => (value === null ? t("results.validated.notAnswered") : formats.level(value));
  // Questionnaire order: dimension by dimension, question by question.
  const groups = selfAssessed
    .map((dimension) => ({
      dimension,
      validatedScore: validated.find((v) => v.dimensionId === dimension.dimensionId)?.score ?? dimension.score,
      items: dimension.sources.indicators.flatMap((indicator) => adjustments.filter((a) => a.indicatorId === indicator.indicatorId)),
    }))
    .filter((group) => group.items.length > 0);
  return (
    <section aria-labelledby="results-validated-heading" className="validated-adjustments" data-testid="validated-adjustments">
      <h2 id="results-validated-heading">{t("results.validated.adjustmentsTitle")}</h2>
      {groups.length === 0 ? (
        <p>{t("results.validated.noAdjustments")}</p>
      ) : (
        <>
          <p>{t("results.validated.adjustmentsIntro")}</p>
          <ul className="plain-list validated-adjustments__list">
            {groups.map(({ dimension, validatedScore, items }) => (
              <li key={dimension.dimensionId} className="validated-adjustments__dimension" data-dimension={dimension.dimensionId}>
                <h3>
                  {t("results.validated.dimensionLine", {
                    dimension: dimensionTitle(text, dimension.dimensionId),
                    self: formats.score(dimension.score),
                    validated: formats.score(validatedScore),
                  })}
                </h3>
                <ul className="validated-adjustments__items">
                  {items.map((item) => (
                    <li key={item.indicatorId} data-indicator={item.indicatorId}>
                      <p>
                        {t("results.validated.adjustment", {
                          question: text.indicators[item.indicatorId]?.question ?? item.indicatorId,
                          firm: level(item.firmLevel),
                          validated: formats.level(item.validatedLevel),
                        })}
                      </p>
                      <p className="validated-adjustments__why">{t("results.validated.justification", { justification: item.justification })}</p>
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
