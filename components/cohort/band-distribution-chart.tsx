import { bandName } from "@/components/results/band-tag";
import type { BandCount } from "@/lib/cohort/band-distribution";
import type { CohortContext } from "./cohort-context";
import { FigureTable } from "./figure-table";

// Firms per readiness band as two 100 % bars (self-assessed, validated) drawn with CSS in the band
// colours of the results page; the table below carries the numbers.

function StackedBar({ label, counts, total, ctx }: { label: string; counts: readonly { bandId: BandCount["bandId"]; count: number }[]; total: number; ctx: CohortContext }) {
  return (
    <div className="band-bar">
      <span className="band-bar__label">
        {label} <span className="muted">({ctx.t("cohort.bands.firmTotal", { count: total })})</span>
      </span>
      <span className="band-bar__track" aria-hidden="true">
        {counts
          .filter((c) => c.count > 0)
          .map((c) => (
            <span key={c.bandId} className={`band-bar__segment band-tag--${c.bandId}`} style={{ width: `${(c.count / total) * 100}%` }} title={`${bandName(ctx.t, c.bandId)}: ${c.count}`}>
              {c.count / total >= 0.08 ? c.count : ""}
            </span>
          ))}
      </span>
    </div>
  );
}

export function BandDistributionFigure({ bands, firmCount, validatedCount, ctx }: { bands: readonly BandCount[]; firmCount: number; validatedCount: number; ctx: CohortContext }) {
  const { t } = ctx;
  return (
    <section aria-labelledby="cohort-bands-heading" className="cohort-figure">
      <h2 id="cohort-bands-heading">{t("cohort.bands.title")}</h2>
      <p>{t("cohort.bands.intro")}</p>
      <div className="band-bars">
        <StackedBar label={t("cohort.selfAssessed")} counts={bands.map((b) => ({ bandId: b.bandId, count: b.self }))} total={firmCount} ctx={ctx} />
        {validatedCount > 0 ? (
          <StackedBar label={t("cohort.validated")} counts={bands.map((b) => ({ bandId: b.bandId, count: b.validated }))} total={validatedCount} ctx={ctx} />
        ) : null}
        <ul className="cohort-legend">
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
