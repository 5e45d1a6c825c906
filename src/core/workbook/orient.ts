/**
 * The two orientations of a period dataset. The layout's form has periods down the rows
 * (Year | Assessments completed | ...). The published reports' tables, and many officers'
 * own sheets, put periods across the columns and measures down the rows:
 *
 *     Assessments            | 2015-16 | 2016-17 | ...
 *     Assessments completed  |   1,520 |   1,611 | ...
 *
 * A table is read as across when its header row lacks the period column's header and a
 * header cell after the first (a caption, such as the dataset's name) reads as a period.
 * It is then transposed into the down form the rules read, with its top and left swapped,
 * so a cell (row, col) of the down form is the officer's cell (col, row): every finding's
 * cell is transposed back by {@link cellAddress}.
 */
import type { RawTable, RawValue } from "./raw";
import type { DatasetSpec } from "./layout";
import { headerKey } from "./header-key";
import { isProblem, readPeriod } from "./cells";
import { columnLetters, formatCell } from "../base";

const text = (v: RawValue | undefined): string => (v === null || v === undefined ? "" : String(v));

/** The kind a dataset's period column is read as, or undefined when the dataset has none. */
function periodKind(spec: DatasetSpec): "year" | "quarter" | "period" | undefined {
  const k = spec.columns[0]?.kind;
  return k === "year" || k === "quarter" || k === "period" ? k : undefined;
}

/** True when `table` holds `spec`'s periods across its header row (see the file comment). */
export function isAcross(table: RawTable, spec: DatasetSpec): boolean {
  const kind = periodKind(spec);
  const periodHeader = headerKey(spec.columns[0]?.header ?? "");
  if (!kind || table.headers.some((h) => headerKey(h) === periodHeader)) return false;
  return headerCells(table)
    .slice(1)
    .some((h) => {
      const p = readPeriod(h, kind, spec.snapshot);
      return p !== null && (!isProblem(p) || p.period !== undefined);
    });
}

/** The header row's cells: as stored when the reader gave them (a range, a block), else the texts. */
function headerCells(table: RawTable): readonly RawValue[] {
  return table.headerValues ?? table.headers;
}

/**
 * An across table in the down form: headers are the period column's header and the first
 * column's measure names; each period column becomes a row. `top` and `left` are swapped
 * (see the file comment). Number formats are transposed with the cells.
 */
export function transpose(table: RawTable, spec: DatasetSpec): RawTable {
  const headers = [spec.columns[0]?.header ?? "", ...table.rows.map((r) => text(r[0]))];
  const rows: RawValue[][] = [];
  const formats: string[][] = [];
  const nf = table.numberFormats;
  const periods = headerCells(table);
  for (let j = 1; j < periods.length; j++) {
    rows.push([periods[j] ?? null, ...table.rows.map((r) => r[j] ?? null)]);
    // The header row's formats are not read: a period typed as text is "General" here.
    if (nf) formats.push(["General", ...table.rows.map((_, i) => nf[i]?.[j] ?? "General")]);
  }
  return {
    name: table.name,
    sheet: table.sheet,
    top: table.left,
    left: table.top,
    headers,
    rows,
    ...(nf ? { numberFormats: formats } : {}),
  };
}

/** The officer's cell for a cell (row, col) of a table's down form. */
export function cellAddress(across: boolean, row: number, col: number): string {
  return across ? formatCell({ row: col, col: row }) : formatCell({ row, col });
}

/** How a message names a down-form row: "row 5", or "column E" when the table is across. */
export function lineLabel(across: boolean, row: number): string {
  return across ? `column ${columnLetters(row)}` : `row ${row + 1}`;
}
