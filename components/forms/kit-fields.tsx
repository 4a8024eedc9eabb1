"use client";

import type { ReactNode } from "react";
import { useKitField, useFormPending } from "./action-form";
import { FieldError, FieldShell } from "./field";

// The kit's fields: each is registered with react-hook-form once, here, and draws its label, hint
// and error with aria-invalid and aria-describedby. They keep what was typed after a refusal
// (never a password) with or without JavaScript.

type Common = { name: string; label: string; hint?: string; required?: boolean };
export type Option = { value: string; label: string };

export function TextInput({
  name,
  label,
  hint,
  required,
  type = "text",
  autoComplete,
  inputMode,
  narrow,
  maxLength,
}: Common & { type?: "text" | "email" | "password" | "url" | "date"; autoComplete?: string; inputMode?: "numeric" | "email" | "text" | "decimal"; narrow?: boolean; maxLength?: number }) {
  const field = useKitField(name);
  return (
    <FieldShell id={field.id} label={label} hint={hint} error={field.error}>
      {(describedBy) => (
        <input
          id={field.id}
          type={type}
          defaultValue={type === "password" ? undefined : field.text}
          autoComplete={autoComplete}
          required={required}
          inputMode={inputMode}
          maxLength={maxLength}
          className={narrow ? "input--narrow" : undefined}
          aria-invalid={field.error ? true : undefined}
          aria-describedby={describedBy}
          {...field.register(name)}
        />
      )}
    </FieldShell>
  );
}

export function TextArea({ name, label, hint, required, rows = 3, maxLength }: Common & { rows?: number; maxLength?: number }) {
  const field = useKitField(name);
  return (
    <FieldShell id={field.id} label={label} hint={hint} error={field.error}>
      {(describedBy) => (
        <textarea
          id={field.id}
          rows={rows}
          maxLength={maxLength}
          defaultValue={field.text}
          required={required}
          aria-invalid={field.error ? true : undefined}
          aria-describedby={describedBy}
          {...field.register(name)}
        />
      )}
    </FieldShell>
  );
}

export function Select({ name, label, hint, required, options, placeholder }: Common & { options: readonly Option[]; placeholder?: string }) {
  const field = useKitField(name);
  return (
    <FieldShell id={field.id} label={label} hint={hint} error={field.error}>
      {(describedBy) => (
        <select id={field.id} defaultValue={field.text} required={required} aria-invalid={field.error ? true : undefined} aria-describedby={describedBy} {...field.register(name)}>
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

type GroupProps = Common & { options: readonly Option[]; inline?: boolean };

/** A fieldset of radios or checkboxes; the legend names the group, the error sits under it. */
function ChoiceGroup({ name, label, hint, options, inline, type }: GroupProps & { type: "radio" | "checkbox" }) {
  const field = useKitField(name);
  const hintId = hint ? `${field.id}-hint` : undefined;
  const errorId = field.error ? `${field.id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(" ") || undefined;
  const chosen = type === "radio" ? [field.text] : field.list;
  return (
    <fieldset id={field.id} tabIndex={-1} className={field.error ? "field field--error" : "field"} aria-describedby={describedBy} aria-invalid={type === "radio" && field.error ? true : undefined}>
      <legend className="label">{label}</legend>
      {hint ? (
        <span className="hint" id={hintId}>
          {hint}
        </span>
      ) : null}
      <FieldError id={errorId} error={field.error} />
      <div className={inline ? "choices choices--inline" : "choices"}>
        {options.map((option, index) => (
          <label key={option.value} className="choice" htmlFor={`${field.id}-${index}`}>
            <input id={`${field.id}-${index}`} type={type} value={option.value} defaultChecked={chosen.includes(option.value)} {...field.register(name)} />
            <span>{option.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

export function RadioGroup(props: GroupProps) {
  return <ChoiceGroup {...props} type="radio" />;
}

export function CheckboxGroup(props: GroupProps) {
  return <ChoiceGroup {...props} type="checkbox" />;
}

/** One checkbox that says yes (a declaration, "send me a copy"); posts `value` when ticked. */
export function Checkbox({ name, label, hint, value = "yes" }: Common & { value?: string; children?: ReactNode }) {
  const field = useKitField(name);
  const hintId = hint ? `${field.id}-hint` : undefined;
  const errorId = field.error ? `${field.id}-error` : undefined;
  return (
    <div className={field.error ? "field field--error" : "field"}>
      <FieldError id={errorId} error={field.error} />
      <label className="choice" htmlFor={field.id}>
        <input
          id={field.id}
          type="checkbox"
          value={value}
          defaultChecked={field.text === value}
          aria-invalid={field.error ? true : undefined}
          aria-describedby={[hintId, errorId].filter(Boolean).join(" ") || undefined}
          {...field.register(name)}
        />
        <span>{label}</span>
      </label>
      {hint ? (
        <span className="hint" id={hintId}>
          {hint}
        </span>
      ) : null}
    </div>
  );
}

/**
 * A value the page fixes (which assessment, which revision, which item), registered so the
 * server's whole schema checks it in the browser too. Its value comes from the form's values.
 */
export function Hidden({ name }: { name: string }) {
  const field = useKitField(name);
  return <input type="hidden" defaultValue={field.text} {...field.register(name)} />;
}

/** `ariaLabel` names the button fully where its text alone is ambiguous (one "Remove" per row). */
export function SubmitButton({ label, pendingLabel, className = "button", ariaLabel }: { label: string; pendingLabel: string; className?: string; ariaLabel?: string }) {
  const pending = useFormPending();
  return (
    <button type="submit" className={className} disabled={pending} aria-disabled={pending || undefined} aria-label={ariaLabel}>
      {pending ? pendingLabel : label}
    </button>
  );
}

/**
 * One text in each product language, side by side: a box per language, each with its own name,
 * label (naming the language), error and value, so a problem in one language shows at its box.
 */
export function BilingualText({ fields, hint, rows }: { fields: readonly { name: string; label: string }[]; hint?: string; rows?: number }) {
  return (
    <div className="bilingual">
      {fields.map((field) =>
        rows ? <TextArea key={field.name} name={field.name} label={field.label} hint={hint} rows={rows} /> : <TextInput key={field.name} name={field.name} label={field.label} hint={hint} />,
      )}
    </div>
  );
}
