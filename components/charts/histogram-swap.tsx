"use client";

import type { ReactNode } from "react";
import { ChartSwap } from "./chart-swap";
import type { HistogramProps } from "./histogram-frame";

// The recharts histogram is reached only through this dynamic import, on first pointer or focus.
const load = () => import("./histogram-interactive").then((m) => m.HistogramInteractive);

export function HistogramSwap({ children, ...chartProps }: HistogramProps & { children: ReactNode }) {
  return (
    <ChartSwap load={load} chartProps={chartProps}>
      {children}
    </ChartSwap>
  );
}
