/**
 * What the reader materialises for a table or a named range, and the most it will. A table
 * part or a defined name can declare a range as large as the sheet (A1:XFD1048576, `$A:$XFD`)
 * in a few bytes; the reader cuts it to the last row and column holding a stored cell, keeps
 * a row array only for rows holding one (the others share one blank row), makes a wide row
 * sparse (only its stored cells), and refuses, with a message saying where and what to do, a
 * range still larger than MAX_GRID_CELLS once cut. Excel's sheet is 1,048,576 rows by 16,384
 * columns ("Excel specifications and limits", Microsoft Support).
 */
import type { RawValue } from "../../core/workbook";
import { PackageLimitError } from "../../package/zip";

/** Rows wider than this are kept sparse: only their stored cells, the rest holes (read as blank). */
export const DENSE_WIDTH = 256;

/**
 * The most cells a table or named range may span once cut to its stored cells: a log filling
 * every row Excel has, 32 columns wide. Past it, validation would walk billions of blanks.
 */
export const MAX_GRID_CELLS = 32 * 1_048_576;

/**
 * A body row for `width` columns: blanks (`null`) when narrow; when wide, a blank at its last
 * column and holes before it. V8 gives a fast array a backing store as long as its length, so
 * the far blank is set first: it keeps the row a dictionary of its stored cells.
 */
export function newRow(width: number): RawValue[] {
  if (width <= DENSE_WIDTH) return new Array<RawValue>(width).fill(null);
  const row: RawValue[] = [];
  row[width - 1] = null;
  return row;
}

/** `row` (from {@link newRow}) cut to `width` columns, `width` not more than its length. */
export function fitRow(row: RawValue[], width: number): RawValue[] {
  if (row.length <= width) return row;
  if (width <= DENSE_WIDTH) return Array.from({ length: width }, (_, c) => row[c] ?? null);
  row.length = width;
  row[width - 1] ??= null;
  return row;
}

const n = (x: number): string => x.toLocaleString("en-GB");

/** An A1 column name ("XFD" for index 16383). */
function columnName(index: number): string {
  let s = "";
  for (let c = index + 1; c > 0; c = Math.floor((c - 1) / 26)) s = String.fromCharCode(65 + ((c - 1) % 26)) + s;
  return s;
}

/** The A1 reference of a zero-based range. */
export function rangeRef(top: number, left: number, bottom: number, right: number): string {
  return `${columnName(left)}${top + 1}:${columnName(right)}${bottom + 1}`;
}

/**
 * Refuses a range that spans more than MAX_GRID_CELLS once cut to its stored cells.
 * @param what the officer's words for it ('the table "tblLog" on the sheet \'Log\'').
 * @param fix what to do about it.
 * @throws PackageLimitError naming the range, its size and the limit.
 */
export function checkGridSize(
  what: string,
  range: { top: number; left: number; bottom: number; right: number },
  fix: string,
): void {
  const rows = range.bottom - range.top + 1;
  const cols = range.right - range.left + 1;
  if (rows * cols <= MAX_GRID_CELLS) return;
  throw new PackageLimitError(
    `${what} spans ${rangeRef(range.top, range.left, range.bottom, range.right)} up to its last stored cell ` +
      `(${n(rows)} rows by ${n(cols)} columns), more than the ${n(MAX_GRID_CELLS)} cells csc-report reads ` +
      `for one table or name: ${fix}`,
  );
}
