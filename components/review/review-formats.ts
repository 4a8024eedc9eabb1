import { createNumberFormats, type NumberFormats } from "@/components/results/number-formats";

// How the review screens show numbers and moments: the results formats, plus a date with time and
// zone for the history (who did what when must be unambiguous) and signed differences.

export type ReviewFormats = NumberFormats & {
  /** "1 Mar 2026, 09:05 UTC" */
  dateTime: (value: Date) => string;
  /** A score difference, one decimal with its sign: "+0.5", "−1.0", "0.0". */
  difference: (value: number) => string;
};

const regionalLocales: Readonly<Record<string, string>> = { en: "en-GB", ms: "ms-MY" };

export function createReviewFormats(language: string): ReviewFormats {
  const locale = regionalLocales[language] ?? language;
  // dateStyle cannot be combined with timeZoneName, so the parts are spelled out.
  const dateTime = new Intl.DateTimeFormat(locale, { day: "numeric", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit", timeZoneName: "short" });
  const signed = new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1, signDisplay: "exceptZero" });
  return { ...createNumberFormats(language), dateTime: (value) => dateTime.format(value), difference: (value) => signed.format(value) };
}
