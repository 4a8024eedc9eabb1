"use client";

import { useActionState, useMemo, type ReactNode } from "react";
import { FormProvider, useForm } from "react-hook-form";
import { ErrorSummary } from "@/components/forms/error-summary";
import { fieldDomId } from "@/lib/questionnaire/answer-fields";
import { ConflictNotice } from "./conflict-notice";
import { PageFieldsContext, type ClientField } from "./page-fields-context";
import { idlePageSaveState, PageSaveStateContext, type PageSaveState } from "./page-form-state";

/** A control's value as react-hook-form holds it: text, the chosen radio, the ticked boxes, or none. */
export type FormValue = string | string[] | null;

type Props = {
  action: (state: PageSaveState, formData: FormData) => Promise<PageSaveState>;
  formId: string;
  fields: ClientField[];
  /** The saved answers of the page's fields, as control values (field → value). */
  values: Record<string, FormValue>;
  labels: { summaryTitle: string; conflictTitle: string; conflictLead: string };
  /** Shown between the error summary and the form (officer comments, conflicts, autosave status). */
  lead?: ReactNode;
  children: ReactNode;
};

/** "profile.employees" → { profile: { employees } }: react-hook-form reads dotted names as paths. */
function nest(values: Record<string, FormValue>): Record<string, Record<string, FormValue>> {
  const nested: Record<string, Record<string, FormValue>> = {};
  for (const [field, value] of Object.entries(values)) {
    const dot = field.indexOf(".");
    (nested[field.slice(0, dot)] ??= {})[field.slice(dot + 1)] = value;
  }
  return nested;
}

/**
 * A questionnaire page's form, posted to its save action (also without JavaScript: React renders
 * the action's answer on the server). With JavaScript, react-hook-form holds the page's values:
 * each field is checked as the person leaves it, and the autosave island saves valid changes.
 * A refused answer comes back with what was typed, and the form's values follow it.
 */
export function PageForm({ action, formId, fields, values, labels, lead, children }: Props) {
  const [state, formAction] = useActionState(action, idlePageSaveState);
  const refused = state.status === "refused" ? state.refused : [];
  const byName = useMemo(() => new Map(fields.map((f) => [f.field, f])), [fields]);
  const shown = useMemo(() => {
    const typed: Record<string, FormValue> = {};
    if (state.status === "refused") {
      for (const [field, raw] of Object.entries(state.typed)) {
        const kind = byName.get(field)?.kind;
        typed[field] = kind === "multi" ? raw : (raw[0] ?? (kind === "level" || kind === "boolean" ? null : ""));
      }
    }
    return nest({ ...values, ...typed });
  }, [values, state, byName]);
  const methods = useForm({ mode: "onTouched", values: shown });
  return (
    <PageSaveStateContext value={state}>
      <PageFieldsContext value={byName}>
        <FormProvider {...methods}>
          <ErrorSummary title={labels.summaryTitle} errors={refused.map((r) => ({ fieldId: fieldDomId(r.field), message: r.summary }))} />
          {lead}
          <ConflictNotice title={labels.conflictTitle} lead={labels.conflictLead} conflicts={state.status === "refused" ? state.conflicts : []} />
          <form action={formAction} id={formId} className="form" noValidate>
            {children}
          </form>
        </FormProvider>
      </PageFieldsContext>
    </PageSaveStateContext>
  );
}
