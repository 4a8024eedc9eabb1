import { seriesColours, seriesDash, type SeriesId } from "@/lib/charts/palette";

/** A radar line's sample in the key: its colour, dash pattern and (validated) square marker. */
export function LegendSwatch({ series }: { series: SeriesId }) {
  return (
    <svg width="32" height="12" aria-hidden="true" focusable="false" className="radar__swatch">
      <line x1="1" y1="6" x2="31" y2="6" stroke={seriesColours[series]} strokeWidth="3" strokeDasharray={seriesDash[series]} />
      {series === "validated" ? <rect x="12" y="2" width="8" height="8" fill={seriesColours.validated} /> : null}
    </svg>
  );
}
