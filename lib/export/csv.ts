// CSV as RFC 4180 writes it, with spreadsheet formula injection neutralised.
//
// Written by hand rather than taken from a library: it is about thirty lines, and the part that
// matters here, the injection rule, is ours to decide and is tested case by case
// (tests/unit/export/csv.test.ts). Libraries differ on it or leave it to the caller.
//
// Injection: a spreadsheet opening the file treats a text cell that starts with = + - @ (or a
// tab or carriage return, which some programs skip before reading the formula) as a formula, so
// a firm named `=HYPERLINK("http://evil","Click")` would run in the officer's spreadsheet. Such
// text cells get a leading apostrophe, which spreadsheets read as "this is text" (OWASP's advice).
// Numbers we write ourselves are not text: -1.5 stays a number.

/** A cell: text (from people or the database), a number we computed, or empty. */
export type CsvCell = string | number | null | undefined;

const formulaTriggers = new Set(["=", "+", "-", "@", "\t", "\r"]);

/** Text a spreadsheet will not run as a formula. */
export function neutraliseFormula(text: string): string {
  return text.length > 0 && formulaTriggers.has(text[0]!) ? `'${text}` : text;
}

/** One field: quoted when it holds a comma, a quote or a line break, with quotes doubled (RFC 4180 §2.6–2.7). */
export function csvField(cell: CsvCell): string {
  if (cell === null || cell === undefined) return "";
  if (typeof cell === "number") {
    if (!Number.isFinite(cell)) throw new RangeError(`cannot write ${cell} to CSV`);
    return String(cell);
  }
  const text = neutraliseFormula(cell);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** One record, ending in CRLF as RFC 4180 prescribes. */
export function csvRecord(cells: readonly CsvCell[]): string {
  return `${cells.map(csvField).join(",")}\r\n`;
}

/**
 * Marks the file as UTF-8 for spreadsheet programs, which otherwise read it in the system's
 * legacy code page and garble names such as "Pemprosesan Ürün". Parsers that follow the
 * standard skip it.
 */
export const utf8ByteOrderMark = "\uFEFF";
