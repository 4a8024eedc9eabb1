"use client";

import type { ReactNode } from "react";
import { ChartSwap } from "./chart-swap";
import type { ProgressProps } from "./progress-frame";

// The recharts progress charts are reached only through this dynamic import, on first pointer or focus.
const load = () => import("./progress-interactive").then((m) => m.ProgressInteractive);

export function ProgressSwap({ children, ...chartProps }: ProgressProps & { children: ReactNode }) {
  return (
    <ChartSwap load={load} chartProps={chartProps}>
      {children}
    </ChartSwap>
  );
}
