import type { Translate } from "@/lib/i18n";
import { maxCommentLength } from "@/lib/review/text-limits";
import type { ReviewFormats } from "./review-formats";
import { TextAreaField } from "./text-area-field";

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
  form: { action: (formData: FormData) => Promise<void>; assessmentId: string; revision: number } | null;
  error?: string;
  saved: boolean;
};

export const commentsAnchor = (target: string) => `comments-${target}`;
export const commentFieldId = (target: string) => `comment-${target}`;

/** The officers' comments on one dimension (or general ones), oldest first, and the form to add one. */
export function CommentSection({ t, formats, target, title, fieldLabel, headingLevel, comments, form, error, saved }: Props) {
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
      {saved ? (
        <p className="notice notice--success review-inline-notice" role="status">
          {t("review.comments.saved")}
        </p>
      ) : null}
      {form ? (
        <form action={form.action} className="form review-form" noValidate>
          <input type="hidden" name="assessmentId" value={form.assessmentId} />
          <input type="hidden" name="revision" value={form.revision} />
          <input type="hidden" name="dimensionId" value={target} />
          <TextAreaField id={commentFieldId(target)} name="body" label={fieldLabel} hint={t("review.comments.hint")} error={error} maxLength={maxCommentLength} />
          <button type="submit" className="button button--secondary">
            {t("review.comments.submit")}
          </button>
        </form>
      ) : null}
    </section>
  );
}
