/**
 * The CLI's reader port: an .xlsx package as a RawWorkbook, read straight from its parts.
 * Every part is found by following relationships (root -> workbook -> sheets -> tables),
 * so files saved by Excel, LibreOffice, openpyxl, ExcelJS or the Open XML SDK read alike.
 * Tables come from each sheet's table parts (with or without a header row or totals row);
 * a sheet without a table yields its cells from A1, so validation can find a plain block
 * and say so. Memory follows the cells stored: a sheet's `cells` rows are sparse (a row or
 * cell not in the file is a hole), and a table's body rows without a stored cell share one
 * blank row. The file is only read, never written.
 */
import { readFile } from "node:fs/promises";
import {
  type RawName,
  type RawSheet,
  type RawTable,
  type RawValue,
  type RawWorkbook,
  namedRange,
  rangeAsTable,
  type NamedRange,
  MAX_FORMAT_ROWS,
} from "../core/workbook";
import { dateStyles, readSheetCells, styleFormatCodes, type CellContext } from "./xlsx/cells";
import { readSharedStrings, SHARED_STRINGS_SCAN_BYTES, sharedStringsUsed } from "./xlsx/shared-strings";
import { NotXlsxError, openPackage, relType, type XlsxPackage } from "./xlsx/package";
import { child, children, decodeExcelEscapes, prefixedAttr, type XmlElement } from "../package/xml";
import { formatCell, parseCell } from "../core/base";
import { DENSE_WIDTH, checkGridSize, fitRow, newRow, rangeRef } from "./xlsx/grid-limits";

/** A sheet as the workbook part lists it. */
export interface SheetEntry {
  readonly name: string;
  readonly sheetId: number;
  /** The workbook relationship id of the sheet's part. */
  readonly rId: string;
  /** Zero-based position in the workbook's sheet list (a defined name's localSheetId). */
  readonly index: number;
  /** The sheet's part name, when its relationship resolves to one. */
  readonly part: string | undefined;
  /** The relationship type's last segment: "worksheet", "chartsheet", "dialogsheet"... */
  readonly kind: string;
}

/** A workbook file as read: its package (for the package edit), its sheets, and the raw grids. */
export interface WorkbookFile {
  readonly pkg: XlsxPackage;
  readonly sheets: readonly SheetEntry[];
  readonly raw: RawWorkbook;
  /** The worksheet parts (lower-cased names) that hold formulas. */
  readonly formulaParts: ReadonlySet<string>;
  /** The workbook keeps the 1904 date system (`raw` has its dates moved to the 1900 one already). */
  readonly date1904: boolean;
}

interface TableSpec {
  readonly name: string;
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
  readonly headerRows: number;
  readonly totalsRows: number;
  readonly columnNames: readonly string[];
}

/** A table part (§18.5.1.2 table): its range, header and totals row counts and column names. */
function readTableSpec(pkg: XlsxPackage, part: string): TableSpec | undefined {
  const t = pkg.xml(part);
  const [from = "", to = from] = (t.attrs.get("ref") ?? "").replace(/\$/g, "").toUpperCase().split(":");
  const start = parseCell(from);
  const end = parseCell(to);
  if (!start || !end) return undefined;
  return {
    name: t.attrs.get("displayName") ?? t.attrs.get("name") ?? "",
    top: start.row,
    left: start.col,
    bottom: end.row,
    right: end.col,
    // headerRowCount defaults to 1 and totalsRowCount to 0 (§18.5.1.2).
    headerRows: Number(t.attrs.get("headerRowCount") ?? 1) > 0 ? 1 : 0,
    totalsRows: Number(t.attrs.get("totalsRowCount") ?? 0) > 0 ? 1 : 0,
    columnNames: children(child(t, "tableColumns"), "tableColumn").map((c) =>
      decodeExcelEscapes(c.attrs.get("name") ?? ""),
    ),
  };
}

/** Collects one table's header and body cells as the sheet is read. */
class TableGrid {
  readonly width: number;
  readonly bodyTop: number;
  readonly bodyBottom: number;
  readonly headerCells: RawValue[];
  readonly rows: (RawValue[] | undefined)[];
  /**
   * The body cells' number format codes, for the date-in-a-count check; only for bodies of at
   * most MAX_FORMAT_ROWS rows (a long log needs none). A cell not stored is "General".
   */
  private readonly formats: (string[] | undefined)[] | undefined;
  /** The last column (from the table's left) holding a stored cell. */
  private lastCol = -1;

