"use client";

import { useActionState } from "react";
import { FieldShell } from "@/components/forms/field";
import { idleFormState, type FormActionState } from "@/components/forms/action-state";

type Props = {
  action: (state: FormActionState, formData: FormData) => Promise<FormActionState>;
  firmId: string;
  text: { title: string; lead: string; code: string; submit: string };
};

/** "Join a programme" with an enrolment code, for one firm. Works without JavaScript. */
export function JoinProgrammeForm({ action, firmId, text }: Props) {
  const [state, formAction, pending] = useActionState(action, idleFormState);
  const id = `join-code-${firmId}`;
  return (
    <form action={formAction} className="form" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{text.title}</h3>
      <p>{text.lead}</p>
      {state.status === "success" && state.message ? (
        <div className="notice notice--success" role="status">
          {state.message}
        </div>
      ) : null}
      <input type="hidden" name="firmId" value={firmId} />
      <FieldShell id={id} label={text.code} error={state.fieldErrors?.enrolmentCode}>
        {(describedBy) => (
          <input
            id={id}
            name="enrolmentCode"
            type="text"
            autoComplete="off"
            autoCapitalize="characters"
            className="input--narrow"
            defaultValue={state.status === "error" ? state.values?.enrolmentCode : ""}
            aria-invalid={state.fieldErrors?.enrolmentCode ? true : undefined}
            aria-describedby={describedBy}
          />
        )}
      </FieldShell>
      <button type="submit" className="button button--secondary" disabled={pending}>
        {text.submit}
      </button>
    </form>
  );
}
