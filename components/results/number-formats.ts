// How results numbers are shown. Stored scores keep 9 decimals; screens show one decimal, and
// the "where this comes from" details show two so a reader can redo the arithmetic.

export type NumberFormats = {
  /** A 0–5 score or gap, one decimal: "2.3". */
  score: (value: number) => string;
  /** A 0–5 score in the traceability details, two decimals: "2.33". */
  precise: (value: number) => string;
  /** The readiness index, one decimal: "40.6". */
  index: (value: number) => string;
  /** A whole level or a required level, without trailing zeros: "3", "2.5". */
  level: (value: number) => string;
  /** A multiplier or weight, up to two decimals: "1.3", "0.75". */
  factor: (value: number) => string;
  /** A date, long form in the reader's language. */
  date: (value: Date) => string;
  /** A calendar day stored as YYYY-MM-DD (no time zone), long form: "31 January 2027". */
  day: (isoDay: string) => string;
};

/** The regional variant each product language is written in (British English; Malaysian Malay). */
const regionalLocales: Readonly<Record<string, string>> = { en: "en-GB", ms: "ms-MY" };

export function createNumberFormats(language: string): NumberFormats {
  const locale = regionalLocales[language] ?? language;
  const fixed = (digits: number) => new Intl.NumberFormat(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits });
  const upTo = (digits: number) => new Intl.NumberFormat(locale, { maximumFractionDigits: digits });
  const one = fixed(1);
  const two = fixed(2);
  const level = upTo(1);
  const factor = upTo(2);
  const date = new Intl.DateTimeFormat(locale, { dateStyle: "long" });
  const day = new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: "UTC" });
  return {
    score: (value) => one.format(value),
    precise: (value) => two.format(value),
    index: (value) => one.format(value),
    level: (value) => level.format(value),
    factor: (value) => factor.format(value),
    date: (value) => date.format(value),
    day: (isoDay) => day.format(new Date(`${isoDay}T00:00:00Z`)),
  };
}
