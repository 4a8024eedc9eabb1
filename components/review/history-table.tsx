import type { MessageKey, Translate } from "@/lib/i18n";
import type { QuestionnaireText } from "@/lib/questionnaire/text-schema";
import type { HistoryEntry } from "@/lib/review/history";
import { confirmedJustification } from "@/lib/review/review-progress";
import type { ReviewFormats } from "./review-formats";

type Props = { t: Translate; formats: ReviewFormats; text: QuestionnaireText | null; entries: HistoryEntry[] };

/** Every audit event of the assessment: when, who (and in which role), what, the status move and the reason. */
export function HistoryTable({ t, formats, text, entries }: Props) {
  const status = (state: string) => t(`assessmentStatus.${state}` as MessageKey);
  const states = (entry: HistoryEntry) => {
    if (entry.fromState && entry.toState) return t("review.history.states", { from: status(entry.fromState), to: status(entry.toState) });
    return entry.toState ? status(entry.toState) : "";
  };
  const details = (entry: HistoryEntry) => {
    const parts: string[] = [];
    if (entry.step === "validated" && entry.indicatorId && entry.validatedLevel !== null) {
      parts.push(t("review.history.validatedDetail", { question: text?.indicators[entry.indicatorId]?.question ?? entry.indicatorId, level: entry.validatedLevel }));
    }
    if (entry.step === "validated" && entry.confirmedLevels !== null && entry.dimensionId) {
      parts.push(t("review.history.confirmedDetail", { dimension: text?.dimensions[entry.dimensionId]?.title ?? entry.dimensionId, count: entry.confirmedLevels }));
    }
    if (entry.step === "commented") {
      parts.push(entry.dimensionId ? t("review.history.commentedOn", { dimension: text?.dimensions[entry.dimensionId]?.title ?? entry.dimensionId }) : t("review.history.commentedGeneral"));
    }
    // A confirmation's stored justification is a fixed text; the reader gets it in their language.
    if (entry.reason === confirmedJustification) {
      if (entry.confirmedLevels === null) parts.push(t("review.answers.confirmedNoNote"));
    } else if (entry.reason) parts.push(entry.reason);
    return parts.join(" — ");
  };
  return (
    <section aria-labelledby="history-heading">
      <h2 id="history-heading">{t("review.history.title")}</h2>
      <div className="table-wrap">
        <table className="review-history">
          <caption className="visually-hidden">{t("review.history.caption")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("review.history.colWhen")}</th>
              <th scope="col">{t("review.history.colWho")}</th>
              <th scope="col">{t("review.history.colAction")}</th>
              <th scope="col">{t("review.history.colStates")}</th>
              <th scope="col">{t("review.history.colReason")}</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((entry) => (
              <tr key={entry.id}>
                <td>
                  <time dateTime={entry.at.toISOString()}>{formats.dateTime(entry.at)}</time>
                </td>
                <td>
                  {entry.actorName ?? t("review.history.system")}
                  {entry.actorRole ? <span className="muted"> ({t(`roles.${entry.actorRole}`)})</span> : null}
                </td>
                <th scope="row">
                  {entry.step === "other" ? entry.action : t(`review.history.steps.${entry.step}`)}
                  {entry.revision !== null ? <span className="muted"> ({t("review.history.revision", { revision: entry.revision })})</span> : null}
                </th>
                <td>{states(entry)}</td>
                <td className="review-text">{details(entry)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
