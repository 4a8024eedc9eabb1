"use client";

import { createContext, useContext, useMemo, useRef, type ReactNode } from "react";
import { FormProvider, useFormContext, useFormState, type UseFormRegister } from "react-hook-form";
import { listValue, textValue, type FormValues } from "@/lib/forms/form-result";
import { ErrorSummary } from "./error-summary";
import type { ActionFormHandle } from "./use-action-form";

type ActionFormContext = { values: FormValues; pending: boolean; idPrefix: string; pressingSubmit: { current: boolean } };
const Context = createContext<ActionFormContext>({ values: {}, pending: false, idPrefix: "", pressingSubmit: { current: false } });

function isSubmitControl(target: EventTarget | null): boolean {
  return target instanceof Element && target.closest('button[type="submit"], input[type="submit"]') !== null;
}

type Props = {
  form: ActionFormHandle;
  /** Field name → its label, so the summary names the field of each error. */
  labels: Record<string, string>;
  summaryTitle: string;
  /** Prefix of the fields' ids, when a page holds more than one form. */
  idPrefix?: string;
  className?: string;
  /** Id of a heading that names the form (a page with several forms: each is a named `form` landmark). */
  labelledBy?: string;
  children: ReactNode;
};

/**
 * The form element of the kit: the error summary (every error at once, each naming its field and
 * linking to it), the action's own notices, and the context the kit's fields read.
 */
export function ActionForm({ form, labels, summaryTitle, idPrefix = "", className = "form", labelledBy, children }: Props) {
  // Pressing the submit button blurs the field first; if that field's check drew an error above
  // the button, the button would move away before the press ends and the click would be lost.
  // While the submit button is pressed, leaving a field does not check it (the submit checks all).
  const pressingSubmit = useRef(false);
  const context = useMemo(() => ({ values: form.values, pending: form.pending, idPrefix, pressingSubmit }), [form.values, form.pending, idPrefix]);
  return (
    <FormProvider {...form.methods}>
      <Context.Provider value={context}>
        <form
          {...form.formProps}
          className={className}
          aria-labelledby={labelledBy}
          onPointerDown={(event) => {
            pressingSubmit.current = isSubmitControl(event.target);
          }}
          onPointerUp={() => {
            // After the click that follows this pointerup.
            setTimeout(() => (pressingSubmit.current = false), 0);
          }}
        >
          <FormErrorSummary title={summaryTitle} labels={labels} idPrefix={idPrefix} shown={form.state.status === "error"} />
          {form.state.formError ? (
            <div className="notice notice--error" role="alert">
              {form.state.formError}
            </div>
          ) : null}
          {form.state.status === "success" && form.state.message ? (
            <div className="notice notice--success" role="status">
              {form.state.message}
            </div>
          ) : null}
          {children}
        </form>
      </Context.Provider>
    </FormProvider>
  );
}

function FormErrorSummary({ title, labels, idPrefix, shown }: { title: string; labels: Record<string, string>; idPrefix: string; shown: boolean }) {
  const { errors, submitCount } = useFormState();
  // Shown after a submit (in the browser) or a refusal (from the server), not while typing.
  if (!shown && submitCount === 0) return null;
  const items = Object.keys(labels)
    .filter((name) => typeof errors[name]?.message === "string")
    .map((name) => ({ fieldId: `${idPrefix}${name}`, message: `${labels[name]}: ${String(errors[name]!.message)}` }));
  return <ErrorSummary title={title} errors={items} focusKey={`${submitCount}`} />;
}

/** What a kit field needs: its id, what it held when the page was drawn, its error, the register call. */
export function useKitField(name: string) {
  const { register, getFieldState, formState } = useFormContext<FormValues>();
  const { values, pending, idPrefix, pressingSubmit } = useContext(Context);
  const error = getFieldState(name, formState).error?.message;
  const registerField: UseFormRegister<FormValues> = (fieldName, options) => {
    const registered = register(fieldName, options);
    return {
      ...registered,
      onBlur: async (event: { target: unknown; type?: unknown; relatedTarget?: EventTarget | null }) => {
        if (pressingSubmit.current || isSubmitControl(event.relatedTarget ?? null)) return;
        return registered.onBlur(event);
      },
    };
  };
  return { id: `${idPrefix}${name}`, register: registerField, text: textValue(values, name), list: listValue(values, name), error: typeof error === "string" ? error : undefined, pending };
}

export function useFormPending(): boolean {
  return useContext(Context).pending;
}
