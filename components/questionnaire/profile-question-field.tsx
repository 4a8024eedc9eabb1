"use client";

import { useSyncExternalStore, type ChangeEvent } from "react";
import { useFormContext, useWatch } from "react-hook-form";
import type { ProfileValue } from "@/lib/questionnaire/answer-set";
import type { QuestionnaireText } from "@/lib/questionnaire/text-schema";
import type { ProfileQuestion } from "@/lib/questionnaire/version-schema";
import { fieldDomId } from "@/lib/questionnaire/answer-fields";
import { rawFormValue } from "@/lib/questionnaire/field-rules";
import { useQuestionField } from "./page-fields-context";

type Props = {
  question: ProfileQuestion;
  text: QuestionnaireText["profile"][string];
  value: ProfileValue | undefined;
  error?: string;
  yesNo: { yes: string; no: string };
  chooseLabel: string;
  /** Said beside a multi-select's boxes once its most allowed are ticked (the others are disabled). */
  limitReason?: string;
};

// Long option lists (countries, sectors) are a select; short ones radios or checkboxes.
const selectThreshold = 8;

/**
 * One firm-profile question, rendered as the control its type needs; answerable without JavaScript.
 * After a refused page save it shows what was typed, not the stored answer. With JavaScript, a
 * multi-select keeps its limits as the person ticks: once the most allowed are ticked the other
 * boxes are disabled with the reason beside them, and an exclusive option ("None of these") clears
 * the others when ticked, and is cleared when another is ticked. The server still checks both.
 */
export function ProfileQuestionField({ question, text, value, error: shownError, yesNo, chooseLabel, limitReason }: Props) {
  const field = `profile.${question.id}`;
  const { registration, error: fieldError, typed } = useQuestionField(field);
  const { setValue } = useFormContext();
  const watched = useWatch({ name: field }) as unknown;
  const hydrated = useSyncExternalStore(noSubscription, () => true, () => false);
  const error = fieldError ?? shownError;
  const id = fieldDomId(field);
  const hintId = text.hint ? `${id}-hint` : null;
  const errorId = error ? `${id}-error` : null;
  const optionLabel = (option: string) => text.options?.[option] ?? option;

  if (question.type === "integer" || (question.type === "single-select" && question.options.length > selectThreshold)) {
    const describedBy = [hintId, errorId].filter(Boolean).join(" ") || undefined;
    return (
      <div className={error ? "field field--error" : "field"} data-field={field}>
        <label htmlFor={id} className="question-legend">
          {text.label}
        </label>
        {text.hint ? (
          <p className="hint" id={hintId ?? undefined}>
            {text.hint}
          </p>
        ) : null}
        <FieldError id={errorId} error={error} />
        {question.type === "integer" ? (
          <input
            type="text"
            inputMode="numeric"
            id={id}
            {...registration}
            className="input--narrow"
            defaultValue={typed ? (typed[0] ?? "") : typeof value === "number" ? String(value) : ""}
            aria-invalid={error ? true : undefined}
            aria-describedby={describedBy}
          />
        ) : (
          <select id={id} {...registration} defaultValue={typed ? (typed[0] ?? "") : typeof value === "string" ? value : ""} aria-invalid={error ? true : undefined} aria-describedby={describedBy}>
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
  const isMulti = question.type === "multi-select";
  // Before hydration (and without JavaScript) every box is enabled: the server checks the limit.
  const ticked = !hydrated || watched === undefined ? null : rawFormValue(watched);
  const atLimit = isMulti && question.maxSelected !== undefined && ticked !== null && ticked.length >= question.maxSelected;
  const limitId = `${id}-limit`;
  const describedBy = [hintId, isMulti && question.maxSelected !== undefined ? limitId : null, errorId].filter(Boolean).join(" ") || undefined;
  const exclusive = isMulti ? (question.exclusiveOptions ?? []) : [];
  const onChange = (event: ChangeEvent<HTMLInputElement>) => {
    const box = event.target;
    if (box.checked && exclusive.length > 0) {
      const others = (ticked ?? []).filter((option) => option !== box.value);
      // Set before react-hook-form reads the boxes, so the change autosaved is the whole new answer.
      if (exclusive.includes(box.value) && others.length > 0) setValue(field, [box.value]);
      else if (!exclusive.includes(box.value) && others.some((option) => exclusive.includes(option))) setValue(field, [...others.filter((o) => !exclusive.includes(o)), box.value]);
    }
    return registration.onChange(event);
  };
  return (
    <div className={error ? "field field--error" : "field"} data-field={field}>
      <fieldset id={id} aria-describedby={describedBy} tabIndex={-1}>
        <legend className="question-legend">{text.label}</legend>
        {text.hint ? (
          <p className="hint" id={hintId ?? undefined}>
            {text.hint}
          </p>
        ) : null}
        {isMulti && question.maxSelected !== undefined ? (
          <p className="hint choices__limit" id={limitId} aria-live="polite">
            {atLimit ? limitReason : null}
          </p>
        ) : null}
        <FieldError id={errorId} error={error} />
        <div className={question.type === "boolean" ? "choices choices--inline" : "choices"}>
          {choices.map((choice) => {
            const disabled = atLimit && !(ticked ?? []).includes(choice.value);
            return (
              <label key={choice.value} className={disabled ? "choice choice--disabled" : "choice"} htmlFor={`${id}-${choice.value}`}>
                <input
                  type={isMulti ? "checkbox" : "radio"}
                  id={`${id}-${choice.value}`}
                  {...registration}
                  onChange={onChange}
                  value={choice.value}
                  defaultChecked={choice.checked}
                  disabled={disabled}
                  aria-describedby={disabled ? limitId : undefined}
                />
                <span>{choice.label}</span>
              </label>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}

const noSubscription = () => () => undefined;

function FieldError({ id, error }: { id: string | null; error?: string }) {
  if (!error || !id) return null;
  return (
    <p className="field-error" id={id}>
      <span className="visually-hidden">Error: </span>
      {error}
    </p>
  );
}
