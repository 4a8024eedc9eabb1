"use client";

import { defineChartSwap } from "./chart-swap";
import type { BandDistributionProps } from "./band-distribution-frame";

// The recharts band bars are reached only through this dynamic import, on first pointer or focus.
export const BandDistributionSwap = defineChartSwap<BandDistributionProps>(() => import("./band-distribution-interactive").then((m) => m.BandDistributionInteractive));
