import { describe, expect, it } from "vitest";
import {
  cohortCsvCells,
  cohortCsvHeader,
  dimensionColumnNames,
  gapColumnNames,
  targetColumnNames,
  toCohortJsonRow,
  validatedDimensionColumnNames,
  type CohortCsvLabels,
  type CohortCsvRow,
} from "@/lib/export/cohort-columns";
import { cohortCsvChunks, cohortJsonChunks } from "@/lib/export/cohort-documents";
import { dimensionIds } from "@/lib/questionnaire/taxonomy";
import { parseCsv } from "./parse-csv";

const row: CohortCsvRow = {
  assessmentId: "7f1d2b8e-4c3a-4e5f-9a0b-1c2d3e4f5a6b",
  firmName: '=HYPERLINK("http://evil.example","Plastik, \"Maju\"")',
  country: "MY",
  sector: "22",
  employees: 85,
  status: "approved",
  revision: 2,
  submittedAt: new Date("2026-03-04T05:06:07.089Z"),
  readinessIndex: 41.7,
  readinessBand: "adopter",
  peopleScore: 2.333333333,
  processScore: 2,
  technologyScore: 1.916666667,
  servicesScore: null,
  dimensionScores: { skills: 2.333333333, automation: 0, "supply-chain": 3 },
  validatedIndex: 38.94444444,
  validatedBand: "explorer",
  validatedDimensionScores: { skills: 1.666666667, automation: 0, "supply-chain": 3 },
  dimensionTargets: { skills: { target: 3, gap: 0.666666667 }, automation: { target: 1, gap: 1 }, "supply-chain": { target: 2, gap: 0 } },
};

const labels: CohortCsvLabels = {
  country: (code) => ({ MY: "Malaysia" })[code] ?? code,
  sector: (code) => ({ "22": "Rubber and plastics products" })[code] ?? code,
  size: (band) => ({ micro: "Micro", small: "Small", medium: "Medium", large: "Large" })[band],
  band: (band) => ({ adopter: "Adopter", explorer: "Explorer" })[band] ?? band,
};

async function* batches(...lists: CohortCsvRow[][]) {
  for (const list of lists) yield list;
}

async function collect(chunks: AsyncIterable<string>): Promise<string> {
  let text = "";
  for await (const chunk of chunks) text += chunk;
  return text;
}

