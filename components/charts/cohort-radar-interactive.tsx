"use client";

import { useState } from "react";
import { PolarAngleAxis, PolarGrid, PolarRadiusAxis, Radar, RadarChart, Tooltip, type TooltipContentProps } from "recharts";
import { chartInk, seriesColours } from "@/lib/charts/palette";
import { outlinePath, partialBandPath, type OutlinePoint } from "@/lib/charts/radar-geometry";
import { CohortChartTooltip } from "./cohort-chart-tooltip";
import {
  CohortRadarLabels,
  CohortRadarLevelNumbers,
  cohortRadarFrame,
  cohortRadarSize,
  RadarSwatch,
  SeriesMarker,
  type CohortRadarDatum,
  type CohortRadarProps,
  type CohortSpreadPoint,
} from "./cohort-radar-frame";

// The recharts version of the cohort radar (loaded on first pointer or focus, see ChartSwap). It
// draws the same lines, bands, labels and numbers as the server SVG at the same size, and adds a
// tooltip per dimension (pointer, or arrow keys once the chart has focus) and legend buttons that
// show and hide each line and band. Recharts places the points; the paths are drawn with the
// shared geometry so a dimension without validated scores is a gap in both drawings.

type SeriesKey = "selfBand" | "selfMean" | "validatedBand" | "validatedMean";
type RadarShapeProps = { points: { x: number; y: number; value?: unknown }[]; baseLinePoints?: { x: number; y: number }[] };

const present = (value: unknown) => value !== null && value !== undefined;

function bandShape(colour: string) {
  return function BandShape({ points, baseLinePoints = [] }: RadarShapeProps) {
    const upper: OutlinePoint[] = points.map((p) => ({ x: p.x, y: p.y, value: present(p.value) ? 1 : undefined }));
    const lower: OutlinePoint[] = points.map((p, i) => ({ x: baseLinePoints[i]?.x ?? p.x, y: baseLinePoints[i]?.y ?? p.y, value: present(p.value) ? 1 : undefined }));
    return <path d={partialBandPath(lower, upper)} fill={colour} fillOpacity={0.2} stroke="none" />;
  };
}

function meanShape(colour: string, square: boolean) {
  return function MeanShape({ points }: RadarShapeProps) {
    const outline: OutlinePoint[] = points.map((p) => ({ x: p.x, y: p.y, value: typeof p.value === "number" ? p.value : undefined }));
    return (
      <g>
        <path d={outlinePath(outline)} fill="none" stroke={colour} strokeWidth={2.5} />
        {outline.map((p, i) => (p.value === undefined ? null : <SeriesMarker key={i} x={p.x} y={p.y} colour={colour} square={square} />))}
      </g>
    );
  };
}

const shapes = {
  selfBand: bandShape(seriesColours.current),
  selfMean: meanShape(seriesColours.current, false),
  validatedBand: bandShape(seriesColours.validated),
  validatedMean: meanShape(seriesColours.validated, true),
};

const range = (s: CohortSpreadPoint | null) => (s ? [s.p25, s.p75] : null);

function RadarTooltip({ active, payload }: TooltipContentProps) {
  const datum = payload?.[0]?.payload as CohortRadarDatum | undefined;
  if (!active || !datum) return null;
  return <CohortChartTooltip lines={datum.tooltip} />;
}

export function CohortRadarInteractive({ data, title, legend, hasValidated, toggleLabel }: CohortRadarProps) {
  const [hidden, setHidden] = useState<Record<SeriesKey, boolean>>({ selfBand: false, selfMean: false, validatedBand: false, validatedMean: false });
  const toggles: { key: SeriesKey; label: string; colour: string; kind: "mean" | "band"; square: boolean }[] = [
    { key: "selfMean", label: legend.selfMean, colour: seriesColours.current, kind: "mean", square: false },
    { key: "selfBand", label: legend.selfBand, colour: seriesColours.current, kind: "band", square: false },
    ...(hasValidated
      ? ([
          { key: "validatedMean", label: legend.validatedMean, colour: seriesColours.validated, kind: "mean", square: true },
          { key: "validatedBand", label: legend.validatedBand, colour: seriesColours.validated, kind: "band", square: true },
        ] as const)
      : []),
  ];
  const { centre, radius } = cohortRadarFrame;
  return (
    <>
      <RadarChart
        width={cohortRadarSize.width}
        height={cohortRadarSize.height}
        data={data}
        cx={centre.x}
        cy={centre.y}
        outerRadius={radius}
        margin={{ top: 0, right: 0, bottom: 0, left: 0 }}
        className="cohort-radar__svg"
        title={title}
        data-chart-key="cohort-radar"
        style={{ width: cohortRadarSize.width, height: cohortRadarSize.height }}
      >
        <PolarGrid gridType="polygon" stroke={chartInk.grid} strokeOpacity={1} />
        <PolarAngleAxis dataKey="dimensionId" tick={false} axisLine={false} tickLine={false} />
        <PolarRadiusAxis domain={[0, 5]} tickCount={6} tick={false} axisLine={false} tickLine={false} />
        <Radar dataKey={(d: CohortRadarDatum) => range(d.self)} name={legend.selfBand} hide={hidden.selfBand} shape={shapes.selfBand} isAnimationActive={false} activeDot={false} legendType="none" />
        <Radar dataKey={(d: CohortRadarDatum) => d.self?.mean ?? null} name={legend.selfMean} hide={hidden.selfMean} shape={shapes.selfMean} isAnimationActive={false} activeDot={{ r: 5, fill: seriesColours.current }} />
        {hasValidated ? (
          <>
            <Radar dataKey={(d: CohortRadarDatum) => range(d.validated)} name={legend.validatedBand} hide={hidden.validatedBand} shape={shapes.validatedBand} isAnimationActive={false} activeDot={false} />
            <Radar dataKey={(d: CohortRadarDatum) => d.validated?.mean ?? null} name={legend.validatedMean} hide={hidden.validatedMean} shape={shapes.validatedMean} isAnimationActive={false} activeDot={{ r: 5, fill: seriesColours.validated }} />
          </>
        ) : null}
        <CohortRadarLevelNumbers spokes={data.length} />
        <CohortRadarLabels data={data} />
        <Tooltip content={RadarTooltip} isAnimationActive={false} />
      </RadarChart>
      <div className="cohort-legend" role="group" aria-label={toggleLabel}>
        {toggles.map((toggle) => (
          <button
            key={toggle.key}
            type="button"
            className="cohort-legend__toggle"
            aria-pressed={!hidden[toggle.key]}
            onClick={() => setHidden((h) => ({ ...h, [toggle.key]: !h[toggle.key] }))}
          >
            <RadarSwatch colour={toggle.colour} kind={toggle.kind} square={toggle.square} /> {toggle.label}
          </button>
        ))}
      </div>
    </>
  );
}
