"use client";

import { fieldDomId } from "@/lib/questionnaire/answer-fields";
import type { LevelText } from "@/lib/questionnaire/text-schema";
import { useRefusedField } from "./page-form-state";

type Props = {
  field: string;
  legend: string;
  hint?: string;
  levels: readonly LevelText[];
  value?: number;
  error?: string;
  /** Extra line under the legend, e.g. the proposed default target. */
  note?: string;
};

/** The 0–5 scale as large radio options, each with its observable descriptor. Plain HTML: no JavaScript needed. */
export function LevelOptions({ field, legend, hint, levels, value, error: shownError, note }: Props) {
  const refused = useRefusedField(field);
  const error = refused.error ?? shownError;
  const id = fieldDomId(field);
  const describedBy = [hint ? `${id}-hint` : null, note ? `${id}-note` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
  return (
    <div className={error ? "field field--error" : "field"} data-field={field}>
      <fieldset id={id} aria-describedby={describedBy} tabIndex={-1}>
        <legend className="question-legend">{legend}</legend>
        {hint ? (
          <p className="hint" id={`${id}-hint`}>
            {hint}
          </p>
        ) : null}
        {note ? (
          <p className="hint" id={`${id}-note`}>
            {note}
          </p>
        ) : null}
        {error ? (
          <p className="field-error" id={`${id}-error`}>
            <span className="visually-hidden">Error: </span>
            {error}
          </p>
        ) : null}
        <div className="level-options">
          {levels.map((level, index) => (
            <label key={index} className="level-option" htmlFor={`${id}-${index}`}>
              <input type="radio" id={`${id}-${index}`} name={field} value={index} defaultChecked={refused.typed ? refused.typed.includes(String(index)) : value === index} />
              <span className="level-option__text">
                <span className="level-option__label">
                  {index} – {level.label}
                </span>
                <span className="level-option__descriptor">{level.descriptor}</span>
              </span>
            </label>
          ))}
        </div>
      </fieldset>
    </div>
  );
}