describe("the cohort CSV layout", () => {
  it("has codes with their labels beside them, scores, then targets, gaps and validated scores per dimension, in a fixed order", () => {
    expect(cohortCsvHeader.slice(0, 19)).toEqual([
      "assessment_id", "firm_name", "country", "country_name", "sector", "sector_name", "employees", "size_band", "size_band_name", "status", "revision",
      "submitted_at", "readiness_index", "readiness_band", "readiness_band_name", "people_score", "process_score", "technology_score", "services_score",
    ]);
    const n = dimensionIds.length;
    expect(cohortCsvHeader.slice(19, 19 + 3 * n)).toEqual([...dimensionColumnNames, ...targetColumnNames, ...gapColumnNames]);
    expect(cohortCsvHeader.slice(19 + 3 * n)).toEqual(["validated_index", "validated_band", "validated_band_name", ...validatedDimensionColumnNames]);
    expect(dimensionColumnNames).toContain("dimension_supply_chain");
    expect(targetColumnNames).toContain("target_supply_chain");
    expect(validatedDimensionColumnNames).toContain("validated_supply_chain");
    expect(new Set(cohortCsvHeader).size).toBe(cohortCsvHeader.length);
  });

  it("fills every column of a row: labels beside codes, figures to two decimals, missing dimensions empty", () => {
    const cells = cohortCsvCells(row, labels);
    expect(cells).toHaveLength(cohortCsvHeader.length);
    const byName = Object.fromEntries(cohortCsvHeader.map((name, i) => [name, cells[i]]));
    expect(byName).toMatchObject({
      country: "MY",
      country_name: "Malaysia",
      sector: "22",
      sector_name: "Rubber and plastics products",
      employees: 85,
      size_band: "medium",
      size_band_name: "Medium",
      revision: 2,
      submitted_at: "2026-03-04T05:06:07.089Z",
      readiness_index: 41.7,
      readiness_band: "adopter",
      readiness_band_name: "Adopter",
      people_score: 2.33,
      technology_score: 1.92,
      services_score: null,
      dimension_skills: 2.33,
      dimension_automation: 0,
      dimension_supply_chain: 3,
      dimension_intelligence: null,
      target_skills: 3,
      target_supply_chain: 2,
      target_intelligence: null,
      gap_skills: 0.67,
      gap_automation: 1,
      gap_supply_chain: 0,
      validated_index: 38.94,
      validated_band: "explorer",
      validated_band_name: "Explorer",
      validated_skills: 1.67,
      validated_automation: 0,
      validated_intelligence: null,
    });
  });

  it("leaves the validated columns empty before approval", () => {
    const cells = cohortCsvCells({ ...row, status: "submitted", validatedIndex: null, validatedBand: null, validatedDimensionScores: null }, labels);
    const byName = Object.fromEntries(cohortCsvHeader.map((name, i) => [name, cells[i]]));
    expect(byName).toMatchObject({ validated_index: null, validated_band: null, validated_band_name: null, validated_skills: null });
  });

  it("keeps full precision in the JSON rows, without the CSV's extra columns", () => {
    const json = toCohortJsonRow(row);
    expect(json.peopleScore).toBe(2.333333333);
    expect(json.validatedIndex).toBe(38.94444444);
    expect(Object.keys(json)).not.toContain("dimensionTargets");
    expect(Object.keys(json)).not.toContain("validatedDimensionScores");
  });
});

describe("cohortCsvChunks", () => {
  it("writes the BOM and header, then one record per row, across batches, with the firm name neutralised and quoted", async () => {
    const text = await collect(cohortCsvChunks(batches([row], [], [{ ...row, assessmentId: "second", firmName: "Ürün Plastik" }]), labels));
    expect(text.startsWith("\uFEFFassessment_id,firm_name,")).toBe(true);
    const records = parseCsv(text.slice(1));
    expect(records).toHaveLength(3);
    expect(records[0]).toEqual(cohortCsvHeader);
    expect(records[1]![1]).toBe(`'=HYPERLINK("http://evil.example","Plastik, "Maju"")`);
    expect(records[2]!.slice(0, 2)).toEqual(["second", "Ürün Plastik"]);
    for (const record of records) expect(record).toHaveLength(cohortCsvHeader.length);
  });

  it("writes only the header for an empty cohort", async () => {
    expect(parseCsv((await collect(cohortCsvChunks(batches(), labels))).slice(1))).toEqual([cohortCsvHeader]);
  });
});

describe("cohortJsonChunks", () => {
  it("is one JSON document: the head's fields, then every row of every batch", async () => {
    const head = { programme: { id: "p", name: "Penang" }, filter: { status: "all" }, exportedAt: "2026-05-01T00:00:00.000Z" };
    const parsed = JSON.parse(await collect(cohortJsonChunks(head, batches([row], [], [row, row])))) as Record<string, unknown>;
    expect(parsed).toEqual({ ...head, rows: [toCohortJsonRow(row), toCohortJsonRow(row), toCohortJsonRow(row)] });
    expect(toCohortJsonRow(row)).toMatchObject({ sizeBand: "medium", submittedAt: "2026-03-04T05:06:07.089Z", firmName: row.firmName });
  });

  it("is valid JSON with no rows and with an empty head", async () => {
    expect(JSON.parse(await collect(cohortJsonChunks({ a: 1 }, batches())))).toEqual({ a: 1, rows: [] });
    expect(JSON.parse(await collect(cohortJsonChunks({}, batches([row]))))).toEqual({ rows: [toCohortJsonRow(row)] });
  });
});
