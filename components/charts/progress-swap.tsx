"use client";

import { defineChartSwap } from "./chart-swap";
import type { ProgressProps } from "./progress-frame";

// The recharts progress charts are reached only through this dynamic import, on first pointer or focus.
export const ProgressSwap = defineChartSwap<ProgressProps>(() => import("./progress-interactive").then((m) => m.ProgressInteractive));
