import { bandName } from "@/components/results/band-tag";
import { smallCohort } from "@/lib/cohort/cohort-analytics";
import type { HeatMapRow } from "@/lib/cohort/factor-heat-map";
import { factorIds } from "@/lib/questionnaire/taxonomy";
import { bandForScore, bands } from "@/lib/scoring/bands";
import type { CohortContext } from "./cohort-context";
import { TableWrap } from "./figure-table";

// The sector × factor heat map is a table: each cell is the sector's mean factor score, shaded in
// the colour of the band that score falls in (the results page's band colours), with its n. The
// numbers are the table, so it needs no separate data table and no JavaScript.

export function SectorHeatMapFigure({ rows, ctx }: { rows: readonly HeatMapRow[]; ctx: CohortContext }) {
  const { t, formats } = ctx;
  const shownFactors = factorIds.filter((factorId) => rows.some((row) => row.cells.some((c) => c.factorId === factorId && c.n > 0)));
  const hasFew = rows.some((row) => row.cells.some((c) => c.n > 0 && c.n < smallCohort));
  return (
    <section aria-labelledby="cohort-heat-map-heading" className="cohort-figure">
      <h2 id="cohort-heat-map-heading">{t("cohort.heatMap.title")}</h2>
      <p>{t("cohort.heatMap.intro")}</p>
      <TableWrap captionId="cohort-heat-map-table-caption">
        <table className="cohort-table heat-map">
          <caption id="cohort-heat-map-table-caption">{t("cohort.heatMap.caption")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("cohort.heatMap.colSector")}</th>
              <th scope="col" className="num">{t("cohort.colFirms")}</th>
              {shownFactors.map((factorId) => (
                <th key={factorId} scope="col" className="num">
                  {ctx.factorName(factorId)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.sector}>
                <th scope="row">{ctx.sectorName(row.sector)}</th>
                <td className="num">{row.firms}</td>
                {shownFactors.map((factorId) => {
                  const cell = row.cells.find((c) => c.factorId === factorId)!;
                  if (cell.mean === null) {
                    return (
                      <td key={factorId} className="num heat-cell heat-cell--empty">
                        <span aria-hidden="true">–</span>
                        <span className="visually-hidden">{t("cohort.heatMap.noData")}</span>
                      </td>
                    );
                  }
                  const few = cell.n < smallCohort;
                  return (
                    <td key={factorId} className={`num heat-cell band-tag--${bandForScore(cell.mean)}${few ? " heat-cell--few" : ""}`}>
                      <span className="heat-cell__mean">{formats.precise(cell.mean)}</span>
                      <span className="heat-cell__n">
                        {t("cohort.heatMap.n", { n: cell.n })}
                        {few ? (
                          <>
                            <span aria-hidden="true">*</span>
                            <span className="visually-hidden"> {t("cohort.heatMap.fewFirms", { minimum: smallCohort })}</span>
                          </>
                        ) : null}
                      </span>
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </TableWrap>
      {hasFew ? (
        <p className="cohort-caution" role="note">
          <span aria-hidden="true">* </span>
          {t("cohort.heatMap.fewFirmsNote", { minimum: smallCohort })}
        </p>
      ) : null}
      <ul className="cohort-legend" aria-label={t("cohort.heatMap.legendLabel")}>
        {bands.map((band, i) => (
          <li key={band.id}>
            <span className={`cohort-legend__swatch band-tag--${band.id}`} aria-hidden="true" /> {bandName(t, band.id)}{" "}
            <span className="muted">
              {t(i === bands.length - 1 ? "cohort.heatMap.legendRangeLast" : "cohort.heatMap.legendRange", {
                from: formats.level(band.minIndex / 20),
                to: formats.level((bands[i + 1]?.minIndex ?? 100) / 20),
              })}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
