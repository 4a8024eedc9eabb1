"use client";

import type { ReactNode } from "react";
import type { BandDistributionProps } from "./band-distribution-frame";
import { ChartSwap } from "./chart-swap";

// The recharts band bars are reached only through this dynamic import, on first pointer or focus.
const load = () => import("./band-distribution-interactive").then((m) => m.BandDistributionInteractive);

export function BandDistributionSwap({ children, ...chartProps }: BandDistributionProps & { children: ReactNode }) {
  return (
    <ChartSwap load={load} chartProps={chartProps}>
      {children}
    </ChartSwap>
  );
}
