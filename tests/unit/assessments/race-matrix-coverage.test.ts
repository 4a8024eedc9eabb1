// The race matrix (tests/integration/races) must run every operation that changes an assessment's
// state. An operation joins the lifecycle's `mutatingOperations`, the matrix's registry is typed by
// that list, and this test finds every query that writes a lifecycle table and asks which matrix
// operation runs it: a new writer nobody put in the matrix fails here.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { mutatingOperations } from "@/lib/assessments/lifecycle";
import { raceOperations } from "../../integration/races/race-operations";

const queriesDir = join(process.cwd(), "lib/db/queries");
const lifecycleTables = ["assessments", "assessmentRevisions", "indicatorValidations", "reviewComments", "reviewDecisions"];
// A write through the query builder (`.update(assessments)`) or in a raw `sql` template (`update ${assessments}`).
const tableNames = lifecycleTables.join("|");
const writes = new RegExp(`\\.(insert|update|delete)\\((${tableNames})\\)|(insert into|update|delete from) \\$\\{(${tableNames})\\}`, "i");

type Writer = { name: string; file: string; body: string };

/** Exported query functions whose own body (or a private helper's it calls) writes a lifecycle table. */
function lifecycleWriters(): Writer[] {
  const writers: Writer[] = [];
  // Recursive: an area may be a folder (lib/db/queries/review/).
  for (const file of readdirSync(queriesDir, { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".ts"))) {
    const source = readFileSync(join(queriesDir, file), "utf8");
    const chunks = source.split(/\n(?=(?:export )?(?:async )?function )/);
    const privateWriters = chunks
      .filter((chunk) => !chunk.startsWith("export") && writes.test(chunk))
      .map((chunk) => /function (\w+)/.exec(chunk)?.[1])
      .filter((name): name is string => Boolean(name));
    for (const chunk of chunks) {
      const name = /^export (?:async )?function (\w+)/.exec(chunk)?.[1];
      if (!name) continue;
      if (writes.test(chunk) || privateWriters.some((helper) => new RegExp(`\\b${helper}\\(`).test(chunk))) writers.push({ name, file, body: chunk });
    }
  }
  return writers.sort((a, b) => `${a.file}:${a.name}`.localeCompare(`${b.file}:${b.name}`));
}

describe("the race matrix's coverage", () => {
  it("has an entry for every mutating operation of the lifecycle", () => {
    expect(Object.keys(raceOperations).sort()).toEqual([...mutatingOperations].sort());
  });

  it("runs every query that writes an assessment, a revision or a review", () => {
    const covered = new Set(Object.values(raceOperations).flatMap((operation) => operation.queries));
    const writers = lifecycleWriters();
    expect(writers.map((writer) => writer.name)).toEqual(expect.arrayContaining(["setIndicatorValidation", "addReviewComment", "approveAssessment", "returnAssessment"]));
    expect(writers.length).toBeGreaterThanOrEqual(7);
    // A shared skeleton (the review commands' runReviewCommand) is run by the matrix when a covered writer calls it.
    const calledByCovered = (writer: Writer) => writers.some((caller) => covered.has(caller.name) && new RegExp(`\\b${writer.name}\\(`).test(caller.body));
    expect(writers.filter((writer) => !covered.has(writer.name) && !calledByCovered(writer)).map((writer) => `${writer.file}:${writer.name}`)).toEqual([]);
  });
});
