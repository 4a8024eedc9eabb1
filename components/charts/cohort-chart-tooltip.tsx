import type { ReactNode } from "react";

// The tooltip box of the cohort charts (recharts versions): lines worded on the server, so the
// client needs no translations; role="status" lets a screen reader hear it as it changes.

export function CohortChartTooltip({ lines }: { lines: readonly ReactNode[] }) {
  return (
    <div className="chart-tooltip" role="status">
      {lines.map((line, i) => (
        <p key={i} className={i === 0 ? "chart-tooltip__title" : undefined}>
          {line}
        </p>
      ))}
    </div>
  );
}
