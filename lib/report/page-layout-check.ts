// Checks of a rendered PDF's layout, on what poppler-utils reads back from it: the word boxes of
// `pdftotext -bbox-layout` (points, y growing downwards) and a greyscale page image of
// `pdftoppm -gray` (binary PGM). Pure functions, so the rules are unit tested on tiny fixtures and
// the report's layout test only runs the tools and asserts on the answers.

export type TextBox = { text: string; xMin: number; yMin: number; xMax: number; yMax: number };
export type TextPage = { width: number; height: number; words: TextBox[] };

const entities: Readonly<Record<string, string>> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name.startsWith("#x") || name.startsWith("#X")) return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith("#")) return String.fromCodePoint(parseInt(name.slice(1), 10));
    return entities[name] ?? whole;
  });
}

/** The numeric attributes of a tag (`xMin="48.0"` …). */
function attributes(tag: string): Record<string, number> {
  return Object.fromEntries([...tag.matchAll(/([A-Za-z]+)="([^"]*)"/g)].map(([, name = "", value]) => [name, Number(value)]));
}

/** The pages of `pdftotext -bbox-layout` (or `-bbox`) output, each with its size and word boxes in reading order. */
export function parseBboxLayout(xhtml: string): TextPage[] {
  const pages: TextPage[] = [];
  for (const page of xhtml.matchAll(/<page\b([^>]*)>([\s\S]*?)<\/page>/g)) {
    const words = [...page[2]!.matchAll(/<word\b([^>]*)>([\s\S]*?)<\/word>/g)].map(([, tag = "", text = ""]) => {
      const { xMin = Number.NaN, yMin = Number.NaN, xMax = Number.NaN, yMax = Number.NaN } = attributes(tag);
      return { text: decodeEntities(text), xMin, yMin, xMax, yMax };
    });
    const { width = Number.NaN, height = Number.NaN } = attributes(page[1]!);
    pages.push({ width, height, words });
  }
  return pages;
}

/** The text of a page as one line: its words in reading order with single spaces. */
export function pageText(page: TextPage): string {
  return page.words.map((word) => word.text).join(" ");
}

export type Overlap = { a: TextBox; b: TextBox; width: number; height: number };

/**
 * Every pair of word boxes that overlap by more than `tolerance` points both across and down: text
 * printed over other text. Neighbouring words of a line only touch, and a line box (the font's
 * ascent to descent) is shorter than the line spacing, so a well laid-out page has none.
 */
export function findOverlaps(words: readonly TextBox[], tolerance = 0.5): Overlap[] {
  const sorted = [...words].sort((p, q) => p.yMin - q.yMin);
  const overlaps: Overlap[] = [];
  for (let i = 0; i < sorted.length; i += 1) {
    const a = sorted[i]!;
    for (let j = i + 1; j < sorted.length && sorted[j]!.yMin < a.yMax - tolerance; j += 1) {
      const b = sorted[j]!;
      const width = Math.min(a.xMax, b.xMax) - Math.max(a.xMin, b.xMin);
      const height = Math.min(a.yMax, b.yMax) - Math.max(a.yMin, b.yMin);
      if (width > tolerance && height > tolerance) overlaps.push({ a, b, width, height });
    }
  }
  return overlaps;
}

/** A few words of an overlap, for a failure message a reader can find on the page. */
export function describeOverlap({ a, b, width, height }: Overlap): string {
  const at = (box: TextBox) => `"${box.text}" (${box.xMin.toFixed(1)},${box.yMin.toFixed(1)})`;
  return `${at(a)} overlaps ${at(b)} by ${width.toFixed(1)} x ${height.toFixed(1)} pt`;
}

export type GreyImage = { width: number; height: number; maxValue: number; pixels: Uint8Array };

/** A binary greyscale PGM ("P5", 8-bit), as `pdftoppm -gray` writes it. */
export function parsePgm(bytes: Uint8Array): GreyImage {
  // The header is four whitespace-separated ASCII tokens (comments start with #), then one whitespace byte.
  const tokens: string[] = [];
  let i = 0;
  while (tokens.length < 4 && i < bytes.length) {
    const char = String.fromCharCode(bytes[i]!);
    if (char === "#") {
      while (i < bytes.length && bytes[i] !== 0x0a) i += 1;
    } else if (/\s/.test(char)) {
      i += 1;
    } else {
      let token = "";
      while (i < bytes.length && !/\s/.test(String.fromCharCode(bytes[i]!))) token += String.fromCharCode(bytes[i++]!);
      tokens.push(token);
    }
  }
  const [magic, width, height, maxValue] = [tokens[0], Number(tokens[1]), Number(tokens[2]), Number(tokens[3])];
  if (magic !== "P5" || !(width > 0) || !(height > 0) || !(maxValue > 0 && maxValue < 256)) throw new Error("not an 8-bit binary PGM image");
  const pixels = bytes.subarray(i + 1, i + 1 + width * height);
  if (pixels.length !== width * height) throw new Error("PGM image is truncated");
  return { width, height, maxValue, pixels };
}

export type Margins = { top?: number; bottom?: number; whiteBelow?: number };

/**
 * How far down the page the content reaches: the share of the height between the top and bottom
 * margins (shares of the page) that lies above the last pixel row carrying ink (any pixel darker
 * than `whiteBelow` of white). A page that flows into the next one reaches nearly 1; a page left
 * half empty because the next block did not fit stops near 0.5; an empty page is 0.
 */
export function inkedDepth(image: GreyImage, { top = 0, bottom = 0, whiteBelow = 0.9 }: Margins = {}): number {
  const threshold = image.maxValue * whiteBelow;
  const first = Math.round(image.height * top);
  const last = Math.round(image.height * (1 - bottom));
  for (let y = last - 1; y >= first; y -= 1) {
    const row = image.pixels.subarray(y * image.width, (y + 1) * image.width);
    if (row.some((value) => value < threshold)) return (y + 1 - first) / (last - first);
  }
  return 0;
}
