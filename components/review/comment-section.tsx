import type { FormMessages } from "@/components/forms/form-messages";
import type { FormAction } from "@/components/forms/use-action-form";
import type { Translate } from "@/lib/i18n";
import { CommentForm } from "./comment-form";
import type { ReviewFormats } from "./review-formats";

export type CommentView = { id: string; revisionNumber: number; body: string; authorName: string; createdAt: Date };

type Props = {
  t: Translate;
  formats: ReviewFormats;
  /** A dimension id, or "general". */
  target: string;
  title: string;
  fieldLabel: string;
  headingLevel: 2 | 4;
  comments: CommentView[];
  form: { action: FormAction; messages: FormMessages; assessmentId: string; revision: number; pagePath: string } | null;
};

export const commentsAnchor = (target: string) => `comments-${target}`;

/** The officers' comments on one dimension (or general ones), oldest first, and the form to add one. */
export function CommentSection({ t, formats, target, title, fieldLabel, headingLevel, comments, form }: Props) {
  const Heading = headingLevel === 2 ? "h2" : "h4";
  const headingId = `${commentsAnchor(target)}-heading`;
  return (
    <section className="review-comments" id={commentsAnchor(target)} aria-labelledby={headingId}>
      <Heading id={headingId}>{title}</Heading>
      {comments.length === 0 ? (
        <p className="muted">{t("review.comments.none")}</p>
      ) : (
        <ul className="review-comment-list">
          {comments.map((comment) => (
            <li key={comment.id}>
              <p className="review-text">{comment.body}</p>
              <p className="muted">{t("review.comments.byLine", { name: comment.authorName, date: formats.dateTime(comment.createdAt), revision: comment.revisionNumber })}</p>
            </li>
          ))}
        </ul>
      )}
      {form ? (
        <CommentForm
          action={form.action}
          messages={form.messages}
          permalink={`${form.pagePath}#${commentsAnchor(target)}`}
          target={{ assessmentId: form.assessmentId, revision: form.revision, dimensionId: target }}
          labels={{ section: title, field: fieldLabel, hint: t("review.comments.hint"), submit: t("review.comments.submit"), submitting: t("review.comments.submitting"), summaryTitle: t("errors.summaryTitle") }}
        />
      ) : null}
    </section>
  );
}
