import "server-only";
import type { Executor } from "../client";

/** The events people are told about: officers of new submissions, the firm's managers of decisions. */
export type AssessmentEvent =
  | { kind: "assessment.submitted"; assessmentId: string }
  | { kind: "assessment.returned"; assessmentId: string; reason: string }
  | { kind: "assessment.approved"; assessmentId: string };

/**
 * Records the in-app notifications and the emails for one event, in the caller's transaction
 * (pass the transaction handle). Emails are delivered after commit by deliverPendingEmails.
 */
export async function notifyAssessmentEvent(executor: Executor, event: AssessmentEvent): Promise<void> {
  // Placeholder until the notifications work lands: the signature is the contract callers use.
  void executor;
  void event;
}
