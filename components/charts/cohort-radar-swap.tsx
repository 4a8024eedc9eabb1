"use client";

import type { ReactNode } from "react";
import { ChartSwap } from "./chart-swap";
import type { CohortRadarProps } from "./cohort-radar-frame";

// The recharts cohort radar is reached only through this dynamic import, on first pointer or focus.
const load = () => import("./cohort-radar-interactive").then((m) => m.CohortRadarInteractive);

export function CohortRadarSwap({ children, ...chartProps }: CohortRadarProps & { children: ReactNode }) {
  return (
    <ChartSwap load={load} chartProps={chartProps}>
      {children}
    </ChartSwap>
  );
}
