// The one place dates and numbers are turned into text for a reader. Screens, the PDF report and
// emails take a Formats for the reader's language; nothing else builds Intl formatters (eslint
// forbids Intl.DateTimeFormat, Intl.NumberFormat and toLocale*String outside lib/i18n).
//
// Moments (Date) are shown in one display time zone, APP_TIME_ZONE (default Asia/Kuala_Lumpur),
// never in the server's own zone: a page rendered on a UTC server still shows the Malaysian day.
// Calendar days stored as YYYY-MM-DD (enrolment windows, review dates) have no zone and are shown
// as written.

/** The display time zone when APP_TIME_ZONE is not set: the programme runs in Malaysia. */
export const defaultTimeZone = "Asia/Kuala_Lumpur";

/**
 * The regional variant each product language is written and formatted in: British English
 * ("2 March 2026", 24-hour clock) and Malaysian Malay ("2 Mac 2026", 12-hour clock with PG/PTG).
 * Adding a language adds its tag here; an unknown language falls back to its own code.
 */
export const formattingLocales: Readonly<Record<string, string>> = { en: "en-GB", ms: "ms-MY" };

/** The BCP 47 tag formatters use for a product language ("ms" → "ms-MY"). */
export function formattingLocale(language: string): string {
  return formattingLocales[language] ?? language;
}

/** True when `value` is an IANA time zone this runtime knows ("Asia/Kuala_Lumpur", "UTC"). */
export function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

export type Formats = {
  /** The BCP 47 tag in use, e.g. "ms-MY". */
  locale: string;
  /** The IANA zone moments are shown in. */
  timeZone: string;

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
  /** A score difference, one decimal with its sign: "+0.5", "−1.0", "0.0". */
  difference: (value: number) => string;
  /** A count or amount with digit grouping, up to `maximumFractionDigits` (default 2): "12,345". */
  number: (value: number, maximumFractionDigits?: number) => string;
  /** A share 0–1 as a whole percentage: 0.42 → "42%". */
  percent: (ratio: number) => string;

  /** The day of a moment, long form: "2 March 2026" / "2 Mac 2026". */
  date: (value: Date) => string;
  /** The day of a moment, short form for tables: "2 Mar 2026". */
  shortDate: (value: Date) => string;
  /** A moment with time and zone, unambiguous for who-did-what-when: "2 Mar 2026, 00:30 GMT+8". */
  dateTime: (value: Date) => string;
  /** The time of day of a moment, for something that just happened: "14:02". */
  time: (value: Date) => string;
  /** A calendar day stored as YYYY-MM-DD (no time zone), long form: "31 January 2027". */
  day: (isoDay: string) => string;
  /** The calendar day (YYYY-MM-DD) a moment falls on in the display time zone, e.g. "today". */
  isoDay: (value: Date) => string;
};

export type FormatOptions = { timeZone?: string };

// Building a formatter looks up locale and zone data: about a millisecond for the set below on the
// bench machine, which was the largest single cost of rendering a page when it was done per request.
// Formatters hold no state, so one set per language and zone serves every request.
const formatsByLanguageAndZone = new Map<string, Formats>();

/** The formatters for one language and display zone, built on first use and then shared. */
export function createFormats(language: string, { timeZone = defaultTimeZone }: FormatOptions = {}): Formats {
  const key = `${language}\u0000${timeZone}`;
  let formats = formatsByLanguageAndZone.get(key);
  if (!formats) formatsByLanguageAndZone.set(key, (formats = buildFormats(language, timeZone)));
  return formats;
}

function buildFormats(language: string, timeZone: string): Formats {
  const locale = formattingLocale(language);
  const fixed = (digits: number) => new Intl.NumberFormat(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits });
  const upTo = (digits: number) => new Intl.NumberFormat(locale, { maximumFractionDigits: digits });
  const one = fixed(1);
  const two = fixed(2);
  const level = upTo(1);
  const factor = upTo(2);
  const numbers = new Map<number, Intl.NumberFormat>();
  const signed = new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1, signDisplay: "exceptZero" });
  const percent = new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 0 });
  const longDate = new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone });
  const shortDate = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeZone });
  // dateStyle cannot be combined with timeZoneName, so the parts are spelled out.
  const dateTime = new Intl.DateTimeFormat(locale, { day: "numeric", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit", timeZoneName: "short", timeZone });
  const timeOfDay = new Intl.DateTimeFormat(locale, { hour: "2-digit", minute: "2-digit", timeZone });
  const calendarDay = new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: "UTC" });
  // en-CA writes dates as YYYY-MM-DD; only the digits are used, never shown as words.
  const isoDay = new Intl.DateTimeFormat("en-CA", { year: "numeric", month: "2-digit", day: "2-digit", timeZone });
  return {
    locale,
    timeZone,
    score: (value) => one.format(value),
    precise: (value) => two.format(value),
    index: (value) => one.format(value),
    level: (value) => level.format(value),
    factor: (value) => factor.format(value),
    difference: (value) => signed.format(value),
    number: (value, maximumFractionDigits = 2) => {
      let formatter = numbers.get(maximumFractionDigits);
      if (!formatter) numbers.set(maximumFractionDigits, (formatter = upTo(maximumFractionDigits)));
      return formatter.format(value);
    },
    percent: (ratio) => percent.format(ratio),
    date: (value) => longDate.format(value),
    shortDate: (value) => shortDate.format(value),
    dateTime: (value) => dateTime.format(value),
    time: (value) => timeOfDay.format(value),
    day: (day) => calendarDay.format(new Date(`${day}T00:00:00Z`)),
    isoDay: (value) => {
      const parts = Object.fromEntries(isoDay.formatToParts(value).map((part) => [part.type, part.value]));
      return `${parts.year}-${parts.month}-${parts.day}`;
    },
  };
}
