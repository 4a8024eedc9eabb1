import "server-only";
import { setImmediate as nextTurn } from "node:timers/promises";
import type { ReactNode } from "react";

// A page that renders much at once (the cohort analytics: several charts, each with its data table)
// holds the server's one JavaScript thread for tens of milliseconds, and every other request waits
// behind it. Wrapped in these, the parts render `turn` event-loop turns apart, so requests that
// arrived meanwhile are answered between them. The page's HTML and its order are unchanged.

/** Renders `children` after `turn` turns of the event loop (0: at once). */
export async function RenderInTurn({ turn, children }: { turn: number; children: ReactNode }) {
  for (let i = 0; i < turn; i += 1) await nextTurn();
  return children;
}
