export type ShownRecommendation = { itemId: string; title: string; headline: string; reasons: string[] };

type Labels = { title: string; intro: string; firmsLikeYours: string; supportYouCanUse: string; none: string; why: string };

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
              <p>{item.headline}</p>
              <details>
                <summary>{labels.why}</summary>
                <ul>
                  {item.reasons.map((reason, index) => (
                    <li key={index}>{reason}</li>
                  ))}
                </ul>
              </details>
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
