import type { PriorityRanking } from "@/lib/scoring/result-schema";
import { describePriorityReason, type ReasonNames } from "./reason-sentence";
import { dimensionTitle, factorTitle, sourceAnchor, type ResultsContext } from "./results-context";

/** The firm's plan beside its focus areas (members only): actions per dimension and the plan page's address. */
export type FocusAreasPlan = { actionsByDimension: Readonly<Record<string, number>>; href: (dimensionId?: string) => string };

/**
 * The top focus areas with their rationale in words, and the full ranking they were taken from.
 * `basis` says which levels they were ranked with (validated once approved, issue 17).
 */
export function FocusAreas({ priorities, names, basis, ctx, plan }: { priorities: PriorityRanking; names: ReasonNames; basis?: string; ctx: ResultsContext; plan?: FocusAreasPlan }) {
  const { t, text, formats } = ctx;
  return (
    <section aria-labelledby="results-focus-heading">
      <h2 id="results-focus-heading">{t("results.focusTitle")}</h2>
      <p>{t("results.focusIntro")}</p>
      {basis ? (
        <p className="focus-areas__basis" data-testid="focus-basis">
          {basis}
        </p>
      ) : null}
      {priorities.focusAreas.length === 0 ? (
        <p className="notice">{t("results.focusNone")}</p>
      ) : (
        <ol className="focus-areas" data-testid="focus-areas">
          {priorities.focusAreas.map((area) => (
            <li key={area.dimensionId} className="focus-area" data-dimension={area.dimensionId}>
              <h3>
                <span className="focus-area__rank">
                  {area.rank}
                  <span className="visually-hidden">.</span>
                </span>
                {dimensionTitle(text, area.dimensionId)}
              </h3>
              <p className="focus-area__meta">
                {t("results.focusMeta", {
                  factor: factorTitle(text, area.factorId),
                  current: formats.score(area.current),
                  target: formats.level(area.target),
                  gap: formats.score(area.gap),
                })}
              </p>
              <p className="focus-area__why">{t("results.focusWhy")}</p>
              <ul className="focus-area__reasons">
                {area.reasons.map((reason, i) => (
                  <li key={`${reason.code}-${i}`}>{describePriorityReason(reason, t, names, formats)}</li>
                ))}
              </ul>
              {plan ? <FocusAreaPlanLink plan={plan} dimensionId={area.dimensionId} dimension={dimensionTitle(text, area.dimensionId)} t={t} /> : null}
            </li>
          ))}
        </ol>
      )}
      {plan ? (
        <p className="focus-areas__plan">
          <a href={plan.href()} data-testid="open-plan">
            {t("plan.results.openPlan")}
          </a>
        </p>
      ) : null}
      <details className="results-sources">
        <summary>{t("results.rankingTitle")}</summary>
        <p>{t("results.rankingIntro")}</p>
        <div className="table-wrap results-table-wrap">
          <table className="results-table" data-testid="priority-ranking">
            <caption className="visually-hidden">{t("results.rankingTitle")}</caption>
            <thead>
              <tr>
                <th scope="col" className="num">
                  {t("results.colRank")}
                </th>
                <th scope="col">{t("results.colDimension")}</th>
                <th scope="col" className="num">
                  {t("results.colNeed")}
                </th>
                <th scope="col" className="num">
                  {t("results.colSector")}
                </th>
                <th scope="col" className="num">
                  {t("results.colChallenges")}
                </th>
                <th scope="col" className="num">
                  {t("results.colPriority")}
                </th>
                <th scope="col">{t("results.colNote")}</th>
              </tr>
            </thead>
            <tbody>
              {priorities.ranking.map((item) => {
                const waitsFor = item.reasons.find((r) => r.code === "awaits-prerequisite");
                const unlocks = item.reasons.filter((r) => r.code === "prerequisite-of");
                return (
                  <tr key={item.dimensionId}>
                    <td className="num">{item.rank}</td>
                    <th scope="row">
                      <a href={`#${sourceAnchor(item.dimensionId)}`}>{dimensionTitle(text, item.dimensionId)}</a>
                    </th>
                    <td className="num">{formats.score(item.need ?? item.gap)}</td>
                    <td className="num">× {formats.factor(item.sectorMultiplier)}</td>
                    <td className="num">× {formats.factor(item.challengeMultiplier)}</td>
                    <td className="num">{formats.precise(item.priority)}</td>
                    <td>
                      {[
                        ...(waitsFor && waitsFor.code === "awaits-prerequisite"
                          ? [t("results.noteDeferred", { dimension: names.dimension(waitsFor.prerequisite) })]
                          : []),
                        ...unlocks.map((r) => (r.code === "prerequisite-of" ? t("results.noteUnlocks", { dimension: names.dimension(r.dimension) }) : "")),
                      ].join(" ")}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      </details>
    </section>
  );
}

/**
 * "Add to plan" opens the plan page at the dimension with its suggested actions (the firm picks
 * which to add); once the dimension has actions, the link says how many.
 */
function FocusAreaPlanLink({ plan, dimensionId, dimension, t }: { plan: FocusAreasPlan; dimensionId: string; dimension: string; t: ResultsContext["t"] }) {
  const count = plan.actionsByDimension[dimensionId] ?? 0;
  return (
    <p className="focus-area__plan" data-testid="focus-plan">
      {count > 0 ? (
        <a href={plan.href(dimensionId)}>{t("plan.results.inPlan", { count })}</a>
      ) : (
        <a href={plan.href(dimensionId)} className="button button--secondary" aria-label={t("plan.results.addToPlanLabel", { dimension })}>
          {t("plan.results.addToPlan")}
        </a>
      )}
    </p>
  );
}
