import type { ReactNode } from "react";

type FieldShellProps = { id: string; label: string; hint?: string; error?: string; children: (describedBy: string | undefined) => ReactNode };

/** Wires label, hint and error to the control (aria-describedby, aria-invalid) in one place. */
export function FieldShell({ id, label, hint, error, children }: FieldShellProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(" ") || undefined;
  return (
    <div className={error ? "field field--error" : "field"}>
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <span className="hint" id={hintId}>
          {hint}
        </span>
      ) : null}
      <FieldError id={errorId} error={error} />
      {children(describedBy)}
    </div>
  );
}

/** The error line of a field; the one way errors are drawn at a field, in any form. */
export function FieldError({ id, error }: { id?: string; error?: string }) {
  if (!error) return null;
  return (
    <span className="field-error" id={id}>
      <span className="visually-hidden">Error: </span>
      {error}
    </span>
  );
}

type TextFieldProps = {
  id: string;
  name: string;
  label: string;
  hint?: string;
  error?: string;
  type?: "text" | "email" | "password" | "number";
  defaultValue?: string;
  autoComplete?: string;
  required?: boolean;
  inputMode?: "numeric" | "email" | "text";
  narrow?: boolean;
};

export function TextField({ id, name, label, hint, error, type = "text", defaultValue, autoComplete, required, inputMode, narrow }: TextFieldProps) {
  return (
    <FieldShell id={id} label={label} hint={hint} error={error}>
      {(describedBy) => (
        <input
          id={id}
          name={name}
          type={type}
          defaultValue={defaultValue}
          autoComplete={autoComplete}
          required={required}
          inputMode={inputMode}
          className={narrow ? "input--narrow" : undefined}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
        />
      )}
    </FieldShell>
  );
}

type SelectFieldProps = {
  id: string;
  name: string;
  label: string;
  hint?: string;
  error?: string;
  options: readonly { value: string; label: string }[];
  placeholder?: string;
  defaultValue?: string;
  required?: boolean;
};

export function SelectField({ id, name, label, hint, error, options, placeholder, defaultValue, required }: SelectFieldProps) {
  return (
    <FieldShell id={id} label={label} hint={hint} error={error}>
      {(describedBy) => (
        <select
          id={id}
          name={name}
          defaultValue={defaultValue ?? ""}
          required={required}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
        >
          {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </FieldShell>
  );
}
