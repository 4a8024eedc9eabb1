import type { FormMessages } from "@/components/forms/form-messages";
import type { FormAction } from "@/components/forms/use-action-form";
import type { Translate } from "@/lib/i18n";
import type { QuestionnaireText } from "@/lib/questionnaire/text-schema";
import type { ReviewFormats } from "./review-formats";
import { confirmedJustification } from "@/lib/review/review-progress";
import { ConfirmLevelForm } from "./confirm-level-form";
import { ValidationForm } from "./validation-form";

export type IndicatorValidationView = { validatedLevel: number; justification: string; validatedByName: string; validatedAt: Date };

type Props = {
  t: Translate;
  formats: ReviewFormats;
  text: QuestionnaireText;
  indicatorId: string;
  firmLevel: number | undefined;
  firmNote: string | undefined;
  validation: IndicatorValidationView | null;
  /** Who gave the firm's level and when (answer history); absent when no save recorded it (e.g. a prefilled answer). */
  answeredBy?: { name: string; at: Date };
  /** The validation form's target; null once the review is closed (read-only). */
  form: { action: FormAction; messages: FormMessages; assessmentId: string; revision: number; pagePath: string } | null;
};

export const indicatorAnchor = (indicatorId: string) => `indicator-${indicatorId}`;
const adjustAnchor = (indicatorId: string) => `adjust-${indicatorId}`;

/** One question under review: the firm's level with its descriptor and note, the validated level, and the form to set it. */
export function IndicatorReview({ t, formats, text, indicatorId, firmLevel, firmNote, validation, answeredBy, form }: Props) {
  const indicatorText = text.indicators[indicatorId];
  const levelText = (level: number) => indicatorText?.levels[level];
  const levelLabel = (level: number) => t("review.answers.levelValue", { level, label: levelText(level)?.label ?? "" });
  const headingId = `${indicatorAnchor(indicatorId)}-heading`;
  return (
    <div className="review-indicator" id={indicatorAnchor(indicatorId)}>
      <h4 id={headingId}>{indicatorText?.question ?? indicatorId}</h4>
      <dl className="summary">
        <dt>{t("review.answers.firmLevel")}</dt>
        <dd>
          {firmLevel === undefined ? (
            t("review.answers.notAnswered")
          ) : (
            <>
              <strong>{levelLabel(firmLevel)}</strong>
              <span className="review-descriptor">{levelText(firmLevel)?.descriptor}</span>
              {answeredBy ? (
                <span className="muted review-answered-by" data-testid="answered-by">
                  {t("authorship.reviewAnsweredBy", { name: answeredBy.name, date: formats.dateTime(answeredBy.at) })}
                </span>
              ) : null}
            </>
          )}
        </dd>
        <dt>{t("review.answers.firmNote")}</dt>
        <dd className="review-text">{firmNote?.trim() ? firmNote : <span className="muted">{t("review.answers.noNote")}</span>}</dd>
        <dt>{t("review.answers.validatedLevel")}</dt>
        <dd>
          {validation ? (
            <>
              <strong>{levelLabel(validation.validatedLevel)}</strong>{" "}
              <span className={`tag ${validation.validatedLevel === firmLevel ? "tag--completed" : "review-tag--adjusted"}`}>
                {validation.validatedLevel === firmLevel ? t("review.answers.confirmed") : t("review.answers.adjusted")}
              </span>
              <span className="review-descriptor review-text">
                {t("review.answers.justification")}: {validation.justification === confirmedJustification ? t("review.answers.confirmedNoNote") : validation.justification}
              </span>
              <span className="muted">{t("review.answers.validatedBy", { name: validation.validatedByName, date: formats.dateTime(validation.validatedAt) })}</span>
            </>
          ) : (
            <span className="muted">{t("review.answers.notValidated")}</span>
          )}
        </dd>
      </dl>
      {form && firmLevel !== undefined ? (
        <ConfirmLevelForm
          action={form.action}
          messages={form.messages}
          permalink={`${form.pagePath}#${indicatorAnchor(indicatorId)}`}
          target={{ assessmentId: form.assessmentId, revision: form.revision, indicatorId, firmLevel }}
          done={validation?.validatedLevel === firmLevel}
          describedBy={headingId}
          labels={{ submit: t("review.answers.confirmLevel"), submitting: t("review.answers.confirming"), done: t("review.answers.levelConfirmed"), summaryTitle: t("errors.summaryTitle") }}
        />
      ) : null}
      {form ? (
        <ValidationForm
          action={form.action}
          messages={form.messages}
          permalink={`${form.pagePath}#${adjustAnchor(indicatorId)}`}
          anchor={adjustAnchor(indicatorId)}
          target={{ assessmentId: form.assessmentId, revision: form.revision, indicatorId }}
          initial={{ level: String(validation?.validatedLevel ?? firmLevel ?? ""), justification: validation && validation.justification !== confirmedJustification ? validation.justification : "" }}
          levels={[0, 1, 2, 3, 4, 5].map((level) => ({ value: String(level), label: `${level} – ${levelText(level)?.label ?? ""}` }))}
          labels={{
            question: indicatorText?.question ?? indicatorId,
            formTitle: t("review.answers.formTitle"),
            level: t("review.answers.levelField"),
            justification: t("review.answers.justificationField"),
            justificationHint: t("review.answers.justificationHint"),
            save: t("review.answers.save"),
            saving: t("review.answers.saving"),
            summaryTitle: t("errors.summaryTitle"),
          }}
        />
      ) : null}
    </div>
  );
}
