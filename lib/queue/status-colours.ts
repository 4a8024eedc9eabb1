import { chartInk, firmCountColour, seriesColours, type BandColour } from "@/lib/charts/palette";
import type { QueueStatus } from "./queue-params";

// The review queue's status tags: each status has its own fill (from the one palette in
// lib/charts) as well as its own word, so the tags never rely on colour alone, and the text on
// each fill keeps 4.5:1 (tests/unit/queue/status-colours.test.ts). Before issue 18 every tag was
// the same grey and only the word told them apart.

export const queueStatusColours: Record<QueueStatus, BandColour> = {
  /** Waiting for the officer to pick it up: the warm "look here" colour. */
  submitted: { fill: seriesColours.target, text: chartInk.page },
  /** Picked up, not decided yet. */
  in_review: { fill: seriesColours.current, text: chartInk.page },
  /** Back with the firm. */
  returned: { fill: firmCountColour, text: chartInk.page },
  /** Done. */
  approved: { fill: seriesColours.validated, text: chartInk.page },
};
