"use client";

import { defineChartSwap } from "./chart-swap";
import type { HistogramProps } from "./histogram-frame";

// The recharts histogram is reached only through this dynamic import, on first pointer or focus.
export const HistogramSwap = defineChartSwap<HistogramProps>(() => import("./histogram-interactive").then((m) => m.HistogramInteractive));
