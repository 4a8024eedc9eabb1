"use client";

import { fieldDomId } from "@/lib/questionnaire/answer-fields";
import { useQuestionField } from "./page-fields-context";

/**
 * Optional free-text evidence for an indicator, folded away until wanted (open when it has text or
 * an error). After a refused page save it shows the text as typed.
 */
export function NoteField({ field, label, hint, value }: { field: string; label: string; hint: string; value?: string }) {
  const { registration, error, typed } = useQuestionField(field);
  const id = fieldDomId(field);
  const text = typed ? (typed[0] ?? "") : (value ?? "");
  const describedBy = [`${id}-hint`, error ? `${id}-error` : null].filter(Boolean).join(" ");
  return (
    <details className={error ? "note-field field--error" : "note-field"} open={Boolean(text) || Boolean(error)} data-field={field}>
      <summary>{label}</summary>
      <label htmlFor={id} className="visually-hidden">
        {label}
      </label>
      <p className="hint" id={`${id}-hint`}>
        {hint}
      </p>
      {error ? (
        <p className="field-error" id={`${id}-error`}>
          <span className="visually-hidden">Error: </span>
          {error}
        </p>
      ) : null}
      <textarea id={id} {...registration} defaultValue={text} maxLength={2000} rows={3} aria-invalid={error ? true : undefined} aria-describedby={describedBy} />
    </details>
  );
}
