import type { Translate } from "@/lib/i18n";
import type { ReturnedComment } from "@/lib/review/returned-feedback";

type Props = {
  t: Translate;
  date: (value: Date) => string;
  /** The return reason with the general comments (on no dimension), on the page revising starts from and on the check page; null elsewhere. */
  reason: { body: string; decidedAt: Date; general: readonly ReturnedComment[] } | null;
  /** The officer's comments on this page's dimension. */
  comments: readonly ReturnedComment[];
};

/**
 * The officer's feedback above a returned assessment's questions: the reason for returning it and
 * the comments on this dimension, each signed "Programme officer" with its date (the firm is not
 * told the officer's name). Nothing when there is nothing to say on this page.
 */
export function OfficerFeedback({ t, date, reason, comments }: Props) {
  if (!reason && comments.length === 0) return null;
  return (
    <section className="notice review-outcome review-outcome--returned officer-feedback" aria-labelledby="officer-feedback-heading">
      <h2 id="officer-feedback-heading">{t("returned.feedbackTitle")}</h2>
      {reason ? (
        <>
          <h3>{t("returned.reasonLabel")}</h3>
          <p className="review-text review-outcome__reason">{reason.body}</p>
          <p className="muted officer-feedback__by">{t("returned.officerOn", { date: date(reason.decidedAt) })}</p>
          {reason.general.length > 0 ? (
            <>
              <h3>{t("returned.generalLabel")}</h3>
              <CommentList t={t} date={date} comments={reason.general} />
            </>
          ) : null}
        </>
      ) : null}
      {comments.length > 0 ? (
        <>
          {reason ? <h3>{t("returned.commentLabel")}</h3> : null}
          <CommentList t={t} date={date} comments={comments} />
        </>
      ) : null}
    </section>
  );
}

function CommentList({ t, date, comments }: Pick<Props, "t" | "date" | "comments">) {
  return (
    <ul className="review-comment-list">
      {comments.map((comment) => (
        <li key={comment.id}>
          <p className="review-text">{comment.body}</p>
          <p className="muted officer-feedback__by">{t("returned.officerOn", { date: date(comment.createdAt) })}</p>
        </li>
      ))}
    </ul>
  );
}
