import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { csvField, csvRecord, neutraliseFormula, utf8ByteOrderMark } from "@/lib/export/csv";
import { parseCsv } from "./parse-csv";

// A cohort export is opened in spreadsheets by officers; a firm's name is typed by the firm. A
// name that starts like a formula must arrive as text, and no name may break the file's columns.

describe("neutraliseFormula", () => {
  it.each([
    ["=HYPERLINK(\"http://evil.example\",\"Click\")", "'=HYPERLINK(\"http://evil.example\",\"Click\")"],
    ["+60 4 123 4567", "'+60 4 123 4567"],
    ["-2+3", "'-2+3"],
    ["@SUM(A1:A9)", "'@SUM(A1:A9)"],
    ["\t=1+1", "'\t=1+1"],
    ["\r=1+1", "'\r=1+1"],
  ])("puts an apostrophe before %j", (text, expected) => {
    expect(neutraliseFormula(text)).toBe(expected);
  });

  it.each(["Plastik Maju Sdn Bhd", "", "'already quoted", " =leading space", "Ürün Plastik", "A=B", "3M Malaysia"])("leaves %j as it is", (text) => {
    expect(neutraliseFormula(text)).toBe(text);
  });
});

describe("csvField", () => {
  it("writes numbers we computed as numbers, negative ones included, and empty cells for null", () => {
    expect(csvField(-1.5)).toBe("-1.5");
    expect(csvField(0)).toBe("0");
    expect(csvField(42.123456789)).toBe("42.123456789");
    expect(csvField(null)).toBe("");
    expect(csvField(undefined)).toBe("");
    expect(() => csvField(Number.NaN)).toThrow(RangeError);
  });

  it("quotes a field with a comma, a quote or a line break and doubles its quotes (RFC 4180)", () => {
    expect(csvField("Tan, Lim & Co")).toBe('"Tan, Lim & Co"');
    expect(csvField('The "Best" Foods')).toBe('"The ""Best"" Foods"');
    expect(csvField("line one\nline two")).toBe('"line one\nline two"');
    expect(csvField("line one\r\nline two")).toBe('"line one\r\nline two"');
    expect(csvField("plain")).toBe("plain");
  });

  it("neutralises and then quotes: a formula with a comma stays one text cell", () => {
    expect(csvField('=HYPERLINK("http://x","y")')).toBe(`"'=HYPERLINK(""http://x"",""y"")"`);
    expect(csvField("\r\n=cmd")).toBe(`"'\r\n=cmd"`);
  });

  it("keeps unicode as it is", () => {
    expect(csvField("Syarikat Ürün 日本 😀")).toBe("Syarikat Ürün 日本 😀");
  });
});

describe("csvRecord", () => {
  it("joins fields with commas and ends with CRLF", () => {
    expect(csvRecord(["a", 1, null, 'q"uote'])).toBe('a,1,,"q""uote"\r\n');
  });

  it("reads back as the same cells for any text, with formula triggers neutralised", () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.string(), fc.string({ unit: "grapheme" }), fc.constantFrom("=1+1", "+x", "-y", "@z", "\tt", "\rr", '"', ",", "\n", "\r\n")), { minLength: 1, maxLength: 8 }), (cells) => {
        const [parsed] = parseCsv(csvRecord(cells));
        expect(parsed).toEqual(cells.map(neutraliseFormula));
        for (const cell of parsed!) expect(/^[=+\-@\t\r]/.test(cell)).toBe(false);
      }),
    );
  });

  it("starts a file with the UTF-8 byte-order mark spreadsheets look for", () => {
    expect(utf8ByteOrderMark).toBe("\uFEFF");
  });
});
