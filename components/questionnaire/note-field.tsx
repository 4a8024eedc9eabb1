import { fieldDomId } from "@/lib/questionnaire/answer-fields";

/** Optional free-text evidence for an indicator, folded away until wanted (open when it has text). */
export function NoteField({ field, label, hint, value }: { field: string; label: string; hint: string; value?: string }) {
  const id = fieldDomId(field);
  return (
    <details className="note-field" open={Boolean(value)} data-field={field}>
      <summary>{label}</summary>
      <label htmlFor={id} className="visually-hidden">
        {label}
      </label>
      <p className="hint" id={`${id}-hint`}>
        {hint}
      </p>
      <textarea id={id} name={field} defaultValue={value ?? ""} maxLength={2000} rows={3} aria-describedby={`${id}-hint`} />
    </details>
  );
}
