"use client";

import { useState } from "react";
import { PolarAngleAxis, PolarGrid, PolarRadiusAxis, Radar, RadarChart, Tooltip, useChartWidth } from "recharts";
import { chartInk, seriesColours, seriesDash, type SeriesId } from "@/lib/charts/palette";
import { labelFirstBaseline, labelPlacement, radarMaxLevel, spokeAngle } from "@/lib/charts/radar-geometry";
import { LegendSwatch } from "./radar-legend-swatch";
import {
  radarFontSize,
  radarLabelCentring,
  radarLineHeight,
  radarMaxChars,
  radarMaxLines,
  radarSize,
  spokeKey,
  type RadarDatum,
  type ReadinessRadarChartProps,
} from "./readiness-radar-data";
import { wrapLabel } from "./wrap-label";

// The recharts version of the results radar (components/charts/readiness-radar.tsx), loaded on the
// first pointer or focus. It is drawn at the size of the server drawing's box and places labels,
// level numbers and lines with the same geometry, scaled from its 600-unit viewBox to the box's
// width, so the swap does not move anything; it adds a tooltip per dimension, a key whose entries
// show and hide lines, and keeps the spoke labels as links to each dimension's detail.

const tooltipId = "readiness-radar-tooltip";

/** The scale from the server drawing's viewBox units to this chart's pixels. */
function useScale(): number {
  const width = useChartWidth() ?? radarSize.width;
  return width / radarSize.width;
}

type TickProps = { payload: { value: unknown }; index: number };

function SpokeTick({ payload, index, data, onFocusSpoke }: TickProps & { data: RadarDatum[]; onFocusSpoke: (index: number | null) => void }) {
  const scale = useScale();
  const datum = data[index];
  if (!datum) return null;
  const frame = { centre: { x: (radarSize.width / 2) * scale, y: (radarSize.height / 2) * scale }, radius: radarSize.radius * scale, maxLevel: radarMaxLevel };
  const placement = labelPlacement(frame, index, data.length, radarSize.labelGap * scale, radarLabelCentring);
  const fontSize = radarFontSize * scale;
  const lineHeight = radarLineHeight * scale;
  const lines = wrapLabel(String(payload.value), radarMaxChars, radarMaxLines);
  const top = labelFirstBaseline(placement, lines.length, { fontSize, lineHeight, bottomGap: 2 * scale });
  return (
    <a
      href={datum.href}
      aria-label={datum.linkLabel}
      className="radar__spoke-link"
      data-chart-key={spokeKey(datum.dimensionId)}
      onFocus={() => onFocusSpoke(index)}
      onBlur={() => onFocusSpoke(null)}
    >
      <text x={placement.labelAt.x} y={top} textAnchor={placement.textAnchor} fontSize={fontSize} className="radar__axis-label" data-testid="radar-axis" data-dimension={datum.label}>
        {lines.map((line, i) => (
          <tspan key={i} x={placement.labelAt.x} dy={i === 0 ? 0 : lineHeight}>
            {line}
          </tspan>
        ))}
      </text>
    </a>
  );
}

/** The level numbers 1–5, between the first two spokes as in the server drawing. */
function LevelTick({ payload, x, y }: { payload: { value: unknown }; x: number | string; y: number | string }) {
  const scale = useScale();
  if (payload.value === 0) return null;
  return (
    <text x={x} y={y} fontSize={radarFontSize * scale} fill={chartInk.muted} textAnchor="middle" dy="0.35em" className="radar__tick">
      {String(payload.value)}
    </text>
  );
}

type TooltipProps = { active?: boolean; payload?: readonly { payload?: unknown }[] } & Pick<ReadinessRadarChartProps, "legend" | "gapLabel"> & { shown: SeriesId[] };

function RadarTooltip({ active, payload, legend, gapLabel, shown }: TooltipProps) {
  const datum = payload?.[0]?.payload as RadarDatum | undefined;
  if (!active || !datum) return null;
  const rows: [SeriesId, string, string | undefined][] = [
    ["current", legend.current, datum.words.current],
    ["target", legend.target, datum.words.target],
    ["average", legend.average, datum.words.average],
    ["validated", legend.validated ?? "", datum.words.validated],
  ];
  return (
    <div className="radar__tooltip" id={tooltipId} data-testid="radar-tooltip" role="status">
      <p className="radar__tooltip-title">{datum.label}</p>
      <dl>
        {rows
          .filter(([id, , value]) => value !== undefined && shown.includes(id))
          .map(([id, label, value]) => (
            <div key={id} data-series={id}>
              <dt>
                <LegendSwatch series={id} /> {label}
              </dt>
              <dd>{value}</dd>
            </div>
          ))}
        <div data-series="gap">
          <dt>{gapLabel}</dt>
          <dd>{datum.words.gap}</dd>
        </div>
      </dl>
    </div>
  );
}

