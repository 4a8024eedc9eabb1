"use client";

import { useEffect, useRef, useState } from "react";
import { PolarAngleAxis, PolarGrid, PolarRadiusAxis, Radar, RadarChart } from "recharts";
import { outlinePath, type OutlinePoint } from "./radar-outline";
import { wrapLabel } from "./wrap-label";

// The radar of current vs target levels per dimension. A client component because recharts
// draws after measuring in the browser; it is imported only by results and analytics pages,
// so questionnaire pages never download chart code. Without JavaScript the page's data table
// carries the same numbers.

export type RadarDatum = {
  dimensionId: string;
  /** Axis label: the dimension title in the reader's language. */
  label: string;
  current: number;
  target: number;
  /** Programme average, when the firm is in a programme and the average is known. */
  average?: number;
};

export type ReadinessRadarProps = {
  data: RadarDatum[];
  /** Describes the chart for screen readers (the chart itself is one image to them). */
  ariaLabel: string;
  legend: { current: string; target: string; average: string };
  /** Shown when JavaScript is off, pointing to the table. */
  noScript: string;
};

// Colours: current is the brand blue; the target is orange and dashed, the programme average grey
// and dotted, so the three lines differ in hue, lightness and pattern (colour-blind safe); each
// has at least 3:1 contrast with the white background (WCAG 2.2 non-text contrast).
export const radarColours = { current: "#0b4f6c", target: "#b45309", average: "#6f777b", grid: "#b1b4b6", ink: "#0b0c0c" } as const;
const targetDash = "8 5";
const averageDash = "2 4";

const maxWidth = 760;

type Layout = { width: number; height: number; radius: number; fontSize: number; maxChars: number; maxLines: number };

/** Average glyph width as a share of the font size, for the system sans-serif fonts the page uses. */
const glyphWidth = 0.56;
const lineSpacing = 1.15;

/**
 * Chart size for the width available: labels keep a readable size and the radius takes what is
 * left after the longest wrapped label line (a long single word, such as a Malay compound, can
 * be longer than the wrap width).
 */
function layoutFor(available: number, labels: readonly string[]): Layout {
  const width = Math.min(maxWidth, Math.max(280, Math.floor(available)));
  const narrow = width < 520;
  const fontSize = narrow ? 10.5 : 13;
  const maxChars = narrow ? 12 : 16;
  const maxLines = 3;
  const longestLine = Math.max(1, ...labels.flatMap((label) => wrapLabel(label, maxChars, maxLines)).map((line) => line.length));
  const sideRoom = longestLine * fontSize * glyphWidth + 12;
  const verticalRoom = maxLines * fontSize * lineSpacing + 12;
  const radius = Math.max(50, Math.min(width / 2 - sideRoom, 230));
  return { width, height: Math.round(2 * (radius + verticalRoom)), radius, fontSize, maxChars, maxLines };
}

type TickProps = {
  x: number | string;
  y: number | string;
  textAnchor: "start" | "middle" | "end" | "inherit";
  verticalAnchor?: "start" | "middle" | "end";
  payload: { value: string };
};

function AxisLabel({ x, y, textAnchor, verticalAnchor, payload, fontSize, maxChars, maxLines }: TickProps & { fontSize: number; maxChars: number; maxLines: number }) {
  const lines = wrapLabel(String(payload.value), maxChars, maxLines);
  const lineHeight = fontSize * lineSpacing;
  // Labels above the centre grow upwards, labels below grow downwards, side labels are centred.
  const shift = verticalAnchor === "end" ? -(lines.length - 1) * lineHeight : verticalAnchor === "middle" ? (-(lines.length - 1) * lineHeight) / 2 : 0;
  const top = Number(y) + shift + (verticalAnchor === "start" ? fontSize * 0.8 : verticalAnchor === "end" ? -2 : fontSize * 0.35);
  return (
    <text
      x={x}
      y={top}
      textAnchor={textAnchor}
      fontSize={fontSize}
      fill={radarColours.ink}
      className="radar__axis-label"
      data-testid="radar-axis"
      data-dimension={String(payload.value)}
    >
      {lines.map((line, index) => (
        <tspan key={index} x={x} dy={index === 0 ? 0 : lineHeight}>
          {line}
        </tspan>
      ))}
    </text>
  );
}

