"use client";

import { ActionForm } from "@/components/forms/action-form";
import type { FormMessages } from "@/components/forms/form-messages";
import { SubmitButton, TextInput } from "@/components/forms/kit-fields";
import { useActionForm, type FormAction } from "@/components/forms/use-action-form";

// zod leaves the first load: the schema comes when a field is first focused (decision 009).
const loadJoinProgrammeSchema = () => import("@/app/(sme)/dashboard/schema").then((module) => module.JoinProgrammeSchema);

type Props = {
  action: FormAction;
  firmId: string;
  messages: FormMessages;
  text: { title: string; lead: string; code: string; submit: string; submitting: string; errorSummaryTitle: string };
};

/**
 * "Join a programme" with an enrolment code, for one firm (a manager may have several, so ids carry
 * the firm's). Works without JavaScript; the code is matched loosely (lib/programmes/enrolment-code.ts).
 */
export function JoinProgrammeForm({ action, firmId, messages, text }: Props) {
  // firmId rides along as a hidden field and a form value, so the browser's check sees it too.
  const form = useActionForm({ schema: loadJoinProgrammeSchema, action, messages, initialValues: { firmId, enrolmentCode: "" }, resetOnSuccess: true });
  const idPrefix = `join-${firmId}-`;
  return (
    <div className="join-programme">
      <h3 id={`${idPrefix}title`}>{text.title}</h3>
      <p>{text.lead}</p>
      <ActionForm form={form} labels={{ enrolmentCode: text.code }} summaryTitle={text.errorSummaryTitle} idPrefix={idPrefix} labelledBy={`${idPrefix}title`}>
        <input type="hidden" name="firmId" value={firmId} />
        <TextInput name="enrolmentCode" label={text.code} autoComplete="off" narrow required />
        <SubmitButton label={text.submit} pendingLabel={text.submitting} className="button button--secondary" />
      </ActionForm>
    </div>
  );
}
