import type { IndicatorSpread } from "@/lib/rating/spread";

export type SpreadRow = IndicatorSpread & { question: string; agreed: { level: string; note: string | null } | null };

type Props = {
  id: string;
  raters: { userId: string; name: string }[];
  rows: SpreadRow[];
  levelLabel: (level: number) => string;
  text: { caption: string; indicator: string; range: string; flag: string; flagged: (difference: number) => string; notFlagged: string; agreedLevel: string; note: string; notRated: string; noAgreement: string };
};

/**
 * Each rater's level per indicator, the range, a flag in words (never colour alone) when the
 * levels are two or more apart, and the agreed level with its note. The rating page and the
 * officer's review page show the same table.
 */
export function SpreadTable({ id, raters, rows, levelLabel, text }: Props) {
  return (
    <div className="table-wrap" role="region" aria-labelledby={`${id}-caption`} tabIndex={0}>
      <table className="results-table" id={id}>
        <caption id={`${id}-caption`}>{text.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{text.indicator}</th>
            {raters.map((rater) => (
              <th scope="col" key={rater.userId}>
                {rater.name}
              </th>
            ))}
            <th scope="col">{text.range}</th>
            <th scope="col">{text.flag}</th>
            <th scope="col">{text.agreedLevel}</th>
            <th scope="col">{text.note}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.indicatorId} className={row.flagged ? "row--flagged" : undefined}>
              <th scope="row">{row.question}</th>
              {row.levels.map((entry) => (
                <td key={entry.userId}>{entry.level === null ? text.notRated : levelLabel(entry.level)}</td>
              ))}
              <td>{row.min === null || row.max === null ? "–" : row.min === row.max ? String(row.min) : `${row.min}–${row.max}`}</td>
              <td>{row.flagged ? <strong>{text.flagged(row.max! - row.min!)}</strong> : text.notFlagged}</td>
              <td>{row.agreed ? row.agreed.level : text.noAgreement}</td>
              <td>{row.agreed?.note ?? ""}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
