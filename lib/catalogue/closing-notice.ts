// When an instrument stops taking applications, as the firm should read it: a "Closes in N days"
// badge while the deadline is near, "Open until <date>" before that. Days are calendar days in
// the app's display time zone (a deadline is a Malaysian office day, not a UTC instant), so the
// badge turns over at local midnight, whatever the server's clock zone.

/** The badge shows within this many days of the closing day; further off, the plain date. */
export const closingSoonDays = 60;

export type ClosingNotice =
  | { kind: "closes-in"; days: number; closesOn: string }
  | { kind: "open-until"; closesOn: string }
  | { kind: "not-yet-open"; opensOn: string }
  | { kind: "closed"; closesOn: string };

/** Whole days from one calendar day to another (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/**
 * The notice for an instrument's application window on `today` (YYYY-MM-DD in the display time
 * zone: the formats' isoDay), or undefined when it has no announced end and is already open. The
 * closing day is the last day to apply, so on it the firm has 0 days left ("closes today").
 */
export function closingNotice(window: { opensOn?: string; closesOn?: string }, today: string): ClosingNotice | undefined {
  if (window.opensOn !== undefined && today < window.opensOn) return { kind: "not-yet-open", opensOn: window.opensOn };
  if (window.closesOn === undefined) return undefined;
  const days = daysBetween(today, window.closesOn);
  if (days < 0) return { kind: "closed", closesOn: window.closesOn };
  return days <= closingSoonDays ? { kind: "closes-in", days, closesOn: window.closesOn } : { kind: "open-until", closesOn: window.closesOn };
}
