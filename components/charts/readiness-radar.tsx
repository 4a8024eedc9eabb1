import { computeRadarGeometry, labelFirstBaseline, levelPoints, outlinePath, spokeAngle, toSvgPoints, type LabelCentring, type RadarAxis } from "@/lib/charts/radar-geometry";
import { wrapLabel } from "./wrap-label";

// The radar of current vs target levels per dimension, drawn on the server as plain SVG: no chart
// code goes to the browser, it shows without JavaScript, and it prints as it looks. It scales with
// the width of the page (viewBox); the table beside it carries the same numbers for anyone who
// cannot read the chart.

export type RadarDatum = {
  dimensionId: string;
  /** Axis label: the dimension title in the reader's language. */
  label: string;
  current: number;
  target: number;
  /** Programme average, when the firm is in a programme and the average is known. */
  average?: number;
  /** The level the programme officer validated, once the assessment is approved (issue 17). */
  validated?: number;
};

export type ReadinessRadarProps = {
  data: RadarDatum[];
  /** Describes the chart for screen readers (the chart itself is one image to them). */
  ariaLabel: string;
  legend: { current: string; target: string; average: string; validated?: string };
};

// Colours: current is the brand blue; the target is orange and dashed, the programme average grey
// and dotted, so the three lines differ in hue, lightness and pattern (colour-blind safe); each
// has at least 3:1 contrast with the white background (WCAG 2.2 non-text contrast).
// The validated line is a solid dark green with square markers: apart from the blue by hue and marker shape.
export const radarColours = { current: "#0b4f6c", target: "#b45309", average: "#6f777b", validated: "#00703c", grid: "#b1b4b6", ink: "#0b0c0c", muted: "#505a5f" } as const;
const targetDash = "8 5";
const averageDash = "2 4";

// Room for labels of three lines of about 12 characters on every side. The chart scales with the
// page: on a 360 px phone it is drawn at a little over half this size, so labels stay near 9–10 px.
const size = { width: 600, height: 480, radius: 140, labelGap: 10 };
const fontSize = 17;
const lineHeight = fontSize * 1.15;
const maxChars = 12;
const maxLines = 3;
// Only labels within about 40° of the top or bottom grow upwards or downwards; the others are
// centred on their spoke, so the three-line labels of neighbouring spokes (up to 14) do not run
// into each other.
const labelCentring: Partial<LabelCentring> = { vertical: 0.75 };

function AxisLabel({ axis }: { axis: RadarAxis }) {
  const lines = wrapLabel(axis.label, maxChars, maxLines);
  const top = labelFirstBaseline(axis, lines.length, { fontSize, lineHeight });
  return (
    <text x={axis.labelAt.x} y={top} textAnchor={axis.textAnchor} fontSize={fontSize} fill={radarColours.ink} className="radar__axis-label" data-testid="radar-axis" data-dimension={axis.label}>
      {lines.map((line, index) => (
        <tspan key={index} x={axis.labelAt.x} dy={index === 0 ? 0 : lineHeight}>
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

export function ReadinessRadar({ data, ariaLabel, legend }: ReadinessRadarProps) {
  const geometry = computeRadarGeometry(data, size, { labelCentring });
  const showAverage = data.some((d) => d.average !== undefined);
  const validated = data.every((d) => d.validated !== undefined) ? levelPoints(geometry, data.map((d) => d.validated ?? 0)) : null;
  const { centre, radius, maxLevel } = geometry;
  // The level numbers sit between the first two spokes, so they never sit on a spoke or its label.
  const tickAngle = spokeAngle(0.5, data.length);
  return (
    <div className="radar">
      <div className="radar__frame" role="img" aria-label={ariaLabel} data-testid="radar">
        <svg viewBox={`0 0 ${geometry.width} ${geometry.height}`} className="radar__svg" aria-hidden="true" focusable="false">
          {geometry.rings.map((ring, i) => (
            <polygon key={`ring-${i}`} points={toSvgPoints(ring)} fill="none" stroke={radarColours.grid} strokeWidth={1} />
          ))}
          {geometry.axes.map((axis) => (
            <line key={`spoke-${axis.dimensionId}`} x1={centre.x} y1={centre.y} x2={axis.end.x} y2={axis.end.y} stroke={radarColours.grid} strokeWidth={1} />
          ))}
          {Array.from({ length: maxLevel }, (_, i) => {
            const r = (radius * (i + 1)) / maxLevel;
            return (
              <text key={`tick-${i}`} x={centre.x + r * Math.cos(tickAngle)} y={centre.y + r * Math.sin(tickAngle)} fontSize={fontSize - 2} fill={radarColours.muted} textAnchor="middle" dy="0.35em">
                {i + 1}
              </text>
            );
          })}
          <polygon points={toSvgPoints(geometry.current)} fill={radarColours.current} fillOpacity={0.2} stroke={radarColours.current} strokeWidth={2.5} />
          {geometry.current.map((point, i) => (
            <circle key={`dot-${i}`} cx={point.x} cy={point.y} r={3} fill={radarColours.current} />
          ))}
          <polygon points={toSvgPoints(geometry.target)} fill="none" stroke={radarColours.target} strokeWidth={2.5} strokeDasharray={targetDash} />
          {validated ? (
            <g data-testid="radar-validated">
              <polygon points={toSvgPoints(validated)} fill="none" stroke={radarColours.validated} strokeWidth={2.5} />
              {validated.map((point, i) => (
                <rect key={`validated-${i}`} x={point.x - 4} y={point.y - 4} width={8} height={8} fill={radarColours.validated} />
              ))}
            </g>
          ) : null}
          {showAverage ? <path d={outlinePath(geometry.average)} fill="none" stroke={radarColours.average} strokeWidth={2} strokeDasharray={averageDash} /> : null}
          {geometry.axes.map((axis) => (
            <AxisLabel key={`label-${axis.dimensionId}`} axis={axis} />
          ))}
        </svg>
      </div>
      <ul className="radar__legend">
        <li>
          <LegendLine colour={radarColours.current} /> {legend.current}
        </li>
        <li>
          <LegendLine colour={radarColours.target} dash={targetDash} /> {legend.target}
        </li>
        {validated && legend.validated ? (
          <li>
            <LegendLine colour={radarColours.validated} /> {legend.validated}
          </li>
        ) : null}
        {showAverage ? (
          <li>
            <LegendLine colour={radarColours.average} dash={averageDash} /> {legend.average}
          </li>
        ) : null}
      </ul>
    </div>
  );
}
