import { bands } from "@/lib/scoring/bands";
import type { ReadinessIndex } from "@/lib/scoring/result-schema";
import { BandTag, bandMeaning, bandName } from "./band-tag";
import { describeMeanExpression } from "./mean-expression";
import { factorTitle, type ResultsContext } from "./results-context";

/** Once approved, the self-assessed index shown beside the validated one, and who validated it when. */
export type SelfAssessedBeside = { index: ReadinessIndex; approvedLine: string };

/**
 * The readiness index with its band, what the band means for a manager, and how the index was
 * computed. With `selfAssessed`, `index` is the validated index and leads; the firm's own figure
 * stands beside it (issue 17).
 */
export function ReadinessSummary({ index, selfAssessed, ctx }: { index: ReadinessIndex; selfAssessed?: SelfAssessedBeside; ctx: ResultsContext }) {
  const { t, text, formats } = ctx;
  const factors = index.sources.factors;
  const meanOfFactors = factors.reduce((sum, f) => sum + f.score, 0) / Math.max(1, factors.length);
  return (
    <section className="results-index" aria-labelledby="results-index-heading">
      <h2 id="results-index-heading">{selfAssessed ? t("results.validated.indexTitle") : t("results.indexTitle")}</h2>
      <div className="results-index__headline">
        <p className="results-index__value" data-testid="readiness-index">
          <span className="results-index__number">{formats.index(index.value)}</span> <span className="results-index__scale">{t("results.outOf100")}</span>
        </p>
        <p className="results-index__band">
          <span className="visually-hidden">{t("results.bandLabel")} </span>
          <BandTag band={index.band} t={t} />
        </p>
        {selfAssessed ? (
          <p className="results-index__self" data-testid="self-assessed-index">
            {t("results.validated.selfAssessed", { index: formats.index(selfAssessed.index.value), band: bandName(t, selfAssessed.index.band) })}
          </p>
        ) : null}
      </div>
      {selfAssessed ? <p className="results-index__approved">{selfAssessed.approvedLine}</p> : null}
      <p className="results-index__meaning">{bandMeaning(t, index.band)}</p>
      <BandScale value={index.value} current={index.band} ctx={ctx} />
      <details className="results-sources">
        <summary>{t("results.indexHowTitle")}</summary>
        <p>{t("results.indexHow")}</p>
        <ul className="plain-list">
          {factors.map((f) => (
            <li key={f.factorId}>
              {factorTitle(text, f.factorId)}: {formats.precise(f.score)}
            </li>
          ))}
        </ul>
        <p className="results-formula">
          {describeMeanExpression(
            factors.map((f) => ({ value: f.score, weight: 1 })),
            formats.precise,
            formats.factor,
          )}{" "}
          = {formats.precise(meanOfFactors)}
          <br />
          {formats.precise(meanOfFactors)} ÷ 5 × 100 = {formats.index(index.value)}
        </p>
        <p className="muted">{t("results.roundingNote")}</p>
      </details>
    </section>
  );
}

/**
 * The five bands as a ladder from 0 to 100 with the firm's band marked. A list rather than a
 * horizontal bar: band names stay whole in every language and on the narrowest phone.
 */
function BandScale({ value, current, ctx }: { value: number; current: string; ctx: ResultsContext }) {
  const { t, formats } = ctx;
  return (
    <div className="band-scale">
      <p className="band-scale__title">{t("results.bandScaleLabel")}</p>
      <ol className="band-scale__bands">
        {bands.map((band, i) => {
          const next = bands[i + 1];
          const isCurrent = band.id === current;
          return (
            <li key={band.id} className={`band-scale__band band-tag--${band.id}`} aria-current={isCurrent ? "true" : undefined}>
              <span className="band-scale__name">{bandName(t, band.id)}</span>
              <span className="band-scale__range">{/* The index has one decimal, so a band ends 0.1 below the next one starts. */}
                {t("results.bandRange", { min: formats.level(band.minIndex), max: formats.level(next ? next.minIndex - 0.1 : 100) })}</span>
              {isCurrent ? (
                <span className="band-scale__you">
                  {t("results.yourBand")} <span aria-hidden="true">· {formats.index(value)}</span>
                </span>
              ) : null}
            </li>
          );
        })}
      </ol>
    </div>
  );
}
