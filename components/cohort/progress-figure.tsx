import { smallCohort } from "@/lib/cohort/cohort-analytics";
import type { ProgressSummary } from "@/lib/cohort/progress-summary";
import type { CohortContext } from "./cohort-context";
import { SmallNCaution, TableWrap } from "./figure-table";

// Progress T0 → T1 of the firms that re-assessed: mean index then and now, the mean change and
// how many improved, and the mean change per factor.

export function ProgressFigure({ progress, ctx }: { progress: ProgressSummary; ctx: CohortContext }) {
  const { t, formats } = ctx;
  const signed = (value: number, format: (n: number) => string) => (value > 0 ? `+${format(value)}` : format(value));
  return (
    <section aria-labelledby="cohort-progress-heading" className="cohort-figure">
      <h2 id="cohort-progress-heading">{t("cohort.progress.title")}</h2>
      <p>{t("cohort.progress.intro")}</p>
      {progress.firms === 0 ? (
        <p>{t("cohort.progress.none")}</p>
      ) : (
        <>
          <SmallNCaution n={progress.firms} minimum={smallCohort} t={t} />
          <dl className="summary cohort-summary" data-testid="cohort-progress">
            <dt>{t("cohort.progress.firms")}</dt>
            <dd>{progress.firms}</dd>
            <dt>{t("cohort.progress.meanFirst")}</dt>
            <dd>{formats.index(progress.meanFirstIndex!)}</dd>
            <dt>{t("cohort.progress.meanLatest")}</dt>
            <dd>{formats.index(progress.meanLatestIndex!)}</dd>
            <dt>{t("cohort.progress.meanChange")}</dt>
            <dd>{signed(progress.meanIndexChange!, formats.index)}</dd>
            <dt>{t("cohort.progress.improved")}</dt>
            <dd>{ctx.percent(progress.improvedShare!)}</dd>
          </dl>
          <TableWrap captionId="cohort-progress-table-caption">
            <table className="cohort-table">
              <caption id="cohort-progress-table-caption">{t("cohort.progress.caption")}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("cohort.progress.colFactor")}</th>
                  <th scope="col" className="num">{t("cohort.colFirms")}</th>
                  <th scope="col" className="num">{t("cohort.progress.colChange")}</th>
                </tr>
              </thead>
              <tbody>
                {progress.factors
                  .filter((f) => f.n > 0)
                  .map((f) => (
                    <tr key={f.factorId}>
                      <th scope="row">{ctx.factorName(f.factorId)}</th>
                      <td className="num">{f.n}</td>
                      <td className="num">{signed(f.meanChange!, formats.precise)}</td>
                    </tr>
                  ))}
              </tbody>
            </table>
          </TableWrap>
        </>
      )}
    </section>
  );
}
