"use client";

import type { ReactNode } from "react";
import { ChartSwap } from "./chart-swap";
import type { ReadinessRadarChartProps } from "./readiness-radar-data";

// The only way to the recharts radar: a dynamic import, so recharts is in no page's first load.
const load = () => import("./readiness-radar-interactive").then((m) => m.ReadinessRadarInteractive);

/** The server radar (children) until the first pointer or focus, then its recharts version. */
export function ReadinessRadarSwap({ chartProps, children }: { chartProps: ReadinessRadarChartProps; children: ReactNode }) {
  return (
    <ChartSwap load={load} chartProps={chartProps}>
      {children}
    </ChartSwap>
  );
}
