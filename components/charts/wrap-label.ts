/**
 * Splits an axis label into lines of at most `maxChars` characters at spaces, so long
 * dimension titles fit around a radar chart. A single word longer than the limit keeps its
 * own line rather than being cut. At most `maxLines` lines; the last one ends in "…" when
 * words are left over (the full title is always in the table next to the chart).
 */
export function wrapLabel(text: string, maxChars: number, maxLines = 3): string[] {
  const words = text.trim().split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  for (const word of words) {
    const last = lines[lines.length - 1];
    if (last !== undefined && last.length + 1 + word.length <= maxChars) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = `${kept[maxLines - 1]}…`;
  return kept;
}