  constructor(
    readonly spec: TableSpec,
    private readonly formatCodes: readonly string[],
  ) {
    this.width = spec.right - spec.left + 1;
    this.bodyTop = spec.top + spec.headerRows;
    this.bodyBottom = spec.bottom - spec.totalsRows;
    this.headerCells = new Array<RawValue>(this.width).fill(null);
    this.rows = [];
    // A wide table's formats would be a dense grid: only narrow ones carry them.
    this.formats = this.bodyBottom - this.bodyTop + 1 <= MAX_FORMAT_ROWS && this.width <= DENSE_WIDTH ? [] : undefined;
  }

  /** Takes the cell when it is inside the table. */
  take(row: number, col: number, value: RawValue, style: number): boolean {
    const s = this.spec;
    if (row < s.top || row > s.bottom || col < s.left || col > s.right) return false;
    const c = col - s.left;
    if (s.headerRows && row === s.top) this.headerCells[c] = value;
    else if (row >= this.bodyTop && row <= this.bodyBottom) {
      const i = row - this.bodyTop;
      // Only rows holding a cell get an array, sparse when the table is wide.
      const r = (this.rows[i] ??= newRow(this.width));
      r[c] = value;
      if (this.formats) {
        const f = (this.formats[i] ??= new Array<string>(this.width).fill("General"));
        f[c] = this.formatCodes[style] ?? "General";
      }
    } else return true;
    this.lastCol = Math.max(this.lastCol, c);
    return true;
  }

  table(sheet: string): RawTable {
    const s = this.spec;
    // Cut to the stored cells: columns to the last holding one (a table without a header row
    // keeps its declared columns: their names are all it has). Rows keep the table's count (the
    // returns import appends after them), those without a stored cell sharing one blank row.
    const width = s.headerRows ? Math.max(1, this.lastCol + 1) : this.width;
    const count = Math.max(0, this.bodyBottom - this.bodyTop + 1);
    checkGridSize(
      `the table "${s.name}" on the sheet '${sheet}'`,
      { top: this.bodyTop, left: s.left, bottom: this.bodyTop + Math.max(0, count - 1), right: s.left + width - 1 },
      "resize the table to the rows and columns that hold data (Table Design > Resize Table) and save the file again",
    );
    const headers = Array.from({ length: width }, (_, i) => {
      const v = this.headerCells[i] ?? null;
      return s.headerRows && v !== null && String(v) !== "" ? String(v) : (s.columnNames[i] ?? "");
    });
    const blank: readonly RawValue[] = Object.freeze(newRow(width));
    const rows: (readonly RawValue[])[] = new Array<readonly RawValue[]>(count);
    for (let i = 0; i < count; i++) {
      const r = this.rows[i];
      rows[i] = r ? fitRow(r, width) : blank;
    }
    const formats = this.formats;
    const general: readonly string[] = Object.freeze(new Array<string>(width).fill("General"));
    const numberFormats = formats
      ? Array.from({ length: count }, (_, i) => formats[i]?.slice(0, width) ?? general)
      : undefined;
    // Without a header row, `top` is the row above the body, so body row i is still at top + 1 + i.
    return {
      name: s.name,
      sheet,
      top: this.bodyTop - 1,
      left: s.left,
      headers,
      rows,
      ...(numberFormats ? { numberFormats } : {}),
    };
  }
}

/**
 * The workbook-scoped `CSC_` defined names (§18.2.5 definedName: one without localSheetId is
 * the workbook's), the names that map a dataset to the officer's own table or range.
 */
function cscNames(wb: XmlElement): { name: string; formula: string; comment: string }[] {
  return children(child(wb, "definedNames"), "definedName")
    .filter((d) => d.attrs.get("localSheetId") === undefined && /^CSC_/i.test(d.attrs.get("name") ?? ""))
    .map((d) => ({
      name: d.attrs.get("name") ?? "",
      formula: d.text.trim(),
      // §18.2.5 definedName@comment: what Name Manager shows as the name's comment.
      comment: decodeExcelEscapes(d.attrs.get("comment") ?? ""),
    }));
}

