import { chartInk, seriesColours, seriesDash, type SeriesId } from "@/lib/charts/palette";
import { computeRadarGeometry, labelFirstBaseline, levelPoints, outlinePath, spokeAngle, toSvgPoints, type RadarAxis } from "@/lib/charts/radar-geometry";
import {
  radarFontSize,
  radarLabelCentring,
  radarLineHeight,
  radarMaxChars,
  radarMaxLines,
  radarSeries,
  radarSize,
  spacedLines,
  spokeKey,
  type RadarDatum,
  type RadarLegend,
} from "./readiness-radar-data";
import { LegendSwatch } from "./radar-legend-swatch";
import { ReadinessRadarSwap } from "./readiness-radar-swap";
import { wrapLabel } from "./wrap-label";

export type { RadarDatum } from "./readiness-radar-data";

// The radar of current vs target levels per dimension (with the programme average and, once
// approved, the validated levels), drawn on the server as plain SVG: it shows at first paint,
// without JavaScript and in print, and each spoke's label links to that dimension's detail. The
// first pointer or focus swaps in its recharts version (tooltips, a key that hides lines; see
// components/charts/chart-swap.tsx). Where the chart would be drawn too small to read (a phone),
// the page shows the same figures as a list of bars instead; the table below carries them too.

export type ReadinessRadarProps = {
  data: RadarDatum[];
  /** Describes the chart for screen readers; the spoke links inside it stay reachable. */
  ariaLabel: string;
  legend: RadarLegend;
  /** Texts of the interactive version and of the phone list. */
  labels: { gap: string; listCaption: string };
};

function AxisLabel({ axis, datum }: { axis: RadarAxis; datum: RadarDatum }) {
  const lines = spacedLines(wrapLabel(axis.label, radarMaxChars, radarMaxLines), axis.textAnchor);
  const top = labelFirstBaseline(axis, lines.length, { fontSize: radarFontSize, lineHeight: radarLineHeight });
  return (
    <a href={datum.href} aria-label={datum.linkLabel} className="radar__spoke-link" data-chart-key={spokeKey(datum.dimensionId)}>
      <text x={axis.labelAt.x} y={top} textAnchor={axis.textAnchor} fontSize={radarFontSize} className="radar__axis-label" data-testid="radar-axis" data-dimension={axis.label}>
        {lines.map((line, index) => (
          <tspan key={index} x={axis.labelAt.x} dy={index === 0 ? 0 : radarLineHeight}>
            {line}
          </tspan>
        ))}
      </text>
    </a>
  );
}

function RadarSvg({ data, ariaLabel, series }: { data: RadarDatum[]; ariaLabel: string; series: SeriesId[] }) {
  const geometry = computeRadarGeometry(data, radarSize, { labelCentring: radarLabelCentring });
  const validated = series.includes("validated") ? levelPoints(geometry, data.map((d) => d.validated ?? 0)) : null;
  const { centre, radius, maxLevel } = geometry;
  // The level numbers sit between the first two spokes, so they never sit on a spoke or its label.
  const tickAngle = spokeAngle(0.5, data.length);
  return (
    <div className="radar__frame" role="group" aria-label={ariaLabel} data-testid="radar">
      <svg viewBox={`0 0 ${geometry.width} ${geometry.height}`} className="radar__svg" focusable="false">
        <g aria-hidden="true">
          {geometry.rings.map((ring, i) => (
            <polygon key={`ring-${i}`} points={toSvgPoints(ring)} fill="none" stroke={chartInk.grid} strokeWidth={1} />
          ))}
          {geometry.axes.map((axis) => (
            <line key={`spoke-${axis.dimensionId}`} x1={centre.x} y1={centre.y} x2={axis.end.x} y2={axis.end.y} stroke={chartInk.grid} strokeWidth={1} />
          ))}
          {Array.from({ length: maxLevel }, (_, i) => {
            const r = (radius * (i + 1)) / maxLevel;
            return (
              <text key={`tick-${i}`} x={centre.x + r * Math.cos(tickAngle)} y={centre.y + r * Math.sin(tickAngle)} fontSize={radarFontSize} fill={chartInk.muted} textAnchor="middle" dy="0.35em" className="radar__tick">
                {i + 1}
              </text>
            );
          })}
          <polygon points={toSvgPoints(geometry.current)} fill={seriesColours.current} fillOpacity={0.2} stroke={seriesColours.current} strokeWidth={2.5} />
          {geometry.current.map((point, i) => (
            <circle key={`dot-${i}`} cx={point.x} cy={point.y} r={3} fill={seriesColours.current} />
          ))}
          <polygon points={toSvgPoints(geometry.target)} fill="none" stroke={seriesColours.target} strokeWidth={2.5} strokeDasharray={seriesDash.target} />
          {validated ? (
            <g data-testid="radar-validated">
              <polygon points={toSvgPoints(validated)} fill="none" stroke={seriesColours.validated} strokeWidth={2.5} />
              {validated.map((point, i) => (
                <rect key={`validated-${i}`} x={point.x - 4} y={point.y - 4} width={8} height={8} fill={seriesColours.validated} />
              ))}
            </g>
          ) : null}
          {series.includes("average") ? <path d={outlinePath(geometry.average)} fill="none" stroke={seriesColours.average} strokeWidth={2} strokeDasharray={seriesDash.average} /> : null}
        </g>
        {geometry.axes.map((axis, i) => (
          <AxisLabel key={`label-${axis.dimensionId}`} axis={axis} datum={data[i]!} />
        ))}
      </svg>
    </div>
  );
}

