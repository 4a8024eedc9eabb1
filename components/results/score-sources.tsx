import type { MessageKey } from "@/lib/i18n";
import type { DimensionScore, FactorScore } from "@/lib/scoring/result-schema";
import { BandTag } from "./band-tag";
import { describeMeanExpression } from "./mean-expression";
import { dimensionTitle, factorTitle, sourceAnchor, type ResultsContext } from "./results-context";

/**
 * Where every dimension score comes from: the level chosen for each of its questions (with the
 * level's label from the questionnaire version the firm answered), the weighted mean, and the
 * target and gap. One <details> per dimension, so the page stays short until a reader asks.
 */
export function ScoreSources({ factors, dimensions, ctx }: { factors: readonly FactorScore[]; dimensions: readonly DimensionScore[]; ctx: ResultsContext }) {
  const { t, text } = ctx;
  return (
    <section aria-labelledby="results-sources-heading" className="score-sources">
      <h2 id="results-sources-heading">{t("results.sourcesTitle")}</h2>
      <p>{t("results.sourcesIntro")}</p>
      {factors.map((factor) => (
        <div key={factor.factorId} className="score-sources__factor">
          <h3>{factorTitle(text, factor.factorId)}</h3>
          {dimensions
            .filter((d) => d.factorId === factor.factorId)
            .map((dimension) => (
              <DimensionSource key={dimension.dimensionId} dimension={dimension} ctx={ctx} />
            ))}
        </div>
      ))}
    </section>
  );
}

function DimensionSource({ dimension, ctx }: { dimension: DimensionScore; ctx: ResultsContext }) {
  const { t, text, formats } = ctx;
  const title = dimensionTitle(text, dimension.dimensionId);
  const indicators = dimension.sources.indicators;
  const equalWeights = indicators.every((i) => i.weight === indicators[0]?.weight);
  return (
    <details className="score-source" data-dimension={dimension.dimensionId}>
      <summary>
        <span className="score-source__title">{title}</span>{" "}
        <span className="score-source__score">{t("results.scoreOf", { score: formats.precise(dimension.score) })}</span>
      </summary>
      {/* The anchor sits inside the content: following a link to it opens the details in current browsers. */}
      <div id={sourceAnchor(dimension.dimensionId)} className="score-source__body">
        <div className="table-wrap results-table-wrap">
          <table className="results-table results-table--sources">
            <caption className="visually-hidden">{t("results.sourcesCaption", { dimension: title })}</caption>
            <thead>
              <tr>
                <th scope="col">{t("results.colQuestion")}</th>
                <th scope="col">{t("results.colAnswer")}</th>
                {equalWeights ? null : (
                  <th scope="col" className="num">
                    {t("results.colWeight")}
                  </th>
                )}
              </tr>
            </thead>
            <tbody>
              {indicators.map((indicator) => {
                const indicatorText = text.indicators[indicator.indicatorId];
                const levelLabel = indicator.level === null ? undefined : indicatorText?.levels[indicator.level]?.label;
                return (
                  <tr key={indicator.indicatorId}>
                    <th scope="row" className="score-source__question">
                      {indicatorText?.question ?? indicator.indicatorId}
                    </th>
                    <td>
                      {indicator.level === null
                        ? t("results.unanswered")
                        : t("results.answerLevel", { level: indicator.level, label: levelLabel ?? text.scale[indicator.level]?.label ?? "" })}
                    </td>
                    {equalWeights ? null : <td className="num">{formats.factor(indicator.weight)}</td>}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
        <p className="results-formula">
          {t("results.dimensionFormula", {
            expression: describeMeanExpression(
              indicators.map((i) => ({ value: i.level ?? 0, weight: i.weight })),
              (n) => formats.level(n),
              formats.factor,
            ),
            score: formats.precise(dimension.score),
          })}{" "}
          <BandTag band={dimension.band} t={t} />
        </p>
        <p>
          {t("results.targetLine", {
            target: formats.level(dimension.target.level),
            origin: t(`results.targetOrigin.${dimension.target.origin}` as MessageKey),
          })}{" "}
          {dimension.gap > 0
            ? t("results.gapLine", { target: formats.level(dimension.target.level), current: formats.precise(dimension.score), gap: formats.precise(dimension.gap) })
            : dimension.target.level < dimension.score
              ? t("results.aboveTargetLine", { target: formats.level(dimension.target.level), current: formats.precise(dimension.score) })
              : t("results.noGapLine")}
        </p>
      </div>
    </details>
  );
}
