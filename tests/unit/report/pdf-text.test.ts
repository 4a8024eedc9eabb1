import { describe, expect, it } from "vitest";
import { mapPdfText, toPdfText } from "@/lib/report/pdf-text";

describe("toPdfText", () => {
  it("keeps English, Malay and the Latin-1 and WinAnsi punctuation Helvetica prints", () => {
    const text = "Kesediaan “Industri 4.0” – Türkiye, 40–59.9 … • café € ×÷";
    expect(toPdfText(text)).toBe(text);
  });

  it("replaces what Helvetica cannot print with a plain equivalent", () => {
    expect(toPdfText("MYR 254 billion → MYR 392 billion")).toBe("MYR 254 billion -> MYR 392 billion");
    expect(toPdfText("CO₂ − 10 %")).toBe("CO2 - 10 %");
    expect(toPdfText("12\u202f000 ≥ 5")).toBe("12 000 >= 5");
    expect(toPdfText("Ş Ł 中")).toBe("S ? ?");
  });
});

describe("mapPdfText", () => {
  it("maps every string of plain data and leaves numbers alone", () => {
    expect(mapPdfText({ a: ["x → y", 1], b: { c: "−2" }, d: null })).toEqual({ a: ["x -> y", 1], b: { c: "-2" }, d: null });
  });
});
