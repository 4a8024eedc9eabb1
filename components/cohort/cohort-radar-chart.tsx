import { CohortRadarSwap } from "@/components/charts/cohort-radar-swap";
import {
  CohortRadarLabels,
  CohortRadarLevelNumbers,
  cohortRadarFrame,
  cohortRadarOutline,
  cohortRadarSize,
  RadarSwatch,
  SeriesMarker,
  type CohortRadarDatum,
  type CohortRadarLegend,
  type CohortSpreadPoint,
} from "@/components/charts/cohort-radar-frame";
import { chartInk, seriesColours } from "@/lib/charts/palette";
import { gridRings, outlinePath, partialBandPath, polygonPath, radarPoint } from "@/lib/charts/radar-geometry";
import { smallCohort } from "@/lib/cohort/cohort-analytics";
import type { RadarAxis } from "@/lib/cohort/cohort-radar";
import type { Spread } from "@/lib/cohort/statistics";
import { dimensionIdsByFactor } from "@/lib/questionnaire/taxonomy";
import type { CohortContext } from "./cohort-context";
import { FigureTable, SmallNCaution } from "./figure-table";

// The cohort radar: per dimension the mean of the firms' scores as a line and the middle half of
// them (25th to 75th percentile) as a band, self-assessed and validated overlaid. Drawn here as
// SVG (first paint, no JavaScript, print); it becomes its recharts version (tooltips, legend
// toggles) on the first pointer or focus. Below the width where its labels would shrink, the page
// shows the same means as a list of bars instead (CSS container query).

const servicesModule: readonly string[] = dimensionIdsByFactor.services;

/** The row of the numbers table a spoke links to. */
export const dimensionRowId = (dimensionId: string) => `cohort-dimension-${dimensionId}`;

type Series = { key: "self" | "validated"; colour: string; points: (d: CohortRadarDatum) => CohortSpreadPoint | null };
const series: Series[] = [
  { key: "self", colour: seriesColours.current, points: (d) => d.self },
  { key: "validated", colour: seriesColours.validated, points: (d) => d.validated },
];

function RadarSvg({ data, title }: { data: readonly CohortRadarDatum[]; title: string }) {
  const frame = cohortRadarFrame;
  const count = data.length;
  return (
    <svg viewBox={`0 0 ${cohortRadarSize.width} ${cohortRadarSize.height}`} width={cohortRadarSize.width} height={cohortRadarSize.height} className="cohort-radar__svg" role="group" aria-label={title} tabIndex={0} data-chart-key="cohort-radar">
      {gridRings(frame, count).map((ring, i) => (
        <path key={i} d={polygonPath(ring)} fill="none" stroke={chartInk.grid} strokeWidth={1} />
      ))}
      {data.map((_, axis) => {
        const rim = radarPoint(frame, axis, count, frame.maxLevel);
        return <line key={axis} x1={frame.centre.x} y1={frame.centre.y} x2={rim.x} y2={rim.y} stroke={chartInk.grid} strokeWidth={1} />;
      })}
      <CohortRadarLevelNumbers spokes={count} />
      {series.map(({ key, colour, points }) => {
        if (!data.some((d) => points(d))) return null;
        const outline = cohortRadarOutline(data.map(points));
        return (
          <g key={key} data-series={key}>
            <path d={partialBandPath(outline.p25, outline.p75)} fill={colour} fillOpacity={0.2} stroke="none" />
            <path d={outlinePath(outline.mean)} fill="none" stroke={colour} strokeWidth={2.5} />
            {outline.mean.map((p, i) => (p.value === undefined ? null : <SeriesMarker key={i} x={p.x} y={p.y} colour={colour} square={key === "validated"} />))}
          </g>
        );
      })}
      <CohortRadarLabels data={data} />
    </svg>
  );
}

function StaticLegend({ legend, hasValidated }: { legend: CohortRadarLegend; hasValidated: boolean }) {
  return (
    <ul className="cohort-legend">
      <li>
        <RadarSwatch colour={seriesColours.current} kind="mean" square={false} /> {legend.selfMean}
      </li>
      <li>
        <RadarSwatch colour={seriesColours.current} kind="band" square={false} /> {legend.selfBand}
      </li>
      {hasValidated ? (
        <>
          <li>
            <RadarSwatch colour={seriesColours.validated} kind="mean" square /> {legend.validatedMean}
          </li>
          <li>
            <RadarSwatch colour={seriesColours.validated} kind="band" square /> {legend.validatedBand}
          </li>
        </>
      ) : null}
    </ul>
  );
}

/** The phone's version of the radar: each dimension's self-assessed and validated mean as a bar on 0–5. */
function MeanList({ data, ctx }: { data: readonly CohortRadarDatum[]; ctx: CohortContext }) {
  const { t, formats } = ctx;
  return (
    <div className="cohort-radar__list">
      <h3>{t("cohort.radar.listTitle")}</h3>
      <ul aria-label={t("cohort.radar.listLabel")}>
        {data.map((d) => (
          <li key={d.dimensionId}>
            <a href={d.href}>{d.label}</a>
            {series.map(({ key, colour, points }) => {
              const spread = points(d);
              if (!spread) return null;
              return (
                <span key={key} className="cohort-mean-bar">
                  <span className="cohort-mean-bar__name">{t(key === "self" ? "cohort.selfAssessed" : "cohort.validated")}</span>
                  <span className="cohort-mean-bar__track" aria-hidden="true">
                    <span className="cohort-mean-bar__fill" style={{ width: `${(spread.mean / 5) * 100}%`, background: colour }} />
                  </span>
                  <span className="cohort-mean-bar__value">{formats.precise(spread.mean)}</span>
                </span>
              );
            })}
          </li>
        ))}
      </ul>
    </div>
  );
}

