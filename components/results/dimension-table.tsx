import type { DimensionScore } from "@/lib/scoring/result-schema";
import { BandTag } from "./band-tag";
import { dimensionTitle, factorTitle, sourceAnchor, type ResultsContext } from "./results-context";
import { ariaSortFor, nextSortOrder, sortDimensionRows, type SortColumn, type SortOrder } from "./sort-dimension-rows";

export type DimensionTableProps = {
  dimensions: readonly DimensionScore[];
  order: SortOrder | null;
  /** The href of a heading link for a sort order (query string plus the table's fragment). */
  sortHref: (order: SortOrder) => string;
  programmeAverage?: Readonly<Partial<Record<string, number>>>;
  ctx: ResultsContext;
  collator: Intl.Collator;
};

/**
 * The numbers behind the radar chart, as a table that is also the gap table: current level,
 * target, gap and band per dimension, sortable by dimension, current level or gap through
 * plain links, so sorting works without JavaScript.
 */
export function DimensionTable({ dimensions, order, sortHref, programmeAverage, ctx, collator }: DimensionTableProps) {
  const { t, text, formats } = ctx;
  const rows = sortDimensionRows(
    dimensions.map((d) => ({ ...d, title: dimensionTitle(text, d.dimensionId), current: d.score })),
    order,
    collator,
  );
  const showAverage = programmeAverage !== undefined && dimensions.some((d) => programmeAverage[d.dimensionId] !== undefined);

  const sortableHeading = (column: SortColumn, label: string, numeric: boolean) => {
    const next = nextSortOrder(column, order);
    const sorted = ariaSortFor(column, order);
    return (
      <th scope="col" aria-sort={sorted} className={numeric ? "num col-sortable" : "col-sortable"}>
        <a href={sortHref(next)} className="sort-link">
          {label}
          <span className="visually-hidden">
            {" "}
            ({t(next.direction === "asc" ? "results.sortAscending" : "results.sortDescending")})
          </span>
          <span className={`sort-link__icon sort-link__icon--${sorted ?? "none"}`} aria-hidden="true" />
        </a>
      </th>
    );
  };

  return (
    <div className="table-wrap results-table-wrap">
      <table className="results-table results-table--dimensions" id="dimension-scores" data-testid="dimension-scores">
        <caption>
          {t("results.tableCaption")}
          <span className="results-table__hint">{t("results.tableSortHint")}</span>
        </caption>
        <thead>
          <tr>
            {sortableHeading("dimension", t("results.colDimension"), false)}
            <th scope="col" className="col-factor">
              {t("results.colFactor")}
            </th>
            {sortableHeading("current", t("results.colCurrent"), true)}
            <th scope="col" className="num">
              {t("results.colTarget")}
            </th>
            {sortableHeading("gap", t("results.colGap"), true)}
            <th scope="col">{t("results.colBand")}</th>
            {showAverage ? (
              <th scope="col" className="num">
                {t("results.colAverage")}
              </th>
            ) : null}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const average = programmeAverage?.[row.dimensionId];
            return (
              <tr key={row.dimensionId} data-dimension={row.dimensionId}>
                <th scope="row">
                  <a href={`#${sourceAnchor(row.dimensionId)}`}>{row.title}</a>
                </th>
                <td className="col-factor" data-label={t("results.colFactor")}>{factorTitle(text, row.factorId)}</td>
                <td className="num" data-column="current" data-label={t("results.colCurrent")}>
                  {formats.score(row.score)}
                </td>
                <td className="num" data-column="target" data-label={t("results.colTarget")}>
                  {formats.level(row.target.level)}
                </td>
                <td className="num" data-column="gap" data-label={t("results.colGap")}>
                  <span className="gap-cell">
                    {/* A target below today's score is not a gap of 0 to close: say so (issue 17). */}
                    {row.target.level < row.score ? <span className="gap-cell__above">{t("results.alreadyAboveTarget")}</span> : formats.score(row.gap)}
                    <span className="gap-bar" aria-hidden="true">
                      <span className="gap-bar__fill" style={{ width: `${(row.gap / 5) * 100}%` }} />
                    </span>
                  </span>
                </td>
                <td data-column="band" data-label={t("results.colBand")}>
                  <BandTag band={row.band} t={t} />
                </td>
                {showAverage ? (
                  <td className="num" data-column="average" data-label={t("results.colAverage")}>
                    {average === undefined ? (
                      <>
                        <span aria-hidden="true">–</span>
                        <span className="visually-hidden">{t("results.noAverage")}</span>
                      </>
                    ) : (
                      formats.score(average)
                    )}
                  </td>
                ) : null}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
