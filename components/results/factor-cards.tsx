import type { FactorScore } from "@/lib/scoring/result-schema";
import { BandTag } from "./band-tag";
import { describeMeanExpression } from "./mean-expression";
import { dimensionTitle, factorTitle, sourceAnchor, type ResultsContext } from "./results-context";

/** One card per scored factor (People, Process, Technology, and Services when present), each traceable to its dimensions. */
export function FactorCards({ factors, ctx }: { factors: readonly FactorScore[]; ctx: ResultsContext }) {
  const { t, text, formats } = ctx;
  return (
    <section aria-labelledby="results-factors-heading">
      <h2 id="results-factors-heading">{t("results.factorsTitle")}</h2>
      <ul className="factor-cards" data-testid="factor-scores">
        {factors.map((factor) => (
          <li key={factor.factorId} className="factor-card" data-factor={factor.factorId}>
            <h3>{factorTitle(text, factor.factorId)}</h3>
            <p className="factor-card__score">
              <span className="factor-card__number">{formats.score(factor.score)}</span> {t("results.outOf5")}
            </p>
            <p>
              <BandTag band={factor.band} t={t} />
              {factor.inIndex ? null : <span className="tag factor-card__note">{t("results.notInIndex")}</span>}
            </p>
            <div className="score-bar" aria-hidden="true">
              <span className="score-bar__fill" style={{ width: `${(factor.score / 5) * 100}%` }} />
            </div>
            {factor.inIndex ? null : <p className="muted factor-card__explain">{t("results.servicesNote")}</p>}
            <details className="results-sources">
              <summary>
                {t("results.factorHowTitle")}
                <span className="visually-hidden">: {factorTitle(text, factor.factorId)}</span>
              </summary>
              <ul className="plain-list">
                {factor.sources.dimensions.map((d) => (
                  <li key={d.dimensionId}>
                    <a href={`#${sourceAnchor(d.dimensionId)}`}>{dimensionTitle(text, d.dimensionId)}</a>: {formats.precise(d.score)}
                  </li>
                ))}
              </ul>
              <p className="results-formula">
                {describeMeanExpression(
                  factor.sources.dimensions.map((d) => ({ value: d.score, weight: d.weight })),
                  formats.precise,
                  formats.factor,
                )}{" "}
                = {formats.precise(factor.score)}
              </p>
            </details>
          </li>
        ))}
      </ul>
    </section>
  );
}
