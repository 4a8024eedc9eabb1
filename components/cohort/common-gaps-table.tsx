import type { GapFrequency } from "@/lib/cohort/gap-frequency";
import type { CohortContext } from "./cohort-context";
import { TableWrap } from "./figure-table";

// The most common priority gaps, ranked: how many firms have each dimension among their focus
// areas. A table with a decorative bar per row; the numbers are in the cells.

export function CommonGapsFigure({ gaps, ctx }: { gaps: readonly GapFrequency[]; ctx: CohortContext }) {
  const { t } = ctx;
  return (
    <section aria-labelledby="cohort-gaps-heading" className="cohort-figure">
      <h2 id="cohort-gaps-heading">{t("cohort.gaps.title")}</h2>
      <p>{t("cohort.gaps.intro")}</p>
      {gaps.length === 0 ? (
        <p>{t("cohort.gaps.none")}</p>
      ) : (
        <TableWrap captionId="cohort-gaps-table-caption">
          <table className="cohort-table">
            <caption id="cohort-gaps-table-caption">{t("cohort.gaps.caption")}</caption>
            <thead>
              <tr>
                <th scope="col" className="num">{t("cohort.gaps.colRank")}</th>
                <th scope="col">{t("cohort.gaps.colDimension")}</th>
                <th scope="col" className="num">{t("cohort.colFirms")}</th>
                <th scope="col" className="num">{t("cohort.gaps.colShare")}</th>
                <th scope="col" className="num">{t("cohort.gaps.colFirst")}</th>
              </tr>
            </thead>
            <tbody>
              {gaps.map((gap, i) => (
                <tr key={gap.dimensionId}>
                  <td className="num">{i + 1}</td>
                  <th scope="row">{ctx.dimensionName(gap.dimensionId)}</th>
                  <td className="num">{gap.firms}</td>
                  <td className="num">
                    <span className="share-bar" aria-hidden="true">
                      <span className="share-bar__fill" style={{ width: `${gap.share * 100}%` }} />
                    </span>{" "}
                    <span className="share-value">{ctx.percent(gap.share)}</span>
                  </td>
                  <td className="num">{gap.firstPriority}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      )}
    </section>
  );
}