function LegendLine({ colour, dash }: { colour: string; dash?: string }) {
  return (
    <svg width="32" height="12" aria-hidden="true" focusable="false" className="radar__swatch">
      <line x1="1" y1="6" x2="31" y2="6" stroke={colour} strokeWidth="3" strokeDasharray={dash} />
    </svg>
  );
}

export function ReadinessRadar({ data, ariaLabel, legend, noScript }: ReadinessRadarProps) {
  const frame = useRef<HTMLDivElement>(null);
  const [available, setAvailable] = useState(0);
  const showAverage = data.some((d) => d.average !== undefined);

  useEffect(() => {
    const element = frame.current;
    if (!element) return;
    const measure = () => setAvailable(element.clientWidth);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  const layout = available > 0 ? layoutFor(available, data.map((d) => d.label)) : null;
  return (
    <div className="radar">
      <div ref={frame} className="radar__frame" role="img" aria-label={ariaLabel} data-testid="radar">
        {layout ? (
          <RadarChart
            width={layout.width}
            height={layout.height}
            data={data}
            outerRadius={layout.radius}
            margin={{ top: 0, right: 0, bottom: 0, left: 0 }}
            accessibilityLayer={false}
          >
            <PolarGrid gridType="polygon" stroke={radarColours.grid} />
            <PolarAngleAxis
              dataKey="label"
              tick={(props: TickProps) => <AxisLabel {...props} fontSize={layout.fontSize} maxChars={layout.maxChars} maxLines={layout.maxLines} />}
            />
            <PolarRadiusAxis
              domain={[0, 5]}
              tickCount={6}
              // Between the first two spokes, so the level numbers never sit on a data line.
              angle={90 - 180 / Math.max(1, data.length)}
              axisLine={false}
              tick={{ fontSize: layout.fontSize - 1, fill: "#505a5f" }}
            />
            <Radar
              name={legend.current}
              dataKey="current"
              stroke={radarColours.current}
              strokeWidth={2.5}
              fill={radarColours.current}
              fillOpacity={0.2}
              dot={{ r: 3, fill: radarColours.current, fillOpacity: 1 }}
              isAnimationActive={false}
            />
            <Radar
              name={legend.target}
              dataKey="target"
              stroke={radarColours.target}
              strokeWidth={2.5}
              strokeDasharray={targetDash}
              fill="none"
              fillOpacity={0}
              isAnimationActive={false}
            />
            {showAverage ? (
              <Radar
                name={legend.average}
                dataKey="average"
                stroke={radarColours.average}
                strokeWidth={2}
                strokeDasharray={averageDash}
                fill="none"
                fillOpacity={0}
                isAnimationActive={false}
                shape={(props: { points: OutlinePoint[] }) => (
                  <path d={outlinePath(props.points)} fill="none" stroke={radarColours.average} strokeWidth={2} strokeDasharray={averageDash} />
                )}
              />
            ) : null}
          </RadarChart>
        ) : (
          <noscript>
            <p className="radar__noscript">{noScript}</p>
          </noscript>
        )}
      </div>
      <ul className="radar__legend">
        <li>
          <LegendLine colour={radarColours.current} /> {legend.current}
        </li>
        <li>
          <LegendLine colour={radarColours.target} dash={targetDash} /> {legend.target}
        </li>
        {showAverage ? (
          <li>
            <LegendLine colour={radarColours.average} dash={averageDash} /> {legend.average}
          </li>
        ) : null}
      </ul>
    </div>
  );
}
