import { describe, expect, it } from "vitest";
import { attachmentDisposition, cohortExportFilename, selectionSlug, slugify } from "@/lib/export/export-filename";

describe("export file names", () => {
  it("name the programme as an ASCII slug and the UTC day of the export", () => {
    expect(cohortExportFilename("Penang Smart Factory Cohort 2026", new Date("2026-05-04T23:30:00Z"), "csv")).toBe("cohort-penang-smart-factory-cohort-2026-2026-05-04.csv");
    expect(slugify("Program Pendigitalan Industri Makanan — Selangor", "programme")).toBe("program-pendigitalan-industri-makanan-selangor");
    expect(slugify("Ürün  Kümesi", "programme")).toBe("urun-kumesi");
    expect(slugify("日本", "programme")).toBe("programme");
    expect(slugify("x".repeat(80), "programme")).toHaveLength(60);
  });

  it("say which filter made the export (issue 17), and 'all' when none did", () => {
    const day = new Date("2026-05-04T10:00:00Z");
    expect(cohortExportFilename("Kedah Export Cohort", day, "csv", { filter: {}, status: "all" })).toBe("cohort-kedah-export-cohort-all-2026-05-04.csv");
    expect(cohortExportFilename("Kedah Export Cohort", day, "csv", { filter: { sector: "22" }, status: "submitted" })).toBe(
      "cohort-kedah-export-cohort-submitted-sector-22-2026-05-04.csv",
    );
    expect(selectionSlug({ filter: { sector: "10", size: "small", from: "2026-01-01", to: "2026-03-31" }, status: "approved", band: "explorer", q: "Plastik Maju!" })).toBe(
      "approved-explorer-sector-10-small-from-2026-01-01-to-2026-03-31-name-plastik-maju",
    );
    expect(selectionSlug({ filter: {}, status: "all", q: "日本" })).toBe("name-search");
  });

  it("make a Content-Disposition that cannot be broken out of", () => {
    expect(attachmentDisposition("cohort.csv")).toBe('attachment; filename="cohort.csv"');
    expect(attachmentDisposition('a"b\r\nc.csv')).toBe('attachment; filename="abc.csv"');
  });
});
