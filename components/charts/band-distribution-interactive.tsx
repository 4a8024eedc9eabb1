"use client";

import { Bar, BarChart, LabelList, Tooltip, XAxis, YAxis, type TooltipContentProps } from "recharts";
import { bandColours, chartInk } from "@/lib/charts/palette";
import { bandIds } from "@/lib/scoring/bands";
import { bandLabelMinShare, type BandBarDatum, type BandDistributionProps } from "./band-distribution-frame";
import { CohortChartTooltip } from "./cohort-chart-tooltip";

// The recharts version of the band distribution (loaded on first pointer or focus): each 100 %
// bar a stacked bar of the bands, the same size and colours as the server bars, with the count
// in every segment wide enough for it and a tooltip per segment (band, firms, share).

type Row = Record<string, number> & { datum: BandBarDatum };

function SegmentTooltip({ active, payload }: TooltipContentProps) {
  const entry = payload?.[0];
  const row = entry?.payload as Row | undefined;
  if (!active || !row || !entry) return null;
  const segment = row.datum.segments.find((s) => s.bandId === entry.dataKey);
  return segment ? <CohortChartTooltip lines={[row.datum.label, segment.text]} /> : null;
}

function StackedBar({ datum, title }: { datum: BandBarDatum; title: string }) {
  const row = { datum, ...Object.fromEntries(datum.segments.map((s) => [s.bandId, s.share])) } as Row;
  const shown = bandIds.filter((id) => datum.segments.some((s) => s.bandId === id));
  return (
    <div className="band-bar">
      <span className="band-bar__label">
        {datum.label} <span className="muted">({datum.total})</span>
      </span>
      <BarChart layout="vertical" data={[row]} responsive style={{ width: "100%", height: 34 }} margin={{ top: 0, right: 0, bottom: 0, left: 0 }} barCategoryGap={0} title={`${title}: ${datum.label}`} data-chart-key={`cohort-bands-${datum.key}`}>
        <XAxis type="number" domain={[0, 1]} hide />
        <YAxis type="category" hide />
        {shown.map((bandId) => (
          <Bar key={bandId} dataKey={bandId} stackId="bands" fill={bandColours[bandId].fill} stroke={chartInk.page} strokeWidth={1} isAnimationActive={false}>
            <LabelList
              dataKey={bandId}
              position="center"
              fill={bandColours[bandId].text}
              fontSize={14}
              fontWeight={700}
              formatter={(share: unknown) => (typeof share === "number" && share >= bandLabelMinShare ? String(datum.segments.find((s) => s.bandId === bandId)?.count ?? "") : "")}
            />
          </Bar>
        ))}
        <Tooltip content={SegmentTooltip} shared={false} cursor={false} isAnimationActive={false} allowEscapeViewBox={{ x: false, y: true }} wrapperStyle={{ zIndex: 2 }} />
      </BarChart>
    </div>
  );
}

export function BandDistributionInteractive({ bars, title }: BandDistributionProps) {
  return (
    <>
      {bars.map((bar) => (
        <StackedBar key={bar.key} datum={bar} title={title} />
      ))}
    </>
  );
}
