"use client";

import { useActionState, type ReactNode } from "react";
import { ErrorSummary } from "@/components/forms/error-summary";
import { fieldDomId } from "@/lib/questionnaire/answer-fields";
import type { PageField } from "@/lib/questionnaire/page-fields";
import { ConflictNotice } from "./conflict-notice";
import { idlePageSaveState, PageSaveStateContext, type PageSaveState } from "./page-form-state";

type Props = {
  action: (state: PageSaveState, formData: FormData) => Promise<PageSaveState>;
  formId: string;
  fields: PageField[];
  labels: { summaryTitle: string; conflictTitle: string; conflictLead: string };
  /** Shown between the error summary and the form (officer comments, conflicts, autosave status). */
  lead?: ReactNode;
  children: ReactNode;
};

/**
 * A questionnaire page's form, posted to its save action (also without JavaScript: React renders
 * the action's answer on the server). A refused answer comes back with what was typed, and every
 * field on the page reads it from context, so the person sees their input beside its error.
 */
export function PageForm({ action, formId, fields, labels, lead, children }: Props) {
  const [state, formAction] = useActionState(action, idlePageSaveState);
  const refused = state.status === "refused" ? state.refused : [];
  return (
    <PageSaveStateContext value={state}>
      <ErrorSummary title={labels.summaryTitle} errors={refused.map((r) => ({ fieldId: fieldDomId(r.field), message: r.summary }))} />
      {lead}
      <ConflictNotice title={labels.conflictTitle} lead={labels.conflictLead} conflicts={state.status === "refused" ? state.conflicts : []} />
      <form action={formAction} id={formId} className="form" data-fields={JSON.stringify(fields)} noValidate>
        {children}
      </form>
    </PageSaveStateContext>
  );
}
