export type MeanTerm = { value: number; weight: number };

/**
 * The arithmetic behind a weighted mean as a reader would write it, e.g. "(1 + 0 + 2) ÷ 3"
 * when every weight is equal, or "(2 × 1.5 + 3 × 1) ÷ 2.5" otherwise. It only displays the
 * stored sources of a score; the score shown after "=" is always the stored one.
 */
export function describeMeanExpression(terms: readonly MeanTerm[], value: (n: number) => string, weight: (n: number) => string): string {
  const first = terms[0];
  if (!first) return "";
  const equalWeights = terms.every((term) => term.weight === first.weight);
  if (equalWeights) return `(${terms.map((term) => value(term.value)).join(" + ")}) ÷ ${terms.length}`;
  const total = terms.reduce((sum, term) => sum + term.weight, 0);
  return `(${terms.map((term) => `${value(term.value)} × ${weight(term.weight)}`).join(" + ")}) ÷ ${weight(total)}`;
}
