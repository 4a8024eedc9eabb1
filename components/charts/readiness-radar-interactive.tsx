"use client";

import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from "react";
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
  spacedLines,
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

/**
 * Which spoke link has focus, outside React state: the chart's own render must not run when it
 * changes (recharts then draws its axis anew, replacing the focused link); only the tooltip listens.
 */
function createFocusStore() {
  let index: number | null = null;
  const listeners = new Set<() => void>();
  return {
    get: () => index,
    set: (next: number | null) => {
      index = next;
      for (const listener of listeners) listener();
    },
    subscribe: (listener: () => void) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
type FocusStore = ReturnType<typeof createFocusStore>;

type TickProps = { payload: { value: unknown }; index: number };

type SpokeTickProps = TickProps & { data: RadarDatum[]; focus: FocusStore; claimFocus: (key: string) => boolean };

function SpokeTick({ payload, index, data, focus, claimFocus }: SpokeTickProps) {
  const scale = useScale();
  const datum = data[index];
  if (!datum) return null;
  const frame = { centre: { x: (radarSize.width / 2) * scale, y: (radarSize.height / 2) * scale }, radius: radarSize.radius * scale, maxLevel: radarMaxLevel };
  const placement = labelPlacement(frame, index, data.length, radarSize.labelGap * scale, radarLabelCentring);
  const fontSize = radarFontSize * scale;
  const lineHeight = radarLineHeight * scale;
  const lines = spacedLines(wrapLabel(String(payload.value), radarMaxChars, radarMaxLines), placement.textAnchor);
  const top = labelFirstBaseline(placement, lines.length, { fontSize, lineHeight, bottomGap: 2 * scale });
  return (
    <a
      href={datum.href}
      aria-label={datum.linkLabel}
      className="radar__spoke-link"
      data-chart-key={spokeKey(datum.dimensionId)}
      ref={(element) => {
        if (element && claimFocus(spokeKey(datum.dimensionId))) element.focus();
      }}
      // Kept from recharts' own focus handling (which would show the first dimension's tooltip):
      // a focused spoke shows its own.
      onFocus={(event) => {
        event.stopPropagation();
        focus.set(index);
      }}
      onBlur={(event) => {
        event.stopPropagation();
        focus.set(null);
      }}
      // Enter follows the link (an SVG link inside recharts' keyboard-handling wrapper does not by itself).
      onKeyDown={(event) => {
        if (event.key !== "Enter") return;
        event.preventDefault();
        event.stopPropagation();
        window.location.assign(datum.href);
      }}
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

type LevelTickProps = { payload: { value: unknown }; x: number | string; y: number | string };

/** The level numbers 1–5, between the first two spokes as in the server drawing. */
function LevelTick({ payload, x, y }: LevelTickProps) {
  const scale = useScale();
  if (payload.value === 0) return null;
  return (
    <text x={x} y={y} fontSize={radarFontSize * scale} fill={chartInk.muted} textAnchor="middle" dy="0.35em" className="radar__tick">
      {String(payload.value)}
    </text>
  );
}

type TooltipProps = { active?: boolean; payload?: readonly { payload?: unknown }[] } & Pick<ReadinessRadarChartProps, "legend" | "gapLabel"> & { shown: SeriesId[] };

const renderLevelTick = (props: LevelTickProps) => <LevelTick {...props} />;

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
      <table>
        <tbody>
          {rows
            .filter(([id, , value]) => value !== undefined && shown.includes(id))
            .map(([id, label, value]) => (
              <tr key={id} data-series={id}>
                <th scope="row">
                  <LegendSwatch series={id} /> {label}
                </th>
                <td>{value}</td>
              </tr>
            ))}
        </tbody>
      </table>
      <p className="radar__tooltip-gap" data-series="gap">
        {gapLabel}: {datum.words.gap}
      </p>
    </div>
  );
}

// Props that stay the same object from render to render: recharts redraws a chart whose layout props change.
const chartStyle = { width: "100%", aspectRatio: `${radarSize.width} / ${radarSize.height}` };
const chartMargin = { top: 0, right: 0, bottom: 0, left: 0 };
// The server drawing's rim, as a share of half the box's height (recharts' largest radius).
const outerRadius = `${(radarSize.radius / (radarSize.height / 2)) * 100}%`;
const activeDot = { r: 5 };
const radiusTicks = [1, 2, 3, 4, 5];
const radiusDomain: [number, number] = [0, radarMaxLevel];

/** The tooltip: where the pointer or the arrow keys are, or on the focused spoke's dimension. */
function SpokeTooltip({ focus, ...content }: { focus: FocusStore } & Omit<TooltipProps, "active" | "payload">) {
  const focused = useSyncExternalStore(focus.subscribe, focus.get, () => null);
  return (
    <Tooltip
      content={(props) => <RadarTooltip {...props} {...content} />}
      isAnimationActive={false}
      {...(focused === null ? {} : { defaultIndex: focused })}
    />
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

/** focusKey: the spoke that had focus in the server drawing when the swap began; it gets focus back once drawn. */
export function ReadinessRadarInteractive({ data, ariaLabel, legend, series, gapLabel, focusKey = null }: ReadinessRadarChartProps & { focusKey?: string | null }) {
  const [hidden, setHidden] = useState<SeriesId[]>([]);
  const pendingFocus = useRef(focusKey);
  // recharts may draw a tick more than once (it measures, then moves layers into place), so the
  // hand-over stays pending until the reader does something (a key, a pointer); it only ever takes
  // focus that is lost on the body, so a reader who moved on keeps their place.
  const claimFocus = useCallback((key: string) => pendingFocus.current === key && (document.activeElement === document.body || document.activeElement === null), []);
  useEffect(() => {
    if (!focusKey) return;
    const done = () => {
      pendingFocus.current = null;
    };
    document.addEventListener("keydown", done, { once: true, capture: true });
    document.addEventListener("pointerdown", done, { once: true, capture: true });
    return () => {
      document.removeEventListener("keydown", done, { capture: true });
      document.removeEventListener("pointerdown", done, { capture: true });
    };
  }, [focusKey]);
  const [focus] = useState(createFocusStore);
  // recharts re-registers an axis whose props change, drawing it anew: a new tick function on
  // every render would replace the focused spoke link (and lose focus) whenever the tooltip moves.
  const renderSpokeTick = useCallback((props: TickProps) => <SpokeTick {...props} data={data} focus={focus} claimFocus={claimFocus} />, [data, focus, claimFocus]);
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
          style={chartStyle}
          margin={chartMargin}
          outerRadius={outerRadius}
          className="radar__svg"
        >
          <PolarGrid gridType="polygon" stroke={chartInk.grid} radialLines />
          <PolarRadiusAxis domain={radiusDomain} ticks={radiusTicks} angle={tickAngle} axisLine={false} tickLine={false} tick={renderLevelTick} />
          <PolarAngleAxis dataKey="label" tickLine={false} axisLine={false} tick={renderSpokeTick} />
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
              activeDot={id === "target" || id === "average" ? false : activeDot}
              isAnimationActive={false}
              hide={hidden.includes(id)}
            />
          ))}
          <SpokeTooltip focus={focus} legend={legend} gapLabel={gapLabel} shown={shown} />
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
