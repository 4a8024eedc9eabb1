import Link from "next/link";
import type { MessageKey, Translate } from "@/lib/i18n";
import type { QuestionnaireText } from "@/lib/questionnaire/text-schema";
import type { ReviewFormats } from "./review-formats";

export type FirmReviewOutcomeView = {
  decision: "approved" | "returned";
  revisionNumber: number;
  reason: string | null;
  decidedAt: Date;
  validatedIndex: number | null;
  validatedBand: string | null;
  comments: { id: string; dimensionId: string | null; body: string }[];
};

type Props = {
  t: Translate;
  formats: ReviewFormats;
  text: QuestionnaireText;
  outcome: FirmReviewOutcomeView;
  /** Where each dimension's questions are, for a returned assessment the firm is revising; null when read-only. */
  dimensionHref: ((dimensionId: string) => string | null) | null;
  /** The "Revise and resubmit" link of a returned assessment. */
  reviseHref?: string;
};

/** Groups comments by dimension in questionnaire order, general comments first. */
function groupComments(comments: FirmReviewOutcomeView["comments"], text: QuestionnaireText) {
  const order = Object.keys(text.dimensions);
  const groups = new Map<string | null, FirmReviewOutcomeView["comments"]>();
  for (const comment of comments) groups.set(comment.dimensionId, [...(groups.get(comment.dimensionId) ?? []), comment]);
  return [...groups.entries()].sort(([a], [b]) => (a === null ? -1 : b === null ? 1 : order.indexOf(a) - order.indexOf(b)));
}

/** What the firm is told about the officer's decision: returned with reason and comments, or approved with the validated index. */
export function ReviewOutcomeNotice({ t, formats, text, outcome, dimensionHref, reviseHref }: Props) {
  const date = formats.date(outcome.decidedAt);
  const groups = groupComments(outcome.comments, text);
  const comments =
    groups.length > 0 ? (
      <>
        <h3>{t("review.sme.commentsTitle")}</h3>
        {groups.map(([dimensionId, items]) => {
          const title = dimensionId === null ? t("review.sme.generalComments") : (text.dimensions[dimensionId]?.title ?? dimensionId);
          const href = dimensionId && dimensionHref ? dimensionHref(dimensionId) : null;
          return (
            <div key={dimensionId ?? "general"} className="review-outcome__group">
              <h4>{href ? <Link href={href}>{title}</Link> : title}</h4>
              <ul className="review-comment-list">
                {items.map((comment) => (
                  <li key={comment.id} className="review-text">
                    {comment.body}
                  </li>
                ))}
              </ul>
            </div>
          );
        })}
      </>
    ) : null;

  if (outcome.decision === "approved") {
    return (
      <section className="notice notice--success review-outcome" aria-labelledby="review-outcome-heading">
        <h2 id="review-outcome-heading">{t("review.sme.approvedTitle")}</h2>
        <p>{t("review.sme.approvedBody", { revision: outcome.revisionNumber, date })}</p>
        {outcome.validatedIndex !== null && outcome.validatedBand ? (
          <p>
            <strong>
              {t("review.sme.validatedIndex", { index: formats.index(outcome.validatedIndex), band: t(`bands.${outcome.validatedBand}.name` as MessageKey) })}
            </strong>
          </p>
        ) : null}
        {comments}
      </section>
    );
  }
  return (
    <section className="notice review-outcome review-outcome--returned" aria-labelledby="review-outcome-heading">
      <h2 id="review-outcome-heading">{t("review.sme.returnedTitle")}</h2>
      <p>{t("review.sme.returnedLead", { revision: outcome.revisionNumber, date })}</p>
      <h3>{t("review.sme.reasonLabel")}</h3>
      <p className="review-text review-outcome__reason">{outcome.reason}</p>
      {comments}
      {reviseHref ? (
        <>
          <p>
            <Link className="button" href={reviseHref}>
              {t("review.sme.revise")}
            </Link>
          </p>
          <p className="muted">{t("review.sme.reviseHint", { revision: outcome.revisionNumber })}</p>
        </>
      ) : null}
    </section>
  );
}
