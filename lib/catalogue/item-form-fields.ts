// The catalogue form's field names and row counts, apart from its zod schema: the editor needs
// these when it is drawn, the schema only when the person starts typing (decision 009).

/** The form field of a path in the item: its parts joined with "-". */
export const fieldName = (...parts: ReadonlyArray<string | number>): string => parts.join("-");

export type CatalogueFormValues = Record<string, string | string[]>;

/** Empty rows offered after the filled ones, so figures and conditions can be added without JavaScript. */
export const blankRows = 2;
/** A form never yields more rows than this (a forged post cannot make the server build thousands). */
export const maxRows = 50;

/** Row indices present in the values for "prefix-<index>-…", ascending, capped at maxRows. */
export function rowIndices(values: CatalogueFormValues, prefix: string): number[] {
  // eslint-disable-next-line security/detect-non-literal-regexp -- prefix is one of this module's field names (letters and hyphens)
  const pattern = new RegExp(`^${prefix}-(\\d{1,3})-`);
  const indices = new Set<number>();
  for (const name of Object.keys(values)) {
    const match = pattern.exec(name);
    if (match) indices.add(Number(match[1]));
  }
  return [...indices].sort((a, b) => a - b).slice(0, maxRows);
}

/** How many rows of "prefix-<index>" the form shows: the filled ones (or submitted ones) and blankRows more. */
export function countFormRows(values: CatalogueFormValues, prefix: string): number {
  const indices = rowIndices(values, prefix);
  return Math.min((indices.length === 0 ? 0 : indices.at(-1)! + 1) + blankRows, maxRows);
}

