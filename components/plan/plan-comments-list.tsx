import type { Translate } from "@/lib/i18n";
import type { PlanCommentView } from "@/lib/db/queries/plan/plan-comments";

type Props = {
  t: Translate;
  comments: readonly PlanCommentView[];
  dimensionName: (dimensionId: string) => string;
  dateTime: (value: Date) => string;
};

/**
 * The officers' comments on a firm's improvement plan, oldest first, each saying what it is about,
 * who wrote it and when. Read-only: the review page adds its form below, the firm's plan page shows
 * the list as it is.
 */
export function PlanCommentsList({ t, comments, dimensionName, dateTime }: Props) {
  if (comments.length === 0) return <p className="muted">{t("planView.comments.none")}</p>;
  return (
    <ul className="review-comment-list" data-testid="plan-comments">
      {comments.map((comment) => (
        <li key={comment.id}>
          <p className="muted">{comment.dimensionId ? t("planView.comments.onDimension", { dimension: dimensionName(comment.dimensionId) }) : t("planView.comments.onWhole")}</p>
          <p className="review-text">{comment.body}</p>
          <p className="muted">{t("planView.comments.byLine", { name: comment.authorName, date: dateTime(comment.createdAt) })}</p>
        </li>
      ))}
    </ul>
  );
}
