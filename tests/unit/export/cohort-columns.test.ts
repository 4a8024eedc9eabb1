import { describe, expect, it } from "vitest";
import { cohortCsvCells, cohortCsvHeader, dimensionColumnNames, toCohortJsonRow, type CohortExportRow } from "@/lib/export/cohort-columns";
import { cohortCsvChunks, cohortJsonChunks } from "@/lib/export/cohort-documents";
import { dimensionIds } from "@/lib/questionnaire/taxonomy";
import { parseCsv } from "./parse-csv";

const row: CohortExportRow = {
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
  validatedIndex: 38.9,
};

async function* batches(...lists: CohortExportRow[][]) {
  for (const list of lists) yield list;
}

async function collect(chunks: AsyncIterable<string>): Promise<string> {
  let text = "";
  for await (const chunk of chunks) text += chunk;
  return text;
}

describe("the cohort CSV layout", () => {
  it("has one column per profile field, score and dimension of the taxonomy, in a fixed order", () => {
    expect(cohortCsvHeader.slice(0, 15)).toEqual([
      "assessment_id", "firm_name", "country", "sector", "employees", "size_band", "status", "revision", "submitted_at",
      "readiness_index", "readiness_band", "people_score", "process_score", "technology_score", "services_score",
    ]);
    expect(cohortCsvHeader.slice(15, 15 + dimensionIds.length)).toEqual(dimensionColumnNames);
    expect(dimensionColumnNames).toContain("dimension_supply_chain");
    expect(cohortCsvHeader.at(-1)).toBe("validated_index");
    expect(new Set(cohortCsvHeader).size).toBe(cohortCsvHeader.length);
  });

  it("fills every column of a row, the size band derived from employees, missing dimensions empty", () => {
    const cells = cohortCsvCells(row);
    expect(cells).toHaveLength(cohortCsvHeader.length);
    const byName = Object.fromEntries(cohortCsvHeader.map((name, i) => [name, cells[i]]));
    expect(byName).toMatchObject({
      employees: 85,
      size_band: "medium",
      revision: 2,
      submitted_at: "2026-03-04T05:06:07.089Z",
      readiness_index: 41.7,
      services_score: null,
      dimension_skills: 2.333333333,
      dimension_automation: 0,
      dimension_supply_chain: 3,
      dimension_intelligence: null,
      validated_index: 38.9,
    });
  });
});

describe("cohortCsvChunks", () => {
  it("writes the BOM and header, then one record per row, across batches, with the firm name neutralised and quoted", async () => {
    const text = await collect(cohortCsvChunks(batches([row], [], [{ ...row, assessmentId: "second", firmName: "Ürün Plastik" }])));
    expect(text.startsWith("\uFEFFassessment_id,firm_name,")).toBe(true);
    const records = parseCsv(text.slice(1));
    expect(records).toHaveLength(3);
    expect(records[0]).toEqual(cohortCsvHeader);
    expect(records[1]![1]).toBe(`'=HYPERLINK("http://evil.example","Plastik, "Maju"")`);
    expect(records[2]!.slice(0, 2)).toEqual(["second", "Ürün Plastik"]);
    for (const record of records) expect(record).toHaveLength(cohortCsvHeader.length);
  });

  it("writes only the header for an empty cohort", async () => {
    expect(parseCsv((await collect(cohortCsvChunks(batches()))).slice(1))).toEqual([cohortCsvHeader]);
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
