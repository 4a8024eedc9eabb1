// The report uses the PDF's built-in Helvetica, which covers Latin text in the WinAnsi encoding
// (English and Bahasa Malaysia, accented names such as "Türkiye") and needs no font file on the
// server. A character outside WinAnsi would print as a wrong glyph, so the few that occur in our
// text get a plain equivalent and anything else a "?".

/** Characters of WinAnsi (Windows-1252) above Latin-1's printable range that Helvetica has. */
const winAnsiExtras = new Set("€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ");

const replacements: Readonly<Record<string, string>> = {
  "→": "->",
  "←": "<-",
  "−": "-",
  "≤": "<=",
  "≥": ">=",
  "≈": "~",
  "Σ": "Sum ",
  "\u202f": " ",
  "\u2009": " ",
  "\u2007": " ",
  "\u200b": "",
};

const encodable = (char: string) => {
  const code = char.codePointAt(0)!;
  return code === 0x0a || (code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff) || winAnsiExtras.has(char);
};

/** The text with every character Helvetica (WinAnsi) cannot print replaced by a plain equivalent. */
export function toPdfText(text: string): string {
  let out = "";
  for (const char of text) {
    if (encodable(char)) out += char;
    else if (replacements[char] !== undefined) out += replacements[char];
    else {
      // Subscripts, ligatures and accented letters outside Latin-1 decompose to letters it has ("₂" → "2").
      const plain = char.normalize("NFKD").replace(/[\u0300-\u036f]/g, "");
      out += [...plain].every(encodable) && plain !== "" ? plain : "?";
    }
  }
  return out;
}

/** A copy of plain data (objects, arrays, strings, numbers) with every string passed through toPdfText. */
export function mapPdfText<T>(value: T): T {
  if (typeof value === "string") return toPdfText(value) as T;
  if (Array.isArray(value)) return value.map((item: unknown) => mapPdfText(item)) as T;
  if (value !== null && typeof value === "object" && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, mapPdfText(item)])) as T;
  }
  return value;
}
