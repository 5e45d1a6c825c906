/**
 * DfE's open-data files as records: the rows come from the returns' RFC 4180 tokenizer (the
 * project's one CSV reader, src/core/returns), keyed here by the header row's names.
 */
import { csvRows } from "../../src/core/returns";

/** The rows of a CSV text as records keyed by the header row's names (blank lines skipped). */
export function parseCsv(text: string): Record<string, string>[] {
  const rows = csvRows(text);
  const header = rows.shift() ?? [];
  return rows
    .filter((r) => r.length > 1 || (r[0] ?? "") !== "")
    .map((r) => Object.fromEntries(header.map((h, i) => [h.trim(), r[i] ?? ""])));
}
