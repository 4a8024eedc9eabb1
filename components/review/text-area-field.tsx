import { FieldShell } from "@/components/forms/field";

type Props = { id: string; name: string; label: string; hint?: string; error?: string; defaultValue?: string; maxLength: number; rows?: number };

/** A labelled text area with hint and error wired through the shared field shell. */
export function TextAreaField({ id, name, label, hint, error, defaultValue, maxLength, rows = 3 }: Props) {
  return (
    <FieldShell id={id} label={label} hint={hint} error={error}>
      {(describedBy) => (
        <textarea
          id={id}
          name={name}
          rows={rows}
          maxLength={maxLength}
          defaultValue={defaultValue}
          required
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
        />
      )}
    </FieldShell>
  );
}
