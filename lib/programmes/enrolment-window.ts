/** Whether a programme takes new firms on a given day (ISO dates, both ends inclusive). */
export type EnrolmentWindowState = "open" | "not-yet-open" | "closed";

export function enrolmentWindowState(window: { opensOn: string | null; closesOn: string | null }, today: string): EnrolmentWindowState {
  if (window.opensOn && today < window.opensOn) return "not-yet-open";
  if (window.closesOn && today > window.closesOn) return "closed";
  return "open";
}
