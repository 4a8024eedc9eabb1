import { G, Line, Polygon, Svg, Text } from "@react-pdf/renderer";
import { wrapLabel } from "@/components/charts/wrap-label";
import { labelFirstBaseline, toSvgPoints, type Point, type RadarGeometry } from "@/lib/charts/radar-geometry";
import { reportColours } from "./report-styles";

const fontSize = 7.5;
const lineHeight = fontSize * 1.15;
// The PDF sets an upward-growing label right on its anchor (the screen charts keep 2 units above).
const labelType = { fontSize, lineHeight, bottomGap: 0 };

/** The radar of current level and target per dimension, with the validated levels once approved, drawn from precomputed geometry (lib/charts/radar-geometry.ts). */
export function ReportRadar({ geometry, validated = null }: { geometry: RadarGeometry; validated?: Point[] | null }) {
  return (
    <Svg width={geometry.width} height={geometry.height} viewBox={`0 0 ${geometry.width} ${geometry.height}`}>
      <G>
        {geometry.rings.map((ring, i) => (
          <Polygon key={`ring-${i}`} points={toSvgPoints(ring)} fill="none" stroke={reportColours.rule} strokeWidth={0.5} />
        ))}
        {geometry.axes.map((axis) => (
          <Line key={`spoke-${axis.dimensionId}`} x1={geometry.centre.x} y1={geometry.centre.y} x2={axis.end.x} y2={axis.end.y} stroke={reportColours.rule} strokeWidth={0.5} />
        ))}
        <Polygon points={toSvgPoints(geometry.current)} fill={reportColours.current} fillOpacity={0.25} stroke={reportColours.current} strokeWidth={1.5} />
        {validated ? <Polygon points={toSvgPoints(validated)} fill="none" stroke={reportColours.validated} strokeWidth={1.5} /> : null}
        <Polygon points={toSvgPoints(geometry.target)} fill="none" stroke={reportColours.target} strokeWidth={1.5} strokeDasharray="5 3" />
        {geometry.axes.map((axis) => {
          const lines = wrapLabel(axis.label, 18, 3);
          const first = labelFirstBaseline(axis, lines.length, labelType);
          return lines.map((line, i) => (
            <Text key={`label-${axis.dimensionId}-${i}`} x={axis.labelAt.x} y={first + i * lineHeight} textAnchor={axis.textAnchor} fill={reportColours.ink} style={{ fontSize, fontFamily: "Helvetica" }}>
              {line}
            </Text>
          ));
        })}
      </G>
    </Svg>
  );
}

/** A short line in the colour and pattern of a radar series, for the legend. */
export function LegendSwatch({ series }: { series: "current" | "target" | "validated" }) {
  return (
    <Svg width={18} height={6}>
      <Line x1={0} y1={3} x2={18} y2={3} stroke={reportColours[series]} strokeWidth={2} {...(series === "target" ? { strokeDasharray: "4 2" } : {})} />
    </Svg>
  );
}
