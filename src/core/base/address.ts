/**
 * The one cell-address type of the add-in, parsed and printed at the edges (the HyperFormula
 * `Cell.ts` idea). Rows and columns are zero-based; a range's ends are inclusive
 * (A1:B2 is rows 0-1, columns 0-1), as Excel's own addresses are.
 */

/** A cell position: zero-based row and column. */
export interface CellAddress {
  readonly row: number;
  readonly col: number;
}

/** A rectangular block of cells, both ends inclusive. */
export interface RangeAddress {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/** Column letters of a zero-based column index: 0 -> "A", 26 -> "AA". */
export function columnLetters(col: number): string {
  let n = col + 1;
  let s = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** Zero-based column index of column letters ("A" -> 0); undefined for anything else. */
export function columnIndex(letters: string): number | undefined {
  if (!/^[A-Za-z]{1,3}$/.test(letters)) return undefined;
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** A1 text of a cell: {row: 13, col: 2} -> "C14". */
export function formatCell(a: CellAddress): string {
  return `${columnLetters(a.col)}${a.row + 1}`;
}

/** A1 text of a range: a single cell prints as "C14", a block as "A1:C3". */
export function formatRange(r: RangeAddress): string {
  const tl = formatCell({ row: r.top, col: r.left });
  return r.top === r.bottom && r.left === r.right ? tl : `${tl}:${formatCell({ row: r.bottom, col: r.right })}`;
}

/** Parses "C14" or "$C$14"; undefined when it is not a cell address. */
export function parseCell(text: string): CellAddress | undefined {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(text.trim());
  if (!m) return undefined;
  const col = columnIndex(m[1]!);
  const row = Number(m[2]) - 1;
  if (col === undefined || row < 0) return undefined;
  return { row, col };
}

/**
 * Splits a sheet-qualified address ("'My Sheet'!A1:C3", "UASC!C14", "A1") into the sheet name
 * (quotes removed, '' unescaped) and the local part.
 */
export function splitSheet(address: string): { sheet?: string; local: string } {
  const bang = address.lastIndexOf("!");
  if (bang < 0) return { local: address };
  let sheet = address.slice(0, bang);
  if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replaceAll("''", "'");
  return { sheet, local: address.slice(bang + 1) };
}

/** Parses "A1:C3", "C14" or a sheet-qualified form of either; undefined otherwise. */
export function parseRange(text: string): RangeAddress | undefined {
  const { local } = splitSheet(text);
  const [a, b] = local.split(":");
  const start = a === undefined ? undefined : parseCell(a);
  const end = b === undefined ? start : parseCell(b);
  if (!start || !end) return undefined;
  return {
    top: Math.min(start.row, end.row),
    left: Math.min(start.col, end.col),
    bottom: Math.max(start.row, end.row),
    right: Math.max(start.col, end.col),
  };
}

/** Quotes a sheet name for a formula or address when Excel would ("'My Sheet'!A1"). */
export function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name)
    ? name
    : `'${name.replaceAll("'", "''")}'`;
}

/**
 * A cell on a sheet as Excel's Name Box writes it, for every message that names one: the sheet
 * quoted when it holds anything but letters, digits and underscores ("'Child Protection'!B3",
 * "UASC!C14"), so a sheet named "Looked After" never reads as two words before a cell.
 */
export function sheetCell(sheet: string, cell: string): string {
  return `${quoteSheet(sheet)}!${cell}`;
}
