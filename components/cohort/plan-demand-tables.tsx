import type { PlanDemand } from "@/lib/cohort/plan-demand";
import { planActionStatuses } from "@/lib/plan/plan-action";
import type { CohortContext } from "./cohort-context";
import { TableWrap } from "./figure-table";

type Props = { demand: PlanDemand; instrumentName: (id: string) => string; ctx: CohortContext };

/**
 * The programme's demand view: where the cohort's firms plan work, the support they plan to use,
 * how far their actions are, and what they expect the work to cost per instrument. Tables only
 * (no chart code on the page's first load).
 */
export function PlanDemandFigure({ demand, instrumentName, ctx }: Props) {
  const { t, formats } = ctx;
  const id = "cohort-plan";
  const total = planActionStatuses.reduce((sum, status) => sum + demand.statuses[status], 0);
  return (
    <section aria-labelledby={`${id}-heading`} className="cohort-figure" data-testid="cohort-plan-demand">
      <h2 id={`${id}-heading`}>{t("planView.demand.title")}</h2>
      <p>{t("planView.demand.intro")}</p>
      {total === 0 ? (
        <p>{t("planView.demand.none")}</p>
      ) : (
        <>
          <p>{t("planView.demand.firmsWithPlan", { count: demand.firmsWithPlan })}</p>
          <TableWrap captionId={`${id}-dimensions-caption`}>
            <table className="cohort-table">
              <caption id={`${id}-dimensions-caption`}>{t("planView.demand.dimensionsCaption")}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("planView.demand.colDimension")}</th>
                  <th scope="col" className="num">{t("planView.demand.colFirms")}</th>
                  <th scope="col" className="num">{t("planView.demand.colActions")}</th>
                </tr>
              </thead>
              <tbody>
                {demand.dimensions.map((d) => (
                  <tr key={d.dimensionId}>
                    <th scope="row">{ctx.dimensionName(d.dimensionId)}</th>
                    <td className="num">{d.firms}</td>
                    <td className="num">{d.actions}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableWrap>
          {demand.instruments.length > 0 ? (
            <TableWrap captionId={`${id}-instruments-caption`}>
              <table className="cohort-table">
                <caption id={`${id}-instruments-caption`}>{t("planView.demand.instrumentsCaption")}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t("planView.demand.colInstrument")}</th>
                    <th scope="col" className="num">{t("planView.demand.colFirms")}</th>
                    <th scope="col" className="num">{t("planView.demand.colActions")}</th>
                  </tr>
                </thead>
                <tbody>
                  {demand.instruments.map((i) => (
                    <tr key={i.instrumentId}>
                      <th scope="row">{instrumentName(i.instrumentId)}</th>
                      <td className="num">{i.firms}</td>
                      <td className="num">{i.actions}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableWrap>
          ) : null}
          <TableWrap captionId={`${id}-status-caption`}>
            <table className="cohort-table">
              <caption id={`${id}-status-caption`}>{t("planView.demand.statusCaption")}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("planView.demand.colStatus")}</th>
                  <th scope="col" className="num">{t("planView.demand.colActions")}</th>
                </tr>
              </thead>
              <tbody>
                {planActionStatuses.map((status) => (
                  <tr key={status}>
                    <th scope="row">{t(`planView.status.${status}`)}</th>
                    <td className="num">{demand.statuses[status]}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableWrap>
          {demand.costs.length > 0 ? (
            <TableWrap captionId={`${id}-cost-caption`}>
              <table className="cohort-table">
                <caption id={`${id}-cost-caption`}>{t("planView.demand.costCaption")}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t("planView.demand.colInstrument")}</th>
                    <th scope="col">{t("planView.demand.colCurrency")}</th>
                    <th scope="col" className="num">{t("planView.demand.colCost")}</th>
                    <th scope="col" className="num">{t("planView.demand.colActions")}</th>
                  </tr>
                </thead>
                <tbody>
                  {demand.costs.map((c) => (
                    <tr key={`${c.instrumentId ?? ""}-${c.currency}`}>
                      <th scope="row">{c.instrumentId ? instrumentName(c.instrumentId) : t("planView.demand.noInstrument")}</th>
                      <td>{c.currency}</td>
                      <td className="num">{formats.number(c.total, 0)}</td>
                      <td className="num">{c.actions}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableWrap>
          ) : null}
        </>
      )}
    </section>
  );
}