/** Collects the cells of one defined name's sheet range as its sheet is read. */
class RangeGrid {
  readonly values: RawValue[][] = [];
  /**
   * The body's number formats, kept for the first MAX_FORMAT_ROWS rows and passed on when the
   * body (cut to its last stored row) is no longer, as for a table.
   */
  private readonly formats: string[][] = [];
  /** The last row holding a stored cell, so `$A$1:$H$1048576` yields the rows written, not a million. */
  private lastRow: number;
  /** The last column holding a stored cell, so `$A:$XFD` yields the columns written. */
  private lastCol: number;

  constructor(
    readonly name: string,
    readonly range: NamedRange,
    private readonly formatCodes: readonly string[],
  ) {
    this.lastRow = range.top;
    this.lastCol = range.left;
  }

  take(row: number, col: number, value: RawValue, style: number): void {
    const r = this.range;
    if (row < r.top || row > r.bottom || col < r.left || col > r.right) return;
    (this.values[row - r.top] ??= [])[col - r.left] = value;
    if (row > r.top && row - r.top <= MAX_FORMAT_ROWS)
      (this.formats[row - r.top - 1] ??= [])[col - r.left] = this.formatCodes[style] ?? "General";
    this.lastRow = Math.max(this.lastRow, row);
    this.lastCol = Math.max(this.lastCol, col);
  }

  table(): RawTable {
    // Cut to the stored cells in both directions before the grid is made.
    const cut = { ...this.range, bottom: this.lastRow, right: this.lastCol };
    checkGridSize(
      `the name ${this.name} ('${cut.sheet}'!${rangeRef(cut.top, cut.left, this.range.bottom, this.range.right)})`,
      cut,
      "define the name over the cells that hold the data (Formulas > Name Manager), or clear the stray cells beyond them, and save the file again",
    );
    const short = this.lastRow - this.range.top <= MAX_FORMAT_ROWS;
    return rangeAsTable(cut, this.values, short ? this.formats : undefined);
  }
}

/** The sheets the workbook part lists, in order, with their parts resolved. */
function sheetEntries(pkg: XlsxPackage): SheetEntry[] {
  const wb = pkg.xml(pkg.workbookPart);
  const rels = pkg.rels(pkg.workbookPart);
  return children(child(wb, "sheets"), "sheet").map((s, index) => {
    const rId = prefixedAttr(s.attrs, "id") ?? "";
    const rel = rels.find((r) => r.id === rId);
    return {
      name: s.attrs.get("name") ?? "",
      sheetId: Number(s.attrs.get("sheetId") ?? 0),
      rId,
      index,
      part: rel && !rel.external ? rel.target : undefined,
      kind: rel ? relType(rel) : "",
    };
  });
}

function readSheet(
  pkg: XlsxPackage,
  entry: SheetEntry & { part: string },
  ctx: CellContext,
  formatCodes: readonly string[],
  ranges: readonly RangeGrid[],
): { sheet: RawSheet; formulas: boolean; uncalculated: string[] } {
  const grids = pkg
    .rels(entry.part)
    .filter((r) => relType(r) === "table" && !r.external && pkg.has(r.target))
    .map((r) => readTableSpec(pkg, r.target))
    .filter((t): t is TableSpec => t !== undefined)
    .map((t) => new TableGrid(t, formatCodes));
  const cells: RawValue[][] = [];
  const uncalculated: string[] = [];
  const formulas = readSheetCells(
    pkg.bytes(entry.part),
    ctx,
    (row, col, value, style) => {
      for (const r of ranges) r.take(row, col, value, style);
      if (grids.length) {
        for (const g of grids) if (g.take(row, col, value, style)) return;
        return;
      }
      // Sparse: only the rows and cells stored are set.
      (cells[row] ??= [])[col] = value;
    },
    entry.part,
    // Kept as addresses, a few bytes each: a file of a million uncalculated formulas is rare.
    (row, col) => uncalculated.push(formatCell({ row, col })),
  );
  const tables = grids.map((g) => g.table(entry.name));
  return {
    sheet: tables.length ? { name: entry.name, tables } : { name: entry.name, tables, cells },
    formulas,
    uncalculated,
  };
}

