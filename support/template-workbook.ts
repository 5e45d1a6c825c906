/**
 * The performance workbook built with ExcelJS, a writer independent of csc-report's own: the
 * tests' and benchmarks' input workbooks, made by another writer as an officer's are (by Excel),
 * and open to ExcelJS's API for the cases that rearrange a sheet. The layout, rows and formats
 * are core's (the same ones `csc-report template` writes with src/cli/xlsx/new-workbook.ts).
 */
import { Workbook, type Worksheet } from "exceljs";
import {
  LAYOUT,
  type DatasetSpec,
  type RawValue,
  type RawWorkbook,
  GUIDE_SHEET,
  layoutGuide,
  bodyFormats,
  findSampleTable,
  rowsFor,
  settingsRows,
} from "../src/core/workbook";

function addDataset(wb: Workbook, spec: DatasetSpec, rows: RawValue[][]): Worksheet {
  const ws = wb.addWorksheet(spec.sheet, { views: [{ state: "frozen", ySplit: 1 }] });
  spec.columns.forEach((c, i) => {
    const column = ws.getColumn(i + 1);
    column.width = c.width;
  });
  // Excel tables need at least one body row: an empty template gets one blank row to type into.
  const body = rows.length ? rows : [spec.columns.map(() => null)];
  ws.addTable({
    name: spec.table,
    ref: "A1",
    headerRow: true,
    style: { theme: "TableStyleMedium2", showRowStripes: true },
    columns: spec.columns.map((c) => ({ name: c.header, filterButton: true })),
    rows: body,
  });
  const header = ws.getRow(1);
  header.font = { bold: true };
  bodyFormats(spec, body).forEach((formats, i) => {
    const row = ws.getRow(i + 2);
    formats.forEach((f, k) => (row.getCell(k + 1).numFmt = f));
  });
  return ws;
}

/**
 * The performance workbook as an ExcelJS workbook.
 * @param sample when given, the datasets are filled from it (matched by table name, else
 *   sheet name, and by header); the assessment log sheet is written only when it has rows.
 *   Without it, an empty template: settings labels (with the usual limit and threshold)
 *   and one blank row per table.
 * @param options.guide also add the "About" sheet describing the layout (guide.ts), as
 *   `csc-report template` writes it; off by default, so a workbook built for a test or a
 *   fixture has the layout's sheets only.
 */
export function buildTemplateWorkbook(sample?: RawWorkbook, options: { readonly guide?: boolean } = {}): Workbook {
  const wb = new Workbook();
  wb.creator = "csc-report";
  for (const spec of LAYOUT) {
    const t = sample ? findSampleTable(sample, spec) : undefined;
    if (spec.id === "settings") {
      addDataset(wb, spec, settingsRows(t));
      continue;
    }
    const rows = rowsFor(spec, t);
    if (sample && spec.optional && rows.length === 0) continue;
    addDataset(wb, spec, rows);
  }
  if (options.guide) addGuide(wb);
  return wb;
}

/** The "About" sheet: the layout, both orientations and the CSC_ names, as text. */
function addGuide(wb: Workbook): void {
  const ws = wb.addWorksheet(GUIDE_SHEET);
  [34, 18, 20, 60, 24].forEach((w, i) => (ws.getColumn(i + 1).width = w));
  layoutGuide().forEach((cells, r) => {
    const row = ws.getRow(r + 1);
    cells.forEach((text, c) => {
      const cell = row.getCell(c + 1);
      cell.value = text;
      // Text as text: "2019-20" must stay a label, not become a date (Excel's Text format).
      cell.numFmt = "@";
      cell.alignment = { wrapText: text.length > 60, vertical: "top" };
    });
  });
  // Headings are the rows of one short cell; the dataset list's header row is bold too.
  layoutGuide().forEach((cells, r) => {
    if (cells.length === 1 && (cells[0]?.length ?? 0) < 60) ws.getRow(r + 1).font = { bold: true, size: 12 };
    if (cells[0] === "Dataset") ws.getRow(r + 1).font = { bold: true };
  });
}
