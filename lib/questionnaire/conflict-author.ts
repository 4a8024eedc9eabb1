import type { Formats } from "@/lib/i18n/format";
import type { Translate } from "@/lib/i18n";

/**
 * The line of a conflict that names who saved the other answer: "Aisyah changed this answer at
 * 14:02; check it." The time alone when it was today, with the date otherwise.
 */
export function describeConflictAuthor(change: { byName: string; at: Date }, t: Translate, formats: Formats, now: Date = new Date()): string {
  const today = formats.isoDay(change.at) === formats.isoDay(now);
  return t("authorship.conflictBy", { name: change.byName, time: today ? formats.time(change.at) : formats.dateTime(change.at) });
}
