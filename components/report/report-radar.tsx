import { G, Line, Path, Polygon, Svg, Text } from "@react-pdf/renderer";
import { wrapLabel } from "@/components/charts/wrap-label";
import { seriesColours, seriesDash, type SeriesId } from "@/lib/charts/palette";
import { labelFirstBaseline, outlinePath, toSvgPoints, type Point, type RadarGeometry } from "@/lib/charts/radar-geometry";
import { reportInk } from "./report-styles";

const fontSize = 7.5;
const lineHeight = fontSize * 1.15;
// The PDF sets an upward-growing label right on its anchor (the screen charts keep 2 units above).
const labelType = { fontSize, lineHeight, bottomGap: 0 };
const tickSize = 6.5;

/**
 * The radar of current level and target per dimension, the programme average where known and the
 * validated levels once approved, drawn from precomputed geometry (lib/charts/radar-geometry.ts),
 * with each level ring numbered along the first spoke.
 */
export function ReportRadar({ geometry, validated = null, average = false }: { geometry: RadarGeometry; validated?: Point[] | null; average?: boolean }) {
  const { centre, radius, maxLevel } = geometry;
  return (
    <Svg width={geometry.width} height={geometry.height} viewBox={`0 0 ${geometry.width} ${geometry.height}`}>
      <G>
        {geometry.rings.map((ring, i) => (
          <Polygon key={`ring-${i}`} points={toSvgPoints(ring)} fill="none" stroke={reportInk.rule} strokeWidth={0.5} />
        ))}
        {geometry.axes.map((axis) => (
          <Line key={`spoke-${axis.dimensionId}`} x1={centre.x} y1={centre.y} x2={axis.end.x} y2={axis.end.y} stroke={reportInk.rule} strokeWidth={0.5} />
        ))}
        {average ? <Path d={outlinePath(geometry.average)} fill="none" {...stroke("average")} /> : null}
        <Polygon points={toSvgPoints(geometry.current)} fill={seriesColours.current} fillOpacity={0.2} {...stroke("current")} />
        <Polygon points={toSvgPoints(geometry.target)} fill="none" {...stroke("target")} />
        {validated ? <Polygon points={toSvgPoints(validated)} fill="none" {...stroke("validated")} /> : null}
        {/* Level ticks 1–5 just right of the upward spoke, each on its ring. */}
        {Array.from({ length: maxLevel }, (_, i) => i + 1).map((level) => (
          <Text key={`tick-${level}`} x={centre.x + 2.5} y={centre.y - (radius * level) / maxLevel + tickSize * 0.35} fill={reportInk.muted} style={{ fontSize: tickSize, fontFamily: "Helvetica" }}>
            {String(level)}
          </Text>
        ))}
        {geometry.axes.map((axis) => {
          // At 7.5 pt, 22 characters take about 85 pt: the room beside a 105 pt radius on A4's text width.
          const lines = wrapLabel(axis.label, 22, 3);
          const first = labelFirstBaseline(axis, lines.length, labelType);
          return lines.map((line, i) => (
            <Text key={`label-${axis.dimensionId}-${i}`} x={axis.labelAt.x} y={first + i * lineHeight} textAnchor={axis.textAnchor} fill={reportInk.ink} style={{ fontSize, fontFamily: "Helvetica" }}>
              {line}
            </Text>
          ));
        })}
      </G>
    </Svg>
  );
}

/** A series' line as the palette draws it: its colour and, for target and average, its dash. */
function stroke(series: SeriesId) {
  const dash = seriesDash[series];
  return { stroke: seriesColours[series], strokeWidth: series === "average" ? 1.25 : 1.5, ...(dash ? { strokeDasharray: dash } : {}) };
}

/** A short line in the colour and pattern of a radar series, for the legend. */
export function LegendSwatch({ series }: { series: SeriesId }) {
  return (
    <Svg width={22} height={6}>
      <Line x1={0} y1={3} x2={22} y2={3} {...stroke(series)} strokeWidth={2} />
    </Svg>
  );
}
