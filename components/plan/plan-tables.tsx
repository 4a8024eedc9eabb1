import type { Translate } from "@/lib/i18n";
import type { PlanAction } from "@/lib/plan/plan-action";
import { groupPlanByDimension, planRow, type PlanRowWording } from "@/lib/plan/plan-view";

type Props = {
  t: Translate;
  actions: readonly PlanAction[];
  dimensionOrder: readonly string[];
  dimensionName: (dimensionId: string) => string;
  wording: PlanRowWording;
  /** The heading level of each dimension's heading, under the section's own. */
  headingLevel: 3 | 4;
};

/** The plan read-only: per dimension a heading and a table of its actions (status, owner, due date, cost, instrument). */
export function PlanTables({ t, actions, dimensionOrder, dimensionName, wording, headingLevel }: Props) {
  const Heading = headingLevel === 3 ? "h3" : "h4";
  return (
    <>
      {groupPlanByDimension(actions, dimensionOrder).map((group) => (
        <section key={group.dimensionId} aria-labelledby={`plan-${group.dimensionId}-heading`} data-testid={`plan-dimension-${group.dimensionId}`}>
          <Heading id={`plan-${group.dimensionId}-heading`}>{dimensionName(group.dimensionId)}</Heading>
          {/* Scrolls sideways on a phone: focusable, and named by the caption, to scroll without a mouse. */}
          <div className="table-wrap" tabIndex={0} role="group" aria-labelledby={`plan-${group.dimensionId}-caption`}>
            <table className="results-table">
              <caption id={`plan-${group.dimensionId}-caption`} className="visually-hidden">
                {t("planView.caption", { dimension: dimensionName(group.dimensionId) })}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{t("planView.colAction")}</th>
                  <th scope="col">{t("planView.colStatus")}</th>
                  <th scope="col">{t("planView.colOwner")}</th>
                  <th scope="col">{t("planView.colDue")}</th>
                  <th scope="col" className="num">
                    {t("planView.colCost")}
                  </th>
                  <th scope="col">{t("planView.colInstrument")}</th>
                </tr>
              </thead>
              <tbody>
                {group.actions.map((action) => {
                  const row = planRow(action, wording);
                  return (
                    <tr key={row.key}>
                      <th scope="row">{row.title}</th>
                      <td>{row.status}</td>
                      <td>{row.owner}</td>
                      <td>{row.due}</td>
                      <td className="num">{row.cost}</td>
                      <td>{row.instrument}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        </section>
      ))}
    </>
  );
}
