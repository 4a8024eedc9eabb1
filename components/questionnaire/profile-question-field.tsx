"use client";

import type { ProfileValue } from "@/lib/questionnaire/answer-set";
import type { QuestionnaireText } from "@/lib/questionnaire/text-schema";
import type { ProfileQuestion } from "@/lib/questionnaire/version-schema";
import { fieldDomId } from "@/lib/questionnaire/answer-fields";
import { useRefusedField } from "./page-form-state";

type Props = {
  question: ProfileQuestion;
  text: QuestionnaireText["profile"][string];
  value: ProfileValue | undefined;
  error?: string;
  yesNo: { yes: string; no: string };
  chooseLabel: string;
};

// Long option lists (countries, sectors) are a select; short ones radios or checkboxes.
const selectThreshold = 8;

/**
 * One firm-profile question, rendered as the control its type needs; answerable without JavaScript.
 * After a refused page save it shows what was typed, not the stored answer.
 */
export function ProfileQuestionField({ question, text, value, error: shownError, yesNo, chooseLabel }: Props) {
  const field = `profile.${question.id}`;
  const refused = useRefusedField(field);
  const error = refused.error ?? shownError;
  const typed = refused.typed;
  const id = fieldDomId(field);
  const hintId = text.hint ? `${id}-hint` : null;
  const errorId = error ? `${id}-error` : null;
  const describedBy = [hintId, errorId].filter(Boolean).join(" ") || undefined;
  const hint = text.hint ? (
    <p className="hint" id={hintId ?? undefined}>
      {text.hint}
    </p>
  ) : null;
  const errorText = error ? (
    <p className="field-error" id={errorId ?? undefined}>
      <span className="visually-hidden">Error: </span>
      {error}
    </p>
  ) : null;
  const optionLabel = (option: string) => text.options?.[option] ?? option;

  if (question.type === "integer" || (question.type === "single-select" && question.options.length > selectThreshold)) {
    return (
      <div className={error ? "field field--error" : "field"} data-field={field}>
        <label htmlFor={id} className="question-legend">
          {text.label}
        </label>
        {hint}
        {errorText}
        {question.type === "integer" ? (
          <input
            type="text"
            inputMode="numeric"
            id={id}
            name={field}
            className="input--narrow"
            defaultValue={typed ? (typed[0] ?? "") : typeof value === "number" ? String(value) : ""}
            aria-invalid={error ? true : undefined}
            aria-describedby={describedBy}
          />
        ) : (
          <select id={id} name={field} defaultValue={typed ? (typed[0] ?? "") : typeof value === "string" ? value : ""} aria-invalid={error ? true : undefined} aria-describedby={describedBy}>
            <option value="">{chooseLabel}</option>
            {question.options.map((option) => (
              <option key={option} value={option}>
                {optionLabel(option)}
              </option>
            ))}
          </select>
        )}
      </div>
    );
  }

  const choices =
    question.type === "boolean"
      ? [
          { value: "true", label: yesNo.yes, checked: typed ? typed.includes("true") : value === true },
          { value: "false", label: yesNo.no, checked: typed ? typed.includes("false") : value === false },
        ]
      : question.options.map((option) => ({
          value: option,
          label: optionLabel(option),
          checked: typed ? typed.includes(option) : Array.isArray(value) ? value.includes(option) : value === option,
        }));
  const inputType = question.type === "multi-select" ? "checkbox" : "radio";
  return (
    <div className={error ? "field field--error" : "field"} data-field={field}>
      <fieldset id={id} aria-describedby={describedBy} tabIndex={-1}>
        <legend className="question-legend">{text.label}</legend>
        {hint}
        {errorText}
        <div className={question.type === "boolean" ? "choices choices--inline" : "choices"}>
          {choices.map((choice) => (
            <label key={choice.value} className="choice" htmlFor={`${id}-${choice.value}`}>
              <input type={inputType} id={`${id}-${choice.value}`} name={field} value={choice.value} defaultChecked={choice.checked} />
              <span>{choice.label}</span>
            </label>
          ))}
        </div>
      </fieldset>
    </div>
  );
}
