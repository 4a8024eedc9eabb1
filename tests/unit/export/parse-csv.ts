// A strict RFC 4180 reader for the tests (independent of the writer under test): fields separated
// by commas, records by CRLF, quoted fields may hold commas, quotes (doubled) and line breaks.
export function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = "";
  let i = 0;
  let quoted = false;
  let fieldStarted = false;
  while (i < text.length) {
    const char = text[i]!;
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i += 2;
      } else if (char === '"') {
        quoted = false;
        i += 1;
      } else {
        field += char;
        i += 1;
      }
    } else if (char === '"' && !fieldStarted) {
      quoted = true;
      fieldStarted = true;
      i += 1;
    } else if (char === ",") {
      record.push(field);
      field = "";
      fieldStarted = false;
      i += 1;
    } else if (char === "\r" && text[i + 1] === "\n") {
      record.push(field);
      records.push(record);
      record = [];
      field = "";
      fieldStarted = false;
      i += 2;
    } else if (char === '"' || char === "\r" || char === "\n") {
      throw new Error(`unquoted ${JSON.stringify(char)} at ${i}: not RFC 4180`);
    } else {
      field += char;
      fieldStarted = true;
      i += 1;
    }
  }
  if (quoted) throw new Error("unterminated quoted field");
  if (fieldStarted || record.length > 0) throw new Error("last record does not end with CRLF");
  return records;
}
