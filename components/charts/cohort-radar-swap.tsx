"use client";

import { defineChartSwap } from "./chart-swap";
import type { CohortRadarProps } from "./cohort-radar-frame";

// The recharts cohort radar is reached only through this dynamic import, on first pointer or focus.
export const CohortRadarSwap = defineChartSwap<CohortRadarProps>(() => import("./cohort-radar-interactive").then((m) => m.CohortRadarInteractive));
