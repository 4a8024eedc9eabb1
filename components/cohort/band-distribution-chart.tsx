import { bandLabelMinShare, type BandBarDatum, type BandDistributionProps } from "@/components/charts/band-distribution-frame";
import { BandDistributionSwap } from "@/components/charts/band-distribution-swap";
import { bandName } from "@/components/results/band-tag";
import { stackedShares } from "@/lib/charts/bar-scale";
import type { BandCount } from "@/lib/cohort/band-distribution";
import type { CohortContext } from "./cohort-context";
import { FigureTable } from "./figure-table";

// Firms per readiness band as two 100 % bars (self-assessed, validated) in the palette's band
// colours (CSS variables --band-*), drawn here as HTML so the count in each segment keeps its
// size on a phone; it becomes the recharts stacked bar (a tooltip per segment) on the first
// pointer or focus. Every segment too narrow for its count has it in its tooltip and the table.

function barDatum(key: BandBarDatum["key"], label: string, counts: readonly { bandId: BandCount["bandId"]; count: number }[], ctx: CohortContext): BandBarDatum {
  const total = counts.reduce((sum, c) => sum + c.count, 0);
  return {
    key,
    label,
    total: ctx.t("cohort.bands.firmTotal", { count: total }),
    segments: stackedShares(counts.map((c) => ({ key: c.bandId, count: c.count }))).map((s) => ({
      bandId: s.key,
      count: s.count,
      share: s.share,
      start: s.start,
      text: ctx.t("cohort.bands.segmentLabel", { band: bandName(ctx.t, s.key), count: s.count, percent: ctx.percent(s.share) }),
    })),
  };
}

function StaticBar({ datum }: { datum: BandBarDatum }) {
  return (
    <div className="band-bar">
      <span className="band-bar__label">
        {datum.label} <span className="muted">({datum.total})</span>
      </span>
      <span className="band-bar__track" role="img" aria-label={`${datum.label}: ${datum.segments.map((s) => s.text).join(", ")}`} tabIndex={0} data-chart-key={`cohort-bands-${datum.key}`}>
        {datum.segments.map((s) => (
          <span key={s.bandId} className={`band-bar__segment band-tag--${s.bandId}`} style={{ width: `${s.share * 100}%` }} title={s.text}>
            {s.share >= bandLabelMinShare ? s.count : ""}
          </span>
        ))}
      </span>
    </div>
  );
}

export function BandDistributionFigure({ bands, validatedCount, ctx }: { bands: readonly BandCount[]; validatedCount: number; ctx: CohortContext }) {
  const { t } = ctx;
  const bars = [
    barDatum("self", t("cohort.selfAssessed"), bands.map((b) => ({ bandId: b.bandId, count: b.self })), ctx),
    ...(validatedCount > 0 ? [barDatum("validated", t("cohort.validated"), bands.map((b) => ({ bandId: b.bandId, count: b.validated })), ctx)] : []),
  ].filter((bar) => bar.segments.length > 0);
  const props: BandDistributionProps = { bars, title: t("cohort.bands.title") };
  return (
    <section aria-labelledby="cohort-bands-heading" className="cohort-figure">
      <h2 id="cohort-bands-heading">{t("cohort.bands.title")}</h2>
      <p>{t("cohort.bands.intro")}</p>
      <div className="band-bars" data-testid="cohort-bands">
        <BandDistributionSwap {...props}>
          {bars.map((bar) => (
            <StaticBar key={bar.key} datum={bar} />
          ))}
        </BandDistributionSwap>
        <ul className="cohort-legend" aria-label={t("cohort.bands.legendLabel")}>
          {bands.map((b) => (
            <li key={b.bandId}>
              <span className={`cohort-legend__swatch band-tag--${b.bandId}`} aria-hidden="true" /> {bandName(t, b.bandId)}
            </li>
          ))}
        </ul>
      </div>
      <FigureTable id="cohort-bands-table" caption={t("cohort.bands.caption")} t={t}>
        <thead>
          <tr>
            <th scope="col">{t("cohort.bands.colBand")}</th>
            <th scope="col" className="num">{t("cohort.selfAssessed")}</th>
            <th scope="col" className="num">{t("cohort.validated")}</th>
          </tr>
        </thead>
        <tbody>
          {bands.map((b) => (
            <tr key={b.bandId}>
              <th scope="row">{bandName(t, b.bandId)}</th>
              <td className="num">{b.self}</td>
              <td className="num">{b.validated}</td>
            </tr>
          ))}
        </tbody>
      </FigureTable>
    </section>
  );
}
