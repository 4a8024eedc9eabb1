import { closingNotice } from "@/lib/catalogue/closing-notice";
import { isInstrument, type CatalogueItem } from "@/lib/catalogue/item-schema";
import type { Translate } from "@/lib/i18n";
import type { LocaleId } from "@/lib/questionnaire/taxonomy";

/** What a firm needs to act on a recommended instrument, in the reader's language. */
export type InstrumentAction = {
  /** "Closes in 12 days" (soon: shown as a badge), "Open until 31 March 2027" or "Opens on …". */
  deadline?: { text: string; soon: boolean };
  website?: string;
  contact?: string;
  whoMayApply?: string;
  steps: string[];
};

/**
 * The how-to-apply block and application window of an instrument, or undefined for a case study
 * or an instrument with neither (stored before the block existed, with no closing date).
 * `today` is the day in the display time zone (formats.isoDay).
 */
export function instrumentAction(item: CatalogueItem, locale: LocaleId, today: string, t: Translate, day: (isoDay: string) => string): InstrumentAction | undefined {
  if (!isInstrument(item)) return undefined;
  const notice = closingNotice(item.eligibility, today);
  const deadline =
    notice === undefined || notice.kind === "closed"
      ? undefined
      : notice.kind === "closes-in"
        ? {
            soon: true,
            text: notice.days === 0 ? t("results.howToApply.closesToday") : notice.days === 1 ? t("results.howToApply.closesTomorrow") : t("results.howToApply.closesIn", { days: notice.days }),
          }
        : notice.kind === "open-until"
          ? { soon: false, text: t("results.howToApply.openUntil", { date: day(notice.closesOn) }) }
          : { soon: false, text: t("results.howToApply.opensOn", { date: day(notice.opensOn) }) };
  const apply = item.howToApply;
  if (!apply && !deadline) return undefined;
  return {
    ...(deadline ? { deadline } : {}),
    ...(apply?.website ? { website: apply.website } : {}),
    ...(apply?.contact ? { contact: apply.contact[locale] } : {}),
    ...(apply ? { whoMayApply: apply.whoMayApply[locale] } : {}),
    steps: apply?.steps.map((step) => step[locale]) ?? [],
  };
}
