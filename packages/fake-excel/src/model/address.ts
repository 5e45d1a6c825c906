/**
 * A1 addresses for the in-memory Excel host and the preview grid.
 *
 * Convention (locked by address.test.ts): rows and columns are ZERO-based internally
 * and range ends are INCLUSIVE. "A1" is {startRow: 0, startCol: 0, endRow: 0, endCol: 0};
 * "B2:C4" is {startRow: 1, startCol: 1, endRow: 3, endCol: 2}.
 *
 * Pure TypeScript: no Node or DOM APIs, so the preview can bundle it.
 */
import { invalidArgument } from "./errors";

/** Rows in an Excel worksheet (Excel specifications and limits). */
export const MAX_ROWS = 1_048_576;
/** Columns in an Excel worksheet (XFD). */
export const MAX_COLS = 16_384;

/** A rectangular block of cells, zero-based, inclusive ends. */
export interface CellRect {
  startRow: number;
  startCol: number;
  endRow: number;
  endCol: number;
}

/** A parsed address: the block plus the sheet name when the address named one. */
export interface A1Address extends CellRect {
  sheet?: string;
}

/** Options for {@link formatA1}. */
export interface FormatA1Options {
  /** Write `$A$1` instead of `A1`. */
  absolute?: boolean;
}

/** 0 -> "A", 25 -> "Z", 26 -> "AA". */
export function columnToLetters(col: number): string {
  if (!Number.isInteger(col) || col < 0 || col >= MAX_COLS) {
    throw invalidArgument(`Column index ${col} is outside the sheet.`);
  }
  let s = "";
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** "A" -> 0, "AA" -> 26 (case-insensitive). */
export function lettersToColumn(letters: string): number {
  if (!/^[A-Za-z]{1,3}$/.test(letters)) throw invalidArgument(`"${letters}" is not a column.`);
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  if (n > MAX_COLS) throw invalidArgument(`Column ${letters} is outside the sheet.`);
  return n - 1;
}

/** Rows in a rect. */
export function rectRowCount(r: CellRect): number {
  return r.endRow - r.startRow + 1;
}

/** Columns in a rect. */
export function rectColumnCount(r: CellRect): number {
  return r.endCol - r.startCol + 1;
}

/** Cells in a rect (may exceed 2^31 for whole-sheet ranges; still exact in a double). */
export function rectCellCount(r: CellRect): number {
  return rectRowCount(r) * rectColumnCount(r);
}

/** True when two rects share at least one cell. */
export function rectsOverlap(a: CellRect, b: CellRect): boolean {
  return a.startRow <= b.endRow && b.startRow <= a.endRow && a.startCol <= b.endCol && b.startCol <= a.endCol;
}

const CELL_RE = /^\$?([A-Za-z]{1,3})\$?(\d+)$/;
const COL_RE = /^\$?([A-Za-z]{1,3})$/;
const ROW_RE = /^\$?(\d+)$/;

function parseRow(digits: string): number {
  const n = Number(digits);
  if (!Number.isInteger(n) || n < 1 || n > MAX_ROWS) throw invalidArgument(`Row ${digits} is outside the sheet.`);
  return n - 1;
}

/** Splits "'My Sheet'!A1" into ["My Sheet", "A1"]; unquoted sheet names split at the last "!". */
/**
 * Reads a quoted sheet name ('It''s here') starting at the quote at `start`. Returns the name
 * and the index just past the closing quote, or undefined when it is not closed.
 */
export function readQuotedName(src: string, start: number): { name: string; end: number } | undefined {
  let i = start + 1;
  let name = "";
  while (i < src.length) {
    const ch = src[i];
    if (ch === "'") {
      if (src[i + 1] === "'") {
        name += "'";
        i += 2;
        continue;
      }
      return { name, end: i + 1 };
    }
    name += ch;
    i++;
  }
  return undefined;
}

function splitSheet(address: string): { sheet?: string; ref: string } {
  if (address.startsWith("'")) {
    const q = readQuotedName(address, 0);
    if (!q || address[q.end] !== "!") throw invalidArgument(`Bad sheet reference in "${address}".`);
    return { sheet: q.name, ref: address.slice(q.end + 1) };
  }
  const bang = address.lastIndexOf("!");
  if (bang < 0) return { ref: address };
  return { sheet: address.slice(0, bang), ref: address.slice(bang + 1) };
}

/**
 * Parses an A1 reference: "B2", "A1:C3", "$A$1:$B$2", whole columns "A:C", whole rows
 * "2:5", optionally sheet-qualified ("Sheet1!A1", "'My Sheet'!B2:C4") and with a leading
 * "=" (as in a named item's formula). Corners may be given in any order.
 * @throws an InvalidArgument error for anything else.
 */
export function parseA1(address: string): A1Address {
  const trimmed = address.trim().replace(/^=/, "");
  if (trimmed === "") throw invalidArgument("Empty address.");
  const { sheet, ref } = splitSheet(trimmed);
  if (sheet !== undefined && sheet === "") throw invalidArgument(`Empty sheet name in "${address}".`);
  const parts = ref.split(":");
  if (parts.length > 2 || parts.some((p) => p === "")) throw invalidArgument(`"${address}" is not an A1 address.`);
  const a = parts[0] ?? "";
  const b = parts[1] ?? a;
  let rect: CellRect;
  const ca = CELL_RE.exec(a);
  const cb = CELL_RE.exec(b);
  if (ca && cb) {
    const r1 = parseRow(ca[2] ?? "");
    const r2 = parseRow(cb[2] ?? "");
    const c1 = lettersToColumn(ca[1] ?? "");
    const c2 = lettersToColumn(cb[1] ?? "");
    rect = {
      startRow: Math.min(r1, r2),
      endRow: Math.max(r1, r2),
      startCol: Math.min(c1, c2),
      endCol: Math.max(c1, c2),
    };
  } else if (parts.length === 2 && COL_RE.test(a) && COL_RE.test(b)) {
    const c1 = lettersToColumn((COL_RE.exec(a) ?? [])[1] ?? "");
    const c2 = lettersToColumn((COL_RE.exec(b) ?? [])[1] ?? "");
    rect = { startRow: 0, endRow: MAX_ROWS - 1, startCol: Math.min(c1, c2), endCol: Math.max(c1, c2) };
  } else if (parts.length === 2 && ROW_RE.test(a) && ROW_RE.test(b)) {
    const r1 = parseRow((ROW_RE.exec(a) ?? [])[1] ?? "");
    const r2 = parseRow((ROW_RE.exec(b) ?? [])[1] ?? "");
    rect = { startRow: Math.min(r1, r2), endRow: Math.max(r1, r2), startCol: 0, endCol: MAX_COLS - 1 };
  } else {
    throw invalidArgument(`"${address}" is not an A1 address.`);
  }
  return sheet === undefined ? rect : { ...rect, sheet };
}

/**
 * True when Excel writes the sheet name in quotes inside a reference: anything beyond
 * letters, digits, "_" and ".", a leading digit or ".", or a name that reads as a cell
 * (A1 or R1C1) reference.
 */
export function sheetNameNeedsQuotes(name: string): boolean {
  if (!/^[A-Za-z_\u00C0-\uFFFF][A-Za-z0-9_.\u00C0-\uFFFF]*$/.test(name)) return true;
  const cell = /^([A-Za-z]{1,3})(\d+)$/.exec(name);
  if (cell && lettersToColumnOrNull(cell[1] ?? "") !== null && Number(cell[2]) >= 1 && Number(cell[2]) <= MAX_ROWS) {
    return true;
  }
  return /^[Rr](\d*)([Cc](\d*))?$/.test(name) || /^[Cc]\d*$/.test(name);
}

function lettersToColumnOrNull(letters: string): number | null {
  try {
    return lettersToColumn(letters);
  } catch {
    return null;
  }
}

/** "Sheet1" -> "Sheet1", "My Sheet" -> "'My Sheet'", "Bob's" -> "'Bob''s'". */
export function quoteSheetName(name: string): string {
  return sheetNameNeedsQuotes(name) ? `'${name.replace(/'/g, "''")}'` : name;
}

/**
 * Formats a rect as Excel does in `Range.address`: "A1" for one cell, "A1:C3", whole
 * columns "A:C", whole rows "2:5"; sheet-qualified and quoted when `sheet` is given.
 */
export function formatA1(rect: CellRect, sheet?: string, options: FormatA1Options = {}): string {
  const d = options.absolute ? "$" : "";
  const prefix = sheet === undefined ? "" : `${quoteSheetName(sheet)}!`;
  const wholeCols = rect.startRow === 0 && rect.endRow === MAX_ROWS - 1;
  const wholeRows = rect.startCol === 0 && rect.endCol === MAX_COLS - 1;
  if (wholeCols && !wholeRows) {
    return `${prefix}${d}${columnToLetters(rect.startCol)}:${d}${columnToLetters(rect.endCol)}`;
  }
  if (wholeRows && !wholeCols) {
    return `${prefix}${d}${rect.startRow + 1}:${d}${rect.endRow + 1}`;
  }
  const start = `${d}${columnToLetters(rect.startCol)}${d}${rect.startRow + 1}`;
  if (rect.startRow === rect.endRow && rect.startCol === rect.endCol) return prefix + start;
  return `${prefix}${start}:${d}${columnToLetters(rect.endCol)}${d}${rect.endRow + 1}`;
}

/** Formats one cell, zero-based: (0, 0) -> "A1". */
export function formatCell(row: number, col: number): string {
  return formatA1({ startRow: row, startCol: col, endRow: row, endCol: col });
}
