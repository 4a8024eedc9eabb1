import { paletteCss } from "@/lib/charts/palette";

/** The chart palette as CSS variables (see lib/charts/palette.ts), rendered once by the root layout. */
export function PaletteStyle() {
  return <style>{paletteCss()}</style>;
}
