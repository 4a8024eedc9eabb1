"use client";

import { ActionForm } from "@/components/forms/action-form";
import type { FormMessages } from "@/components/forms/form-messages";
import { CheckboxGroup, SubmitButton, type Option } from "@/components/forms/kit-fields";
import { useActionForm, type FormAction } from "@/components/forms/use-action-form";

const loadSchema = () => import("@/app/(sme)/assessments/[assessmentId]/assignments/schema").then((module) => module.AssignSectionsSchema);

type Props = {
  action: FormAction;
  assessmentId: string;
  messages: FormMessages;
  members: Option[];
  sections: Option[];
  text: { title: string; lead: string; members: string; sections: string; submit: string; submitting: string; errorSummaryTitle: string };
};

/** "Assign sections": tick members and sections (a whole factor or single dimensions, the profile, the targets). Works without JavaScript. */
export function AssignSectionsForm({ action, assessmentId, messages, members, sections, text }: Props) {
  const form = useActionForm({
    schema: loadSchema,
    action,
    messages,
    initialValues: { assessmentId, userIds: [], choices: [] },
    resetOnSuccess: true,
    permalink: `/assessments/${assessmentId}#assign`,
  });
  return (
    <section aria-labelledby="assign-title" id="assign">
      <h2 id="assign-title">{text.title}</h2>
      <p>{text.lead}</p>
      <ActionForm form={form} labels={{ userIds: text.members, choices: text.sections }} summaryTitle={text.errorSummaryTitle} idPrefix="assign-" labelledBy="assign-title">
        <input type="hidden" name="assessmentId" value={assessmentId} />
        <CheckboxGroup name="userIds" label={text.members} options={members} />
        <CheckboxGroup name="choices" label={text.sections} options={sections} />
        <SubmitButton label={text.submit} pendingLabel={text.submitting} />
      </ActionForm>
    </section>
  );
}
