import type { Translate } from "@/lib/i18n";

/** The officer's comments on one dimension, shown above its questions while the firm revises a returned assessment. */
export function DimensionComments({ t, comments }: { t: Translate; comments: { id: string; body: string }[] }) {
  if (comments.length === 0) return null;
  return (
    <section className="notice review-outcome review-outcome--returned" aria-labelledby="dimension-comments-heading">
      <h2 id="dimension-comments-heading">{t("review.sme.dimensionCommentsTitle")}</h2>
      <ul className="review-comment-list">
        {comments.map((comment) => (
          <li key={comment.id} className="review-text">
            {comment.body}
          </li>
        ))}
      </ul>
    </section>
  );
}
