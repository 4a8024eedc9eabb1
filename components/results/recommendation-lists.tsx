import type { InstrumentAction } from "./instrument-action";

export type ShownRecommendation = { itemId: string; title: string; headline: string; reasons: string[]; action?: InstrumentAction };

type ApplyLabels = { title: string; whoMayApply: string; steps: string; website: string; contact: string };
type Labels = { title: string; intro: string; firmsLikeYours: string; supportYouCanUse: string; none: string; why: string; apply: ApplyLabels };

/** How to act on an instrument: who may apply, the steps, its website and contact. */
function HowToApply({ action, labels }: { action: InstrumentAction; labels: ApplyLabels }) {
  if (action.steps.length === 0 && !action.website && !action.contact && !action.whoMayApply) return null;
  return (
    <details className="how-to-apply">
      <summary>{labels.title}</summary>
      <dl className="how-to-apply__facts">
        {action.whoMayApply ? (
          <>
            <dt>{labels.whoMayApply}</dt>
            <dd>{action.whoMayApply}</dd>
          </>
        ) : null}
        {action.steps.length > 0 ? (
          <>
            <dt>{labels.steps}</dt>
            <dd>
              <ol>
                {action.steps.map((step, index) => (
                  <li key={index}>{step}</li>
                ))}
              </ol>
            </dd>
          </>
        ) : null}
        {action.website ? (
          <>
            <dt>{labels.website}</dt>
            <dd>
              {/* The catalogue schema admits https: links only; no referrer leaks the firm's results page. */}
              <a href={action.website} rel="noopener noreferrer external" className="how-to-apply__link">
                {action.website}
              </a>
            </dd>
          </>
        ) : null}
        {action.contact ? (
          <>
            <dt>{labels.contact}</dt>
            <dd>{action.contact}</dd>
          </>
        ) : null}
      </dl>
    </details>
  );
}

function RecommendationList({ id, heading, items, labels }: { id: string; heading: string; items: ShownRecommendation[]; labels: Labels }) {
  return (
    <section aria-labelledby={id} className="recommendation-list" data-testid={id}>
      <h3 id={id}>{heading}</h3>
      {items.length === 0 ? (
        <p>{labels.none}</p>
      ) : (
        <ol className="plain-list">
          {items.map((item) => (
            <li key={item.itemId} className="card recommendation" data-item={item.itemId}>
              <h4>{item.title}</h4>
              {item.action?.deadline ? (
                <p className={item.action.deadline.soon ? "tag tag--deadline" : "recommendation__window"} data-testid="application-window">
                  {item.action.deadline.text}
                </p>
              ) : null}
              <p>{item.headline}</p>
              <details>
                <summary>{labels.why}</summary>
                <ul>
                  {item.reasons.map((reason, index) => (
                    <li key={index}>{reason}</li>
                  ))}
                </ul>
              </details>
              {item.action ? <HowToApply action={item.action} labels={labels.apply} /> : null}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

/** "Firms like yours" and "Support you can use", each item with the reasons it was chosen. */
export function RecommendationLists({ firmsLikeYours, supportYouCanUse, labels }: { firmsLikeYours: ShownRecommendation[]; supportYouCanUse: ShownRecommendation[]; labels: Labels }) {
  return (
    <section aria-labelledby="recommendations-heading">
      <h2 id="recommendations-heading">{labels.title}</h2>
      <p>{labels.intro}</p>
      <RecommendationList id="firms-like-yours" heading={labels.firmsLikeYours} items={firmsLikeYours} labels={labels} />
      <RecommendationList id="support-you-can-use" heading={labels.supportYouCanUse} items={supportYouCanUse} labels={labels} />
    </section>
  );
}
