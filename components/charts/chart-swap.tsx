"use client";

import { useEffect, useRef, useState, type ComponentType, type ReactNode } from "react";

// recharts 3 draws nothing on the server (recharts#5997), and loading it with the page costs every
// visitor its code whether they touch the chart or not. So each chart is first the server SVG
// passed as children (drawn from lib/charts: at first paint, without JavaScript, in print) and
// becomes its recharts version the first time a pointer, a finger or the keyboard reaches it. The
// recharts chunk is loaded only then (decision 016).

export type ChartLoader<P> = () => Promise<ComponentType<P>>;

/** Marks an element both drawings share (a spoke link, a bar), so focus survives the swap. */
export const chartKeyAttribute = "data-chart-key";

export function ChartSwap<P extends object>({ load, chartProps, children }: { load: ChartLoader<P>; chartProps: P; children: ReactNode }) {
  const [Chart, setChart] = useState<ComponentType<P> | null>(null);
  const started = useRef(false);
  const focusedKey = useRef<string | null>(null);
  const box = useRef<HTMLDivElement>(null);

  const start = () => {
    if (started.current) return;
    started.current = true;
    load().then(
      (component) => setChart(() => component),
      // A failed chunk load (offline, a new deployment) keeps the server chart; the next pointer tries again.
      () => {
        started.current = false;
      },
    );
  };

  useEffect(() => {
    const key = focusedKey.current;
    const container = box.current;
    if (!Chart || !key || !container) return;
    // Only when focus was lost with the static drawing (it is on the body now) or is still in the chart.
    if (document.activeElement !== document.body && !container.contains(document.activeElement)) return;
    // recharts draws its surface (and everything in it) only once it has measured itself, a frame
    // or two after mounting: look for the element for a few frames.
    let frame = 0;
    let attempts = 30;
    const focusKey = () => {
      const target = container.querySelector<HTMLElement | SVGElement>(`[${chartKeyAttribute}="${CSS.escape(key)}"]`);
      if (target) target.focus();
      else if ((attempts -= 1) > 0) frame = requestAnimationFrame(focusKey);
    };
    focusKey();
    return () => cancelAnimationFrame(frame);
  }, [Chart]);

  return (
    <div
      ref={box}
      className="chart-swap"
      data-chart-state={Chart ? "interactive" : "static"}
      onPointerEnter={start}
      onTouchStart={start}
      onFocus={(event) => {
        if (!Chart) focusedKey.current = (event.target as Element).closest(`[${chartKeyAttribute}]`)?.getAttribute(chartKeyAttribute) ?? null;
        start();
      }}
    >
      {Chart ? <Chart {...chartProps} /> : children}
    </div>
  );
}

/**
 * A chart's swap component, for charts whose props are all passed to both drawings: the server
 * drawing (children) until the first touch, then the component `load` imports. Each chart's file
 * keeps its own `import()` so the bundler gives its recharts version a chunk of its own.
 */
export function defineChartSwap<P extends object>(load: ChartLoader<P>) {
  return function DefinedChartSwap({ children, ...chartProps }: P & { children: ReactNode }) {
    return (
      <ChartSwap load={load} chartProps={chartProps as unknown as P}>
        {children}
      </ChartSwap>
    );
  };
}
