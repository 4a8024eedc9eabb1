"use client";

import type { ReactNode } from "react";
import { chartKeyAttribute, ChartSwap } from "./chart-swap";
import type { ReadinessRadarChartProps } from "./readiness-radar-data";

// The only way to the recharts radar: a dynamic import, so recharts is in no page's first load.
// The recharts chart draws its spokes only once it has measured its box, after ChartSwap's own
// focus hand-over has run; so the spoke focused in the server drawing when the load began is
// handed to the chart, which focuses its own copy of that spoke as soon as it is drawn.
const load = () => {
  const focused = document.activeElement?.closest(`[${chartKeyAttribute}]`)?.getAttribute(chartKeyAttribute) ?? null;
  return import("./readiness-radar-interactive").then(({ ReadinessRadarInteractive }) => {
    const Chart = (props: ReadinessRadarChartProps) => <ReadinessRadarInteractive {...props} focusKey={focused} />;
    return Chart;
  });
};

/** The server radar (children) until the first pointer or focus, then its recharts version. */
export function ReadinessRadarSwap({ chartProps, children }: { chartProps: ReadinessRadarChartProps; children: ReactNode }) {
  return (
    <ChartSwap load={load} chartProps={chartProps}>
      {children}
    </ChartSwap>
  );
}