/** Bar length of a level on the 0–5 scale, as a CSS percentage. */
const levelWidth = (level: number) => `${(Math.min(5, Math.max(0, level)) / 5) * 100}%`;

/**
 * The phone drawing: one row per dimension, its current level as a bar, the target (and the
 * validated level, the programme average) as marks on the same 0–5 track, and every figure in words.
 */
function RadarList({ data, series, caption, legendText }: { data: RadarDatum[]; series: SeriesId[]; caption: string; legendText: Record<SeriesId, string> }) {
  return (
    <div className="radar__list" data-testid="radar-list">
      <p className="radar__list-caption">{caption}</p>
      <ul className="radar__list-key" aria-hidden="true">
        {series.map((id) => (
          <li key={id}>
            <span className={`radar__key-sample radar__key-sample--${id}`} /> {legendText[id]}
          </li>
        ))}
      </ul>
      <ul className="plain-list">
        {data.map((d) => (
          <li key={d.dimensionId} className="radar__list-item" data-dimension={d.dimensionId}>
            <a href={d.href} className="radar__list-link">
              {d.label}
            </a>
            <span className="radar__track" aria-hidden="true">
              <span className="radar__bar" style={{ width: levelWidth(d.current) }} />
              <span className="radar__mark radar__mark--target" style={{ left: levelWidth(d.target) }} />
              {series.includes("validated") && d.validated !== undefined ? <span className="radar__mark radar__mark--validated" style={{ left: levelWidth(d.validated) }} /> : null}
              {series.includes("average") && d.average !== undefined ? <span className="radar__mark radar__mark--average" style={{ left: levelWidth(d.average) }} /> : null}
            </span>
            <span className="radar__list-figures">
              {d.words.summary}
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}

export function ReadinessRadar({ data, ariaLabel, legend, labels }: ReadinessRadarProps) {
  const series = radarSeries(data, legend);
  const legendText: Record<SeriesId, string> = { ...legend, validated: legend.validated ?? "" };
  return (
    <div className="radar">
      <ReadinessRadarSwap chartProps={{ data, ariaLabel, legend, series, gapLabel: labels.gap }}>
        <div className="radar__chart" data-testid="radar-chart">
          <RadarSvg data={data} ariaLabel={ariaLabel} series={series} />
          <ul className="radar__legend">
            {series.map((id) => (
              <li key={id}>
                <LegendSwatch series={id} /> {legendText[id]}
              </li>
            ))}
          </ul>
        </div>
      </ReadinessRadarSwap>
      <RadarList data={data} series={series} caption={labels.listCaption} legendText={legendText} />
    </div>
  );
}
