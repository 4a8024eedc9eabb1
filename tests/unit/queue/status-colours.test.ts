import { describe, expect, it } from "vitest";
import { contrastRatio } from "@/lib/charts/contrast";
import { queueStatuses } from "@/lib/queue/queue-params";
import { queueStatusColours } from "@/lib/queue/status-colours";

// Issue 18: every status tag in the review queue was the same grey. Each status now has its own
// fill, and its word stays readable on it (WCAG AA, 4.5:1 for text).
describe("queue status colours", () => {
  it("give every status a colour", () => {
    expect(Object.keys(queueStatusColours).sort()).toEqual([...queueStatuses].sort());
  });

  it("keep each status's text at 4.5:1 or more on its fill", () => {
    for (const status of queueStatuses) {
      const { fill, text } = queueStatusColours[status];
      expect(contrastRatio(text, fill), status).toBeGreaterThanOrEqual(4.5);
    }
  });

  it("give each status a fill of its own", () => {
    const fills = queueStatuses.map((status) => queueStatusColours[status].fill.toLowerCase());
    expect(new Set(fills).size).toBe(queueStatuses.length);
  });
});
