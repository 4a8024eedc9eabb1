import type { Translate } from "@/lib/i18n";
import type { DimensionReviewState } from "@/lib/review/review-progress";

export type ContentsFactor = { id: string; title: string; dimensions: { id: string; title: string; anchor: string; state: DimensionReviewState }[] };

type Props = { t: Translate; factors: ContentsFactor[]; scoresAnchor: string; generalAnchor: string | null };

/**
 * The review's contents: each dimension under its factor, with where the review of it stands in
 * words (not colour alone), linking to its section. A side column that stays in view on a wide
 * screen; a compact list at the top on a phone.
 */
export function ReviewContents({ t, factors, scoresAnchor, generalAnchor }: Props) {
  return (
    <nav className="review-contents" aria-labelledby="review-contents-heading">
      <h2 id="review-contents-heading">{t("review.contents.title")}</h2>
      <ol className="review-contents__list">
        <li>
          <a href={`#${scoresAnchor}`}>{t("review.contents.scores")}</a>
        </li>
        {factors.map((factor) => (
          <li key={factor.id}>
            <span className="review-contents__factor">{factor.title}</span>
            <ol>
              {factor.dimensions.map((dimension) => (
                <li key={dimension.id} data-testid={`contents-${dimension.id}`}>
                  <a href={`#${dimension.anchor}`}>{dimension.title}</a>
                  <span className="review-contents__state">
                    {dimension.state.marks.map((mark) => (
                      <span key={mark} className={`review-mark review-mark--${mark}`}>
                        {t(`review.contents.marks.${mark}`)}
                      </span>
                    ))}
                    <span className="review-contents__progress">{t("review.contents.progress", { validated: dimension.state.validated, total: dimension.state.total })}</span>
                  </span>
                </li>
              ))}
            </ol>
          </li>
        ))}
        {generalAnchor ? (
          <li>
            <a href={`#${generalAnchor}`}>{t("review.contents.general")}</a>
          </li>
        ) : null}
      </ol>
    </nav>
  );
}
