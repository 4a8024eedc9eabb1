import { cohortCsvCells, cohortCsvHeader, toCohortJsonRow, type CohortCsvLabels, type CohortCsvRow, type CohortExportRow } from "./cohort-columns";
import { csvRecord, utf8ByteOrderMark } from "./csv";

// The two export formats as text chunks, one chunk per batch of rows, for streamText.

/** The CSV file: byte-order mark and header, then one record per row. */
export async function* cohortCsvChunks(batches: AsyncIterable<readonly CohortCsvRow[]>, labels: CohortCsvLabels): AsyncGenerator<string> {
  yield utf8ByteOrderMark + csvRecord(cohortCsvHeader);
  for await (const batch of batches) {
    if (batch.length > 0) yield batch.map((row) => csvRecord(cohortCsvCells(row, labels))).join("");
  }
}

/**
 * The JSON document: `head`'s fields, then `rows` (written last so rows can stream). `head` must be
 * a plain object without a `rows` key.
 */
export async function* cohortJsonChunks(head: Readonly<Record<string, unknown>>, batches: AsyncIterable<readonly CohortExportRow[]>): AsyncGenerator<string> {
  const opening = JSON.stringify(head);
  yield `${opening.slice(0, -1)}${opening.length > 2 ? "," : ""}"rows":[`;
  let first = true;
  for await (const batch of batches) {
    if (batch.length === 0) continue;
    yield `${first ? "" : ","}${batch.map((row) => JSON.stringify(toCohortJsonRow(row))).join(",")}`;
    first = false;
  }
  yield "]}";
}
