/**
 * Reads one CSV file of the SSDA903 return: the table is recognised by its header row (any
 * file name), the rows streamed through the tokenizer into the model. A file that is no 903
 * table, or lacks a column the figures read, is one fatal problem naming the file; the rest of
 * such a file is not read.
 */
import { CsvTokenizer } from "../common/csv";
import type { ReturnSource } from "../types";
import { addRecord } from "./build";
import type { File903, Return903 } from "./model";
import { TABLES_903, tableOfHeader, type Table903 } from "./tables";

/**
 * Reads a CSV source into the return (which may already hold other files' tables).
 * @returns false when the file could not be used (a fatal problem was added).
 */
export async function readCsv903(source: ReturnSource, ret: Return903): Promise<boolean> {
  const file: File903 = { name: source.name, form: "csv", tables: [], eventYears: new Map() };
  let table: Table903 | undefined;
  let index = new Map<string, number>();
  let failed = false;
  let fields: string[] = [];
  const get = Object.assign(
    (f: string): string => {
      const i = index.get(f);
      return i === undefined ? "" : (fields[i] ?? "").trim();
    },
    { has: (f: string) => index.has(f) },
  );
  const fatal = (code: string, message: string, column?: string) => {
    failed = true;
    ret.problems.push({
      code,
      level: "fatal",
      message,
      where: { file: source.name, row: 1, ...(column ? { column } : {}) },
    });
  };
  const tokenizer = new CsvTokenizer((row, line) => {
    if (failed) return;
    if (table === undefined) {
      const def = tableOfHeader(row);
      if (!def) {
        const names = TABLES_903.map((t) => t.label).join(", ");
        fatal(
          "not-a-903-table",
          `${source.name} is not a table of the SSDA903 return: its first row (${row.slice(0, 6).join(", ")}${row.length > 6 ? ", ..." : ""}) is not the header of ${names}.`,
        );
        return;
      }
      index = new Map(row.map((c, i) => [c.trim().toUpperCase(), i]));
      const missing = def.required.filter((c) => !index.has(c));
      if (missing.length) {
        fatal(
          "missing-column",
          `${source.name} looks like the ${def.label} table but has no ${missing.join(", ")} column${missing.length > 1 ? "s" : ""} in its header row (row 1).`,
          missing[0],
        );
        return;
      }
      table = def.table;
      file.tables.push(table);
      ret.tables.add(table);
      return;
    }
    fields = row;
    addRecord(ret, file, table, get, { file: source.name, row: line });
  });
  for await (const chunk of source.chunks) {
    tokenizer.push(chunk);
    if (failed) break;
  }
  tokenizer.end();
  if (!failed && table === undefined) fatal("empty-file", `${source.name} is empty: it has no header row.`);
  ret.files.push(file);
  return !failed;
}
