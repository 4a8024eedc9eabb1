import "server-only";
import { setImmediate as nextTurn } from "node:timers/promises";
import type { ReactNode } from "react";

// A page that renders much at once (the cohort analytics: several charts, each with its data table)
// holds the server's one JavaScript thread for tens of milliseconds, and every other request waits
// behind it. Rendered through these, the parts render event-loop turns apart, so requests that
// arrived meanwhile are answered between them. The page's HTML and its order are unchanged.

/** Renders `children` after `turn` turns of the event loop (0: at once). */
async function RenderInTurn({ turn, children }: { turn: number; children: ReactNode }) {
  for (let i = 0; i < turn; i += 1) await nextTurn();
  return children;
}

/** Renders each of `parts` in its own turn, one turn after the part before it, in the given order. */
export function RenderInTurns({ parts }: { parts: readonly ReactNode[] }) {
  return parts.map((part, index) => (
    // The list is fixed by the page, so its position is a stable key.
    <RenderInTurn key={index} turn={index + 1}>
      {part}
    </RenderInTurn>
  ));
}
