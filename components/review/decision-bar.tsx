"use client";

import { useRef, useState, useSyncExternalStore, type ReactNode } from "react";
import type { FormMessages } from "@/components/forms/form-messages";
import type { FormAction } from "@/components/forms/use-action-form";
import { ApproveForm, type ApproveFormLabels } from "./approve-form";
import { ReturnForm, type ReturnFormLabels } from "./return-form";

export type Decision = "approve" | "return";

export type DecisionBarLabels = {
  bar: string;
  openApprove: string;
  openReturn: string;
  cancel: string;
  approve: ApproveFormLabels;
  return: ReturnFormLabels;
};

type Props = {
  approveAction: FormAction;
  returnAction: FormAction;
  messages: FormMessages;
  target: { assessmentId: string; revision: number };
  pagePath: string;
  labels: DecisionBarLabels;
  /** The confirmation's summary lines: validated and self-assessed index, levels adjusted, comments. */
  summary: string[];
  /** The confirmation the address asks for (?confirm=…): the page shows it as a section, the path without JavaScript. */
  confirm: Decision | null;
};

export const confirmAnchor = "confirm";

const noSubscription = () => () => {};

/**
 * The bar at the foot of the viewport with "Approve…" and "Return to firm…". With JavaScript each
 * opens a native modal dialog with the summary and the decision's form (focus moves in, Escape
 * closes, focus returns to the button). Without it they are links to the same page with
 * ?confirm=…, which shows the confirmation as a section; its form posts back there. Either way the
 * decision is the one server action of each form.
 */
export function DecisionBar({ approveAction, returnAction, messages, target, pagePath, labels, summary, confirm }: Props) {
  // False on the server and in the first render, true once the page is interactive.
  const interactive = useSyncExternalStore(noSubscription, () => true, () => false);
  const dialog = useRef<HTMLDialogElement>(null);
  const [open, setOpen] = useState<Decision | null>(null);

  const openDialog = (decision: Decision) => {
    setOpen(decision);
    // The dialog's content is drawn first, so showModal focuses its first field or button.
    requestAnimationFrame(() => dialog.current?.showModal());
  };

  const confirmation = (decision: Decision, close: ReactNode) => {
    const permalink = `${pagePath}?confirm=${decision}#${confirmAnchor}`;
    const summaryList = (
      <ul className="review-confirm-summary" data-testid="decision-summary">
        {summary.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
    );
    return decision === "approve" ? (
      <ApproveForm action={approveAction} messages={messages} target={target} permalink={permalink} labels={labels.approve} cancel={close}>
        {summaryList}
      </ApproveForm>
    ) : (
      <ReturnForm action={returnAction} messages={messages} target={target} permalink={permalink} labels={labels.return} cancel={close}>
        {summaryList}
      </ReturnForm>
    );
  };

  return (
    <>
      {confirm && open === null ? (
        <section id={confirmAnchor} className="review-confirmation" aria-labelledby={`${confirm}-heading`}>
          {confirmation(
            confirm,
            <a className="button-row__link" href={pagePath}>
              {labels.cancel}
            </a>,
          )}
        </section>
      ) : null}
      {interactive ? (
        <dialog
          ref={dialog}
          className="review-dialog"
          aria-labelledby={open ? `${open}-heading` : undefined}
          onClose={() => setOpen(null)}
        >
          {open
            ? confirmation(
                open,
                <button type="button" className="button button--secondary" onClick={() => dialog.current?.close()}>
                  {labels.cancel}
                </button>,
              )
            : null}
        </dialog>
      ) : null}
      <div className="review-decision-bar" role="region" aria-label={labels.bar}>
        <div className="container review-decision-bar__inner">
          {interactive ? (
            <>
              <button type="button" className="button" aria-haspopup="dialog" onClick={() => openDialog("approve")}>
                {labels.openApprove}
              </button>
              <button type="button" className="button button--secondary" aria-haspopup="dialog" onClick={() => openDialog("return")}>
                {labels.openReturn}
              </button>
            </>
          ) : (
            <>
              <a className="button" href={`${pagePath}?confirm=approve#${confirmAnchor}`}>
                {labels.openApprove}
              </a>
              <a className="button button--secondary" href={`${pagePath}?confirm=return#${confirmAnchor}`}>
                {labels.openReturn}
              </a>
            </>
          )}
        </div>
      </div>
    </>
  );
}
