// How long a submission has waited for the officer, in whole calendar days of the app's display
// time zone (Malaysia): submitted at 00:30 on 2 March (16:30 UTC on 1 March) and read at 23:00
// the same day is "today", not "1 day", whatever zone the server runs in. The caller passes the
// day reader of its Formats (lib/i18n: formats.isoDay), the one place zones are handled.

const millisecondsPerDay = 86_400_000;

/** Days since the epoch of a YYYY-MM-DD calendar day (no zone: a day is a day). */
function dayNumber(isoDay: string): number {
  return Date.parse(`${isoDay}T00:00:00Z`) / millisecondsPerDay;
}

/**
 * Whole calendar days from the day of `since` to the day of `now` in the display zone; 0 on the
 * same day, never negative (a clock running behind the database must not show "-1 days").
 */
export function daysWaiting(since: Date, now: Date, isoDayOf: (moment: Date) => string): number {
  return Math.max(0, Math.round(dayNumber(isoDayOf(now)) - dayNumber(isoDayOf(since))));
}