function SpreadTable({ id, caption, axes, rowIds, ctx }: { id: string; caption: string; axes: readonly { dimensionId: string; spread: Spread }[]; rowIds: boolean; ctx: CohortContext }) {
  const { t, formats } = ctx;
  return (
    <FigureTable id={id} caption={caption} t={t}>
      <thead>
        <tr>
          <th scope="col">{t("cohort.radar.colDimension")}</th>
          <th scope="col" className="num">{t("cohort.colFirms")}</th>
          <th scope="col" className="num">{t("cohort.radar.colMean")}</th>
          <th scope="col" className="num">{t("cohort.radar.colP25")}</th>
          <th scope="col" className="num">{t("cohort.radar.colMedian")}</th>
          <th scope="col" className="num">{t("cohort.radar.colP75")}</th>
        </tr>
      </thead>
      <tbody>
        {axes.map(({ dimensionId, spread }) => (
          <tr key={dimensionId} id={rowIds ? dimensionRowId(dimensionId) : undefined}>
            <th scope="row">{ctx.dimensionName(dimensionId)}</th>
            <td className="num">{spread.n}</td>
            <td className="num">{formats.precise(spread.mean)}</td>
            <td className="num">{formats.precise(spread.p25)}</td>
            <td className="num">{formats.precise(spread.median)}</td>
            <td className="num">{formats.precise(spread.p75)}</td>
          </tr>
        ))}
      </tbody>
    </FigureTable>
  );
}

function spreadPoint(spread: Spread | null): CohortSpreadPoint | null {
  return spread ? { mean: spread.mean, p25: spread.p25, p75: spread.p75, n: spread.n } : null;
}

/** The radar's spokes as plain data: labels, links and tooltips worded here, on the server. */
export function cohortRadarData(axes: readonly RadarAxis[], ctx: CohortContext): CohortRadarDatum[] {
  const { t, formats } = ctx;
  const line = (label: string, spread: Spread | null) =>
    spread
      ? t("cohort.radar.tooltipSpread", { label, mean: formats.precise(spread.mean), p25: formats.precise(spread.p25), p75: formats.precise(spread.p75), count: spread.n })
      : t("cohort.radar.tooltipNone", { label });
  return axes.map((a) => {
    const name = ctx.dimensionName(a.dimensionId);
    const hasValidated = axes.some((axis) => axis.validated);
    return {
      dimensionId: a.dimensionId,
      label: servicesModule.includes(a.dimensionId) ? `${name} ${t("cohort.radar.moduleMark")}` : name,
      href: `#${dimensionRowId(a.dimensionId)}`,
      self: spreadPoint(a.self),
      validated: spreadPoint(a.validated),
      tooltip: [name, line(t("cohort.selfAssessed"), a.self), ...(hasValidated ? [line(t("cohort.validated"), a.validated)] : [])],
    };
  });
}

/** The radar, self-assessed and validated overlaid, with its legend, its phone list and its tables. */
export function CohortRadarFigure({ axes, validatedCount, ctx }: { axes: readonly RadarAxis[]; validatedCount: number; ctx: CohortContext }) {
  const { t } = ctx;
  const self = axes.flatMap((a) => (a.self ? [{ dimensionId: a.dimensionId, spread: a.self }] : []));
  const validated = axes.flatMap((a) => (a.validated ? [{ dimensionId: a.dimensionId, spread: a.validated }] : []));
  const data = cohortRadarData(axes, ctx);
  const hasValidated = data.some((d) => d.validated);
  const title = `${t("cohort.radar.title")}. ${t("cohort.radar.chartLabel", { count: data.length })}`;
  const legend: CohortRadarLegend = {
    selfMean: t("cohort.radar.legendSelfMean"),
    selfBand: t("cohort.radar.legendSelfBand"),
    validatedMean: t("cohort.radar.legendValidatedMean"),
    validatedBand: t("cohort.radar.legendValidatedBand"),
  };
  const hasModule = data.some((d) => servicesModule.includes(d.dimensionId));
  return (
    <section aria-labelledby="cohort-radar-heading" className="cohort-figure">
      <h2 id="cohort-radar-heading">{t("cohort.radar.title")}</h2>
      <p>{t("cohort.radar.intro")}</p>
      {validated.length === 0 ? (
        <p>{t("cohort.radar.noValidated")}</p>
      ) : (
        <>
          <p className="muted">{t("cohort.radar.validatedCount", { count: validatedCount })}</p>
          <SmallNCaution n={validatedCount} minimum={smallCohort} t={t} />
        </>
      )}
      <div className="cohort-radar__chart" data-testid="cohort-radar">
        <CohortRadarSwap data={data} title={title} legend={legend} hasValidated={hasValidated} toggleLabel={t("cohort.radar.legendToggle")}>
          <RadarSvg data={data} title={title} />
          <StaticLegend legend={legend} hasValidated={hasValidated} />
        </CohortRadarSwap>
      </div>
      <MeanList data={data} ctx={ctx} />
      {hasModule ? <p className="cohort-radar__module-note">{t("cohort.radar.moduleNote")}</p> : null}
      <SpreadTable id="cohort-radar-self-table" caption={t("cohort.radar.selfCaption")} axes={self} rowIds ctx={ctx} />
      {validated.length > 0 ? <SpreadTable id="cohort-radar-validated-table" caption={t("cohort.radar.validatedCaption")} axes={validated} rowIds={false} ctx={ctx} /> : null}
    </section>
  );
}