const seriesStyle: Record<SeriesId, { strokeWidth: number; fillOpacity: number }> = {
  current: { strokeWidth: 2.5, fillOpacity: 0.2 },
  target: { strokeWidth: 2.5, fillOpacity: 0 },
  validated: { strokeWidth: 2.5, fillOpacity: 0 },
  average: { strokeWidth: 2, fillOpacity: 0 },
};

type DotProps = { cx?: number; cy?: number };
const squareDot = ({ cx = 0, cy = 0 }: DotProps) => <rect x={cx - 4} y={cy - 4} width={8} height={8} fill={seriesColours.validated} />;
const roundDot = ({ cx = 0, cy = 0 }: DotProps) => <circle cx={cx} cy={cy} r={3} fill={seriesColours.current} />;

export function ReadinessRadarInteractive({ data, ariaLabel, legend, series, gapLabel }: ReadinessRadarChartProps) {
  const [hidden, setHidden] = useState<SeriesId[]>([]);
  const [focusedSpoke, setFocusedSpoke] = useState<number | null>(null);
  const shown = series.filter((id) => !hidden.includes(id));
  const legendText: Record<SeriesId, string> = { ...legend, validated: legend.validated ?? "" };
  const toggle = (id: SeriesId) => setHidden((now) => (now.includes(id) ? now.filter((h) => h !== id) : [...now, id]));
  // Level numbers between the first two spokes, in recharts' angles (degrees, anticlockwise from 3 o'clock).
  const tickAngle = (-spokeAngle(0.5, data.length) * 180) / Math.PI;

  return (
    <div className="radar__chart" data-testid="radar-chart">
      <div className="radar__frame" role="group" aria-label={ariaLabel} data-testid="radar">
        <RadarChart
          responsive
          data={data}
          style={{ width: "100%", aspectRatio: `${radarSize.width} / ${radarSize.height}` }}
          margin={{ top: 0, right: 0, bottom: 0, left: 0 }}
          outerRadius={`${(radarSize.radius / (radarSize.height / 2)) * 100}%`}
          className="radar__svg"
        >
          <PolarGrid gridType="polygon" stroke={chartInk.grid} radialLines />
          <PolarRadiusAxis domain={[0, radarMaxLevel]} ticks={[1, 2, 3, 4, 5]} angle={tickAngle} axisLine={false} tickLine={false} tick={LevelTick} />
          <PolarAngleAxis dataKey="label" tickLine={false} axisLine={false} tick={(props: TickProps) => <SpokeTick {...props} data={data} onFocusSpoke={setFocusedSpoke} />} />
          {series.map((id) => (
            <Radar
              key={id}
              name={legendText[id]}
              dataKey={id}
              stroke={seriesColours[id]}
              fill={seriesColours[id]}
              fillOpacity={seriesStyle[id].fillOpacity}
              strokeWidth={seriesStyle[id].strokeWidth}
              strokeDasharray={seriesDash[id]}
              dot={id === "validated" ? squareDot : id === "current" ? roundDot : false}
              activeDot={id === "target" || id === "average" ? false : { r: 5 }}
              isAnimationActive={false}
              hide={hidden.includes(id)}
            />
          ))}
          <Tooltip
            content={(props) => <RadarTooltip {...props} legend={legend} gapLabel={gapLabel} shown={shown} />}
            isAnimationActive={false}
            {...(focusedSpoke === null ? {} : { defaultIndex: focusedSpoke })}
          />
        </RadarChart>
      </div>
      <ul className="radar__legend">
        {series.map((id) => (
          <li key={id}>
            <button type="button" className="radar__legend-button" aria-pressed={!hidden.includes(id)} onClick={() => toggle(id)} data-series={id}>
              <LegendSwatch series={id} /> {legendText[id]}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
