import type { BandId } from "@/lib/scoring/bands";

// What the server hands the band-distribution chart: plain data, worded on the server.

export type BandSegment = { bandId: BandId; count: number; share: number; start: number; text: string };

export type BandBarDatum = { key: "self" | "validated"; label: string; total: string; segments: BandSegment[] };

export type BandDistributionProps = { bars: BandBarDatum[]; title: string };

/** Below this share the segment is too narrow for its count; its tooltip (and the table) carry it. */
export const bandLabelMinShare = 0.06;
