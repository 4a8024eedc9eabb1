import { describe, expect, it } from "vitest";
import { attachmentDisposition, cohortExportFilename, slugify } from "@/lib/export/export-filename";

describe("export file names", () => {
  it("name the programme as an ASCII slug and the UTC day of the export", () => {
    expect(cohortExportFilename("Penang Smart Factory Cohort 2026", new Date("2026-05-04T23:30:00Z"), "csv")).toBe("cohort-penang-smart-factory-cohort-2026-2026-05-04.csv");
    expect(slugify("Program Pendigitalan Industri Makanan — Selangor", "programme")).toBe("program-pendigitalan-industri-makanan-selangor");
    expect(slugify("Ürün  Kümesi", "programme")).toBe("urun-kumesi");
    expect(slugify("日本", "programme")).toBe("programme");
    expect(slugify("x".repeat(80), "programme")).toHaveLength(60);
  });

  it("make a Content-Disposition that cannot be broken out of", () => {
    expect(attachmentDisposition("cohort.csv")).toBe('attachment; filename="cohort.csv"');
    expect(attachmentDisposition('a"b\r\nc.csv')).toBe('attachment; filename="abc.csv"');
  });
});
