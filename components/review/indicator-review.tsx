import { SelectField } from "@/components/forms/field";
import type { Translate } from "@/lib/i18n";
import type { QuestionnaireText } from "@/lib/questionnaire/text-schema";
import { maxJustificationLength } from "@/lib/review/text-limits";
import type { ReviewFormats } from "./review-formats";
import { TextAreaField } from "./text-area-field";

export type IndicatorValidationView = { validatedLevel: number; justification: string; validatedByName: string; validatedAt: Date };

type Props = {
  t: Translate;
  formats: ReviewFormats;
  text: QuestionnaireText;
  indicatorId: string;
  firmLevel: number | undefined;
  firmNote: string | undefined;
  validation: IndicatorValidationView | null;
  /** The validation form's target; null once the review is closed (read-only). */
  form: { action: (formData: FormData) => Promise<void>; assessmentId: string; revision: number } | null;
  errors: { level?: string; justification?: string };
  /** The level to preselect after a refused post. */
  echoedLevel?: number;
  saved: boolean;
};

export const indicatorAnchor = (indicatorId: string) => `indicator-${indicatorId}`;
export const levelFieldId = (indicatorId: string) => `level-${indicatorId}`;
export const justificationFieldId = (indicatorId: string) => `justification-${indicatorId}`;

/** One question under review: the firm's level with its descriptor and note, the validated level, and the form to set it. */
export function IndicatorReview({ t, formats, text, indicatorId, firmLevel, firmNote, validation, form, errors, echoedLevel, saved }: Props) {
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
                {t("review.answers.justification")}: {validation.justification}
              </span>
              <span className="muted">{t("review.answers.validatedBy", { name: validation.validatedByName, date: formats.dateTime(validation.validatedAt) })}</span>
            </>
          ) : (
            <span className="muted">{t("review.answers.notValidated")}</span>
          )}
        </dd>
      </dl>
      {saved ? (
        <p className="notice notice--success review-inline-notice" role="status">
          {t("review.answers.saved")}
        </p>
      ) : null}
      {form ? (
        // Folded by default so a long questionnaire stays scannable; native details needs no JavaScript.
        <details className="review-validate" open={Boolean(errors.level || errors.justification)}>
          <summary id={`${headingId}-form`}>{t("review.answers.formTitle")}</summary>
          <form action={form.action} className="form review-form" aria-labelledby={`${headingId} ${headingId}-form`} noValidate>
            <input type="hidden" name="assessmentId" value={form.assessmentId} />
            <input type="hidden" name="revision" value={form.revision} />
            <input type="hidden" name="indicatorId" value={indicatorId} />
            <SelectField
              id={levelFieldId(indicatorId)}
              name="level"
              label={t("review.answers.levelField")}
              error={errors.level}
              options={[0, 1, 2, 3, 4, 5].map((level) => ({ value: String(level), label: `${level} – ${levelText(level)?.label ?? ""}` }))}
              defaultValue={String(echoedLevel ?? validation?.validatedLevel ?? firmLevel ?? "")}
              required
            />
            <TextAreaField
              id={justificationFieldId(indicatorId)}
              name="justification"
              label={t("review.answers.justificationField")}
              hint={t("review.answers.justificationHint")}
              error={errors.justification}
              defaultValue={echoedLevel === undefined ? validation?.justification : undefined}
              maxLength={maxJustificationLength}
            />
            <button type="submit" className="button">
              {t("review.answers.save")}
            </button>
          </form>
        </details>
      ) : null}
    </div>
  );
}
