/**
 * The CLI's reader port: an .xlsx file (ExcelJS) as a RawWorkbook. Tables come from the
 * sheet's Excel tables; a sheet without a table yields its cells from A1, so validation can
 * find a plain block and say so. The file is only read, never written.
 */
import { Workbook, type Worksheet } from "exceljs";
import type { RawSheet, RawTable, RawValue, RawWorkbook } from "../core/workbook/raw";
import { parseA1 } from "../core/workbook/address";
import { MAX_FORMAT_ROWS } from "../core/workbook/number-format";

const MS_PER_DAY = 86_400_000;
/** Serial of 1970-01-01 in Excel's 1900 date system. */
const UNIX_EPOCH_SERIAL = 25_569;

/** A JS Date (as ExcelJS yields a date cell, in UTC) as an Excel serial; the time of day stays as a fraction. */
export function serialFromDate(d: Date): number {
  return d.getTime() / MS_PER_DAY + UNIX_EPOCH_SERIAL;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null;
}

/**
 * An ExcelJS cell value as a raw value: dates as serials, formulas as their cached result,
 * rich text and hyperlinks as their plain text, error values as their text ("#N/A").
 */
export function toRawValue(v: unknown): RawValue {
  if (v === null || v === undefined) return null;
  if (typeof v === "string" || typeof v === "number" || typeof v === "boolean") return v;
  if (v instanceof Date) return serialFromDate(v);
  if (isRecord(v)) {
    if ("formula" in v || "sharedFormula" in v) return "result" in v ? toRawValue(v.result) : null;
    if (Array.isArray(v.richText))
      return v.richText.map((r: unknown) => (isRecord(r) && typeof r.text === "string" ? r.text : "")).join("");
    if (typeof v.text === "string") return v.text; // hyperlink
    if (typeof v.error === "string") return v.error;
  }
  return null;
}

interface TableModel {
  readonly name: string;
  readonly ref: string;
  readonly totalsRow: boolean;
}

/** The tables of a sheet, whether loaded from a file (`tableRef`) or just added (`ref` + rows). */
function tableModels(ws: Worksheet): TableModel[] {
  const tables: unknown = (ws as unknown as { tables?: unknown }).tables;
  if (!isRecord(tables)) return [];
  const out: TableModel[] = [];
  for (const t of Object.values(tables)) {
    const model = isRecord(t) && isRecord(t.table) ? t.table : isRecord(t) && isRecord(t.model) ? t.model : undefined;
    if (!model) continue;
    const ref = typeof model.tableRef === "string" ? model.tableRef : typeof model.ref === "string" ? model.ref : "";
    if (!ref) continue;
    out.push({ name: typeof model.name === "string" ? model.name : "", ref, totalsRow: model.totalsRow === true });
  }
  return out;
}

function cellValue(ws: Worksheet, row: number, col: number): RawValue {
  // 1-based for ExcelJS
  return toRawValue(ws.getRow(row + 1).getCell(col + 1).value);
}

/**
 * The number format codes of a table body (rows `first`..`last`, 0-based sheet rows), for
 * the date-in-a-count check; undefined past MAX_FORMAT_ROWS rows (a long log needs none).
 * A cell without a style is "General", as Excel shows it.
 */
function bodyFormats(ws: Worksheet, first: number, last: number, left: number, width: number): string[][] | undefined {
  if (last - first + 1 > MAX_FORMAT_ROWS) return undefined;
  const out: string[][] = [];
  for (let r = first; r <= last; r++) {
    const row = ws.getRow(r + 1);
    const codes: string[] = [];
    for (let c = 0; c < width; c++) codes.push(row.getCell(left + c + 1).numFmt || "General");
    out.push(codes);
  }
  return out;
}

/**
 * A table's grid. The header row is assumed present: ExcelJS reads an absent
 * headerRowCount (Excel's default of 1) as "no header", so its flag cannot be trusted.
 */
function readTable(ws: Worksheet, t: TableModel): RawTable | undefined {
  const [from = "", to = from] = t.ref.split(":");
  const start = parseA1(from.replace(/\$/g, ""));
  const end = parseA1(to.replace(/\$/g, ""));
  if (!start || !end) return undefined;
  const width = end.col - start.col + 1;
  const headers: string[] = [];
  for (let c = 0; c < width; c++) {
    const v = cellValue(ws, start.row, start.col + c);
    headers.push(v === null ? "" : String(v));
  }
  const last = end.row - (t.totalsRow ? 1 : 0);
  const rows: RawValue[][] = [];
  for (let r = start.row + 1; r <= last; r++) {
    const row = ws.getRow(r + 1);
    const values: RawValue[] = new Array<RawValue>(width);
    for (let c = 0; c < width; c++) values[c] = toRawValue(row.getCell(start.col + c + 1).value);
    rows.push(values);
  }
  const numberFormats = bodyFormats(ws, start.row + 1, last, start.col, width);
  return {
    name: t.name,
    sheet: ws.name,
    top: start.row,
    left: start.col,
    headers,
    rows,
    ...(numberFormats ? { numberFormats } : {}),
  };
}

/** The used cells of a sheet from A1 (for sheets without tables). */
function readCells(ws: Worksheet): RawValue[][] {
  const cells: RawValue[][] = [];
  const rowCount = ws.actualRowCount === 0 ? 0 : ws.rowCount;
  const colCount = ws.columnCount;
  for (let r = 0; r < rowCount; r++) {
    const row = ws.getRow(r + 1);
    const values: RawValue[] = [];
    for (let c = 0; c < colCount; c++) values.push(toRawValue(row.getCell(c + 1).value));
    cells.push(values);
  }
  return cells;
}

/** An ExcelJS workbook as a RawWorkbook. */
export function rawFromWorkbook(wb: Workbook): RawWorkbook {
  const sheets: RawSheet[] = [];
  wb.eachSheet((ws) => {
    const tables = tableModels(ws)
      .map((t) => readTable(ws, t))
      .filter((t): t is RawTable => t !== undefined);
    sheets.push(tables.length ? { name: ws.name, tables } : { name: ws.name, tables, cells: readCells(ws) });
  });
  return { sheets };
}

/**
 * Reads an .xlsx file (opened for reading only) as a RawWorkbook.
 * @throws when the file is missing or not an .xlsx workbook.
 */
export async function readWorkbookFile(path: string): Promise<RawWorkbook> {
  const wb = new Workbook();
  await wb.xlsx.readFile(path);
  return rawFromWorkbook(wb);
}
