"use client";

import type { ReactNode } from "react";
import { FormProvider, useForm, useFormState, useWatch } from "react-hook-form";
import type { AnswerValue } from "@/lib/questionnaire/answer-fields";
import { countsAsAnswered } from "@/lib/questionnaire/field-rules";
import type { PageProgress } from "@/lib/questionnaire/page-progress";
import { summariseProblem } from "@/lib/questionnaire/problem-message";
import { usePageFields } from "./page-fields-context";
import { useAutosave, type AutosaveStatus } from "./use-autosave";

export type AutosaveLabels = {
  saved: string;
  saving: string;
  offline: string;
  failed: string;
  retry: string;
  invalid: string;
  locked: string;
  /** The section is not assigned to this contributor (any more). */
  notAssigned: string;
  conflictTitle: string;
  conflictLead: string;
  yours: string;
  theirs: string;
  keepMine: string;
  useTheirs: string;
  empty: string;
  /** "{problem} – not saved.", with the field's name and rule in place of {problem}. */
  notSavedAnswer: string;
  /** "{answered} of {total} answered". */
  answered: string;
};


type Props = {
  assessmentId: string;
  /** The question page's form; without one (the overview) the island only sends what is queued. */
  formId?: string;
  labels: AutosaveLabels;
  progress?: PageProgress;
  /** The jump list of the questionnaire's pages, rendered on the server. */
  jumpList?: ReactNode;
  /** The visible text of an answer of this page, for the conflict panel ("Level 2 – Developing"). */
  describe?: Record<string, Record<string, string>>;
};

const noProgress: PageProgress = { answeredElsewhere: 0, total: 0, counted: [] };

/**
 * The question page's sticky bar (progress, save status, jump list) and the conflict panel, over
 * the page's react-hook-form state and the autosave hook. Without JavaScript the bar shows the
 * progress as saved and the form posts normally.
 */
export function AutosaveIsland(props: Props) {
  return props.formId ? <AutosaveBar {...props} formId={props.formId} /> : <QueueSender {...props} />;
}

/** On a page without questions (the overview): answers queued earlier, perhaps offline, are sent from here. */
function QueueSender(props: Props) {
  const methods = useForm();
  return (
    <FormProvider {...methods}>
      <AutosaveBar {...props} formId="" />
    </FormProvider>
  );
}

function AutosaveBar({ assessmentId, formId, labels, progress = noProgress, jumpList, describe = {} }: Props & { formId: string }) {
  const fields = usePageFields();
  const { status, conflicts, resolve, retry } = useAutosave(assessmentId, formId);
  const { errors } = useFormState();
  const counted = useWatch({ name: progress.counted }) as unknown[];
  const answered = progress.answeredElsewhere + progress.counted.filter((field, i) => {
    const rule = fields.get(field);
    return rule ? countsAsAnswered(rule, counted[i]) : false;
  }).length;

  // Each field whose change is not saved, named with the rule it breaks, in page order.
  const unsaved = [...fields.values()].flatMap((rule) => {
    const message = rule.field.split(".").reduce<unknown>((at, key) => (at as Record<string, unknown> | undefined)?.[key], errors) as { message?: string } | undefined;
    return message?.message ? [labels.notSavedAnswer.replace("{problem}", summariseProblem(rule.label, message.message))] : [];
  });
  const text: Record<AutosaveStatus, string> = {
    idle: "",
    saving: labels.saving,
    saved: labels.saved,
    offline: labels.offline,
    failed: labels.failed,
    invalid: unsaved.length > 0 ? "" : labels.invalid,
    locked: labels.locked,
    "not-assigned": labels.notAssigned,
    conflict: "",
  };
  const isError = status === "failed" || status === "locked" || status === "not-assigned" || unsaved.length > 0 || (status === "invalid" && unsaved.length === 0);
  const tone = isError ? " save-status--error" : status === "offline" ? " save-status--offline" : "";
  const valueText = (field: string, value: AnswerValue | null) => {
    if (value === null || (Array.isArray(value) && value.length === 0)) return labels.empty;
    const names = describe[field] ?? {};
    return (Array.isArray(value) ? value.map(String) : [String(value)]).map((v) => names[v] ?? v).join(", ");
  };
  return (
    <>
      <div className={progress.total > 0 ? "question-bar" : undefined}>
        {progress.total > 0 ? (
          <p className="question-bar__progress" data-testid="answered-progress">
            {labels.answered.replace("{answered}", String(answered)).replace("{total}", String(progress.total))}
          </p>
        ) : null}
        <div className={`save-status${tone}`} role="status" aria-live="polite" data-testid="save-status">
          {[text[status], ...unsaved].filter(Boolean).join(" · ")}
          {status === "failed" ? (
            <>
              {" "}
              <button type="button" className="link-button" onClick={retry}>
                {labels.retry}
              </button>
            </>
          ) : null}
        </div>
        {jumpList}
      </div>
      {conflicts.length > 0 ? (
        <section className="conflict-panel" role="alert" aria-labelledby="conflict-title">
          <h2 id="conflict-title">{labels.conflictTitle}</h2>
          <p>{labels.conflictLead}</p>
          <ul className="plain-list">
            {conflicts.map((conflict) => (
              <li key={conflict.field} data-conflict={conflict.field}>
                <p>
                  <strong>{fields.get(conflict.field)?.label ?? conflict.field}</strong>
                </p>
                {conflict.by ? <p data-testid="conflict-by">{conflict.by}</p> : null}
                <p>
                  {labels.yours}: {valueText(conflict.field, conflict.mine)}
                  <br />
                  {labels.theirs}: {valueText(conflict.field, conflict.theirs)}
                </p>
                <p className="inline-form">
                  <button type="button" className="button" onClick={() => resolve(conflict, "mine")}>
                    {labels.keepMine}
                  </button>
                  <button type="button" className="button button--secondary" onClick={() => resolve(conflict, "theirs")}>
                    {labels.useTheirs}
                  </button>
                </p>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}
