/**
 * Builds the preview's in-memory workbook: the sample performance workbook
 * (assets/sample/sample-workbook.json) laid out as a council keeps it, one Excel table per
 * sheet at its recorded position, with number formats and column widths from the layout
 * (src/core/workbook/layout.ts), plus a "Functions demo" sheet of CSC formulas.
 *
 * Variants (the preview's `?workbook=` parameter; the e2e tests use them too):
 * - "sample": the sample as shipped (validates with no error);
 * - "fault":  the UASC care-leaver figure for Jun-2020 left blank (UASC!C14), one known error;
 * - "xss":    the UASC sheet renamed to an HTML payload and holding a bad value, to prove the
 *             pane shows sheet names and cell text as text;
 * - "empty":  a workbook with one empty sheet.
 * No DOM APIs: also usable from Node tests.
 */
import {
  LAYOUT,
  SETTINGS_ROWS,
  validateWorkbook,
  type ColumnKind,
  type PerformanceData,
  type RawTable,
  type RawValue,
  type RawWorkbook,
} from "../src/core/workbook";
import { sampleWorkbook } from "../src/taskpane/sample";
import { writeFunctionsDemo } from "./functions-demo";
import { FakeWorkbook, formatA1 } from "@csc/fake-excel";

/** The workbooks the preview can load. */
export type SampleVariant = "sample" | "fault" | "xss" | "empty";

/** The sheet name the XSS variant gives the UASC sheet. */
export const XSS_SHEET_NAME = "<img src=x onerror=alert(1)>";
/** The text the XSS variant writes where a number is needed. */
export const XSS_CELL_TEXT = "<b onmouseover=alert(2)>12</b>";

/** Reads `?workbook=` from a query string; anything unknown is the sample. */
export function parseVariant(search: string): SampleVariant {
  const v = new URLSearchParams(search).get("workbook");
  return v === "fault" || v === "xss" || v === "empty" ? v : "sample";
}

/**
 * The sample workbook, a fresh copy on each call (callers change cells in their copy): the
 * pane's own loader, the bundled JSON checked against its schema, so tests, preview and
 * benches read the sample exactly as "Set up workbook" does.
 */
export const sampleRaw: () => RawWorkbook = sampleWorkbook;

/**
 * The sample's PerformanceData through validation. @throws naming each error when the sample
 * does not validate, since the published reports must generate from it.
 */
export function sampleData(raw: RawWorkbook = sampleRaw()): PerformanceData {
  const { issues, data } = validateWorkbook(raw);
  const errors = issues.filter((i) => i.severity === "error");
  if (errors.length > 0 || !data)
    throw new Error(`sample has errors: ${errors.map((e) => `${e.sheet}!${e.cell} ${e.message}`).join("; ")}`);
  return data;
}

/** The sample's tables, every sheet's in order. */
export function sampleTables(): RawTable[] {
  return sampleRaw().sheets.flatMap((s) => s.tables);
}

/** Excel number format for a column kind. */
function formatFor(kind: ColumnKind): string | undefined {
  switch (kind) {
    case "count":
      return "#,##0";
    case "share":
      return "0.00%";
    case "date":
      return "dd/mm/yyyy";
    default:
      return undefined;
  }
}

/** Excel column width in characters -> points (7 px per character + 5 px padding, 0.75 pt/px). */
function charsToPoints(chars: number): number {
  return Math.round((chars * 7 + 5) * 0.75);
}

function norm(s: string): string {
  return s
    .toLowerCase()
    .replace(/\(.*?\)/g, "")
    .replace(/\s+/g, " ")
    .trim();
}

/** Writes one table with its formats; returns nothing, mutates `wb`. */
function writeTable(wb: FakeWorkbook, t: RawTable): void {
  if (!wb.findSheet(t.sheet)) wb.addSheet(t.sheet);
  const sheet = wb.requireSheet(t.sheet);
  // "seed": the workbook as saved, its period labels text (as the CLI's template writes them).
  wb.writeGrid(sheet, t.top, t.left, [t.headers, ...t.rows], "seed");
  const spec = LAYOUT.find((d) => d.table.toLowerCase() === t.name.toLowerCase());
  t.headers.forEach((h, j) => {
    const col = spec?.columns.find((c) => norm(c.header) === norm(h));
    const col0 = t.left + j;
    sheet.columnWidths.set(col0, charsToPoints(Math.max(col?.width ?? 12, h.length + 2)));
    const fmt = col ? formatFor(col.kind) : undefined;
    if (!fmt) return;
    for (let i = 0; i < t.rows.length; i++) wb.updateCell(sheet, t.top + 1 + i, col0, (c) => (c.numberFormat = fmt));
  });
  if (spec?.id === "settings") {
    // Settings hold one value per row: format each by its setting's kind.
    t.rows.forEach((row, i) => {
      const label = typeof row[0] === "string" ? norm(row[0]) : "";
      const setting = SETTINGS_ROWS.find((s) => norm(s.label) === label);
      const fmt = setting
        ? (setting.numberFormat ?? (setting.kind === "share" ? "0%" : formatFor(setting.kind)))
        : undefined;
      if (fmt) wb.updateCell(sheet, t.top + 1 + i, t.left + 1, (c) => (c.numberFormat = fmt));
    });
  }
  const address = formatA1({
    startRow: t.top,
    startCol: t.left,
    endRow: t.top + t.rows.length,
    endCol: t.left + t.headers.length - 1,
  });
  wb.addTable(t.sheet, address, t.name, true);
}

/** Changes one body cell of a table, found by the first column's label and a header. */
function setTableCell(tables: RawTable[], table: string, rowLabel: string, header: string, value: RawValue): void {
  const t = tables.find((x) => x.name === table);
  if (!t) return;
  const j = t.headers.indexOf(header);
  const rows = t.rows.map((r) => (r[0] === rowLabel && j >= 0 ? r.map((v, k) => (k === j ? value : v)) : r));
  tables[tables.indexOf(t)] = { ...t, rows };
}

/**
 * Builds the workbook for a variant.
 */
export function loadWorkbook(variant: SampleVariant = "sample"): FakeWorkbook {
  const wb = new FakeWorkbook();
  if (variant === "empty") {
    wb.addSheet("Sheet1");
    return wb;
  }
  let tables = sampleTables();
  if (variant === "fault") setTableCell(tables, "tblUASC", "Jun-2020", "UASC care leavers", null);
  if (variant === "xss") {
    setTableCell(tables, "tblUASC", "Jun-2019", "UASC care leavers", XSS_CELL_TEXT);
    tables = tables.map((t) => (t.name === "tblUASC" ? { ...t, sheet: XSS_SHEET_NAME } : t));
  }
  for (const t of tables) writeTable(wb, t);
  writeFunctionsDemo(wb);
  const first = wb.sheets[0];
  if (first) wb.activate(first);
  return wb;
}