/**
 * The shared string table, whole when small; when large, only the items the worksheets' cells
 * use (found by a first pass over the sheets), so a table of strings no cell uses costs its
 * scan, not its size in memory.
 */
function sharedStrings(pkg: XlsxPackage, part: string, sheets: readonly SheetEntry[]): string[] {
  const size = pkg.entry(part)?.size ?? 0;
  if (size <= SHARED_STRINGS_SCAN_BYTES) return readSharedStrings(pkg.bytes(part), part);
  const used = new Set<number>();
  for (const s of sheets)
    if (s.kind === "worksheet" && s.part !== undefined && pkg.has(s.part)) sharedStringsUsed(pkg.bytes(s.part), used);
  return readSharedStrings(pkg.bytes(part), part, used);
}

/**
 * Reads an .xlsx package's bytes.
 * @throws NotZipError / NotXlsxError when the bytes are not an .xlsx workbook;
 *   PackageLimitError when a part would expand past the stated limit.
 */
export function readWorkbookBytes(bytes: Uint8Array): WorkbookFile {
  const pkg = openPackage(bytes);
  const wb = pkg.xml(pkg.workbookPart);
  const date1904 = /^(1|true)$/i.test(child(wb, "workbookPr")?.attrs.get("date1904") ?? "");
  const rels = pkg.rels(pkg.workbookPart);
  const sst = rels.find((r) => relType(r) === "sharedStrings" && !r.external && pkg.has(r.target));
  const styles = rels.find((r) => relType(r) === "styles" && !r.external && pkg.has(r.target));
  const stylesXml = styles ? pkg.xml(styles.target) : undefined;
  const sheets = sheetEntries(pkg);
  const ctx: CellContext = {
    sharedStrings: sst ? sharedStrings(pkg, sst.target, sheets) : [],
    dateStyles: dateStyles(stylesXml),
    date1904,
  };
  const formatCodes = styleFormatCodes(stylesXml);
  const names = cscNames(wb).map((n) => {
    const range = namedRange(n.formula);
    // Sheet names compare case-insensitively in Excel references.
    const sheet = range && sheets.find((s) => s.name.toLowerCase() === range.sheet.toLowerCase());
    return {
      ...n,
      grid: range && sheet ? new RangeGrid(n.name, { ...range, sheet: sheet.name }, formatCodes) : undefined,
    };
  });
  const raw: RawSheet[] = [];
  const formulaParts = new Set<string>();
  const uncalculated: { sheet: string; cell: string }[] = [];
  for (const s of sheets) {
    if (s.kind !== "worksheet") continue; // chart sheets and dialog sheets hold no cells
    if (s.part === undefined || !pkg.has(s.part))
      throw new NotXlsxError(`the part of the sheet "${s.name}" is missing: the file is damaged`);
    const ranges = names.flatMap((n) => (n.grid?.range.sheet === s.name ? [n.grid] : []));
    const read = readSheet(pkg, { ...s, part: s.part }, ctx, formatCodes, ranges);
    raw.push(read.sheet);
    if (read.formulas) formulaParts.add(s.part.toLowerCase());
    for (const cell of read.uncalculated) uncalculated.push({ sheet: s.name, cell });
  }
  const rawNames: RawName[] = names.map((n) => ({
    name: n.name,
    formula: n.formula,
    ...(n.comment ? { comment: n.comment } : {}),
    ...(n.grid ? { range: n.grid.table() } : {}),
  }));
  return {
    pkg,
    sheets,
    raw: {
      sheets: raw,
      ...(rawNames.length ? { names: rawNames } : {}),
      ...(uncalculated.length ? { uncalculated } : {}),
    },
    formulaParts,
    date1904,
  };
}

/**
 * Reads an .xlsx file (opened for reading only) as a RawWorkbook.
 * @throws when the file is missing or not an .xlsx workbook.
 */
export async function readWorkbookFile(path: string): Promise<RawWorkbook> {
  return readWorkbookBytes(await readFile(path)).raw;
}
