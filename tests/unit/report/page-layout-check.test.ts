import { describe, expect, it } from "vitest";
import { describeOverlap, findOverlaps, inkedDepth, pageText, parseBboxLayout, parsePgm, type TextBox } from "@/lib/report/page-layout-check";

const word = (text: string, xMin: number, yMin: number, xMax: number, yMax: number): TextBox => ({ text, xMin, yMin, xMax, yMax });

describe("parseBboxLayout", () => {
  it("reads each page's size and word boxes, with entities decoded", () => {
    const xhtml = `<doc>
  <page width="595.28" height="841.89">
    <flow><block xMin="48" yMin="51" xMax="90" yMax="70"><line xMin="48" yMin="51" xMax="90" yMax="70">
      <word xMin="48.000000" yMin="51.640000" xMax="90.220000" yMax="70.140000">ADP</word>
      <word xMin="95.5" yMin="51.64" xMax="120" yMax="70.14">R&amp;D&#8217;s</word>
    </line></block></flow>
  </page>
  <page width="595.28" height="841.89">
    <flow><block><line><word xMin="48" yMin="800" xMax="80" yMax="808">Page</word></line></block></flow>
  </page>
</doc>`;
    const pages = parseBboxLayout(xhtml);
    expect(pages).toHaveLength(2);
    expect(pages[0]).toMatchObject({ width: 595.28, height: 841.89 });
    expect(pages[0]!.words).toEqual([word("ADP", 48, 51.64, 90.22, 70.14), word("R&D’s", 95.5, 51.64, 120, 70.14)]);
    expect(pageText(pages[0]!)).toBe("ADP R&D’s");
    expect(pageText(pages[1]!)).toBe("Page");
  });

  it("reads a document without pages as none", () => {
    expect(parseBboxLayout("<doc></doc>")).toEqual([]);
  });
});

describe("findOverlaps", () => {
  it("finds a large figure printed over the line below it", () => {
    const index = word("53.3", 48, 300, 100, 326);
    const text = word("Digital", 48, 318, 80, 327);
    const overlaps = findOverlaps([word("Band", 120, 300, 150, 309), index, text]);
    expect(overlaps).toHaveLength(1);
    expect(overlaps[0]).toMatchObject({ a: index, b: text });
    expect(describeOverlap(overlaps[0]!)).toBe('"53.3" (48.0,300.0) overlaps "Digital" (48.0,318.0) by 32.0 x 8.0 pt');
  });

  it("finds a title touching the line below it by two points", () => {
    expect(findOverlaps([word("ADP", 48, 51.6, 90, 70.1), word("Syarikat", 48, 68.0, 102, 81)])).toHaveLength(1);
  });

  it("lets neighbouring words and lines touch within the tolerance", () => {
    const words = [word("one", 48, 100, 70, 109.25), word("two", 69.8, 100, 90, 109.25), word("next", 48, 109, 69, 118.25), word("far", 300, 100, 320, 140)];
    expect(findOverlaps(words)).toEqual([]);
    expect(findOverlaps(words, 0.1)).toHaveLength(2);
  });

  it("finds boxes in any order, side by side on one line as well", () => {
    expect(findOverlaps([word("b", 60, 100, 90, 110), word("a", 48, 100, 70, 110)])).toHaveLength(1);
  });
});

/** A P5 image from rows of grey values. */
function pgm(rows: number[][], header = `P5\n${rows[0]!.length} ${rows.length}\n255\n`): Uint8Array {
  return new Uint8Array([...new TextEncoder().encode(header), ...rows.flat()]);
}

describe("parsePgm and inkedDepth", () => {
  it("reads the size and the pixels, skipping a comment in the header", () => {
    const image = parsePgm(pgm([[255, 0, 255]], "P5\n# pdftoppm\n3 1\n255\n"));
    expect(image).toMatchObject({ width: 3, height: 1, maxValue: 255 });
    expect([...image.pixels]).toEqual([255, 0, 255]);
  });

  it("refuses what is not an 8-bit binary PGM, or is cut short", () => {
    expect(() => parsePgm(new TextEncoder().encode("P6\n1 1\n255\n\0\0\0"))).toThrow(/PGM/);
    expect(() => parsePgm(new TextEncoder().encode("P5\n2 2\n255\n\0"))).toThrow(/truncated/);
  });

  it("measures how far down the page the ink reaches, within the margins", () => {
    const white = [255, 255, 255, 255];
    const text = [255, 40, 255, 255];
    const pale = [255, 240, 255, 255];
    const image = parsePgm(pgm([white, text, white, text, pale, white, white, white, white, text]));
    // The last row is the footer: it alone reaches the bottom.
    expect(inkedDepth(image)).toBe(1);
    // Without it (the bottom 10 %), the content stops after row 4 of 9 (a pale row is not ink).
    expect(inkedDepth(image, { bottom: 0.1 })).toBeCloseTo(4 / 9);
    expect(inkedDepth(image, { top: 0.2, bottom: 0.1 })).toBeCloseTo(2 / 7);
    expect(inkedDepth(image, { top: 0.5, bottom: 0.1 })).toBe(0);
    expect(inkedDepth(image, { top: 0.5, bottom: 0.5 })).toBe(0);
  });
});
