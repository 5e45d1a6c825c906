/**
 * Table (ListObject) rules on the document state. A table is an address block on a
 * sheet; its header names, body and totals are the sheet's cells, so writes through
 * ordinary ranges show up in the table and vice versa.
 */
import { type CellRect, rectsOverlap } from "./address";
import { formatText } from "./cells";
import { FakeErrorCodes, invalidArgument, officeError } from "./errors";
import type { SheetState, TableState, WorkbookState } from "./state";

/** Checks a table name the way Excel does for defined names. */
export function validateTableName(wb: WorkbookState, name: string, except?: TableState): void {
  if (!/^[A-Za-z_\\][A-Za-z0-9_.\\]*$/.test(name) || /^[A-Za-z]{1,3}\d+$/.test(name) || /^[RrCc]$/.test(name)) {
    throw invalidArgument(`'${name}' is not a valid table name.`);
  }
  const t = wb.findTable(name);
  if ((t && t !== except) || wb.findName(name)) {
    throw officeError(FakeErrorCodes.itemAlreadyExists, `A table or name '${name}' already exists.`);
  }
}

/**
 * Creates a table over `rect`. As documented for `TableCollection.add`: when the data
 * has no headers, Excel generates a header row ("Column1"...) and shifts the data down
 * one row. Header-only ranges get one empty data row, as in Excel. Headers are text:
 * blanks become "ColumnN", duplicates get a numeric suffix.
 * https://learn.microsoft.com/en-us/javascript/api/excel/excel.tablecollection#excel-excel-tablecollection-add-member(1)
 */
export function createTable(wb: WorkbookState, sheet: SheetState, rect: CellRect, hasHeaders: boolean): TableState {
  let r = { ...rect };
  if (r.endRow - r.startRow > 1_000_000) throw invalidArgument("A table can't span whole columns.");
  if (wb.tables.some((t) => t.sheet === sheet && rectsOverlap(t.rect, r))) {
    throw officeError(FakeErrorCodes.invalidOperation, "A table can't overlap another table.");
  }
  if (!hasHeaders) {
    wb.shiftDown(sheet, r.startRow, r.startCol, r.endCol, 1);
    r = { ...r, endRow: r.endRow + 1 };
  }
  if (r.endRow === r.startRow) r = { ...r, endRow: r.endRow + 1 };
  const seen = new Set<string>();
  for (let c = r.startCol; c <= r.endCol; c++) {
    const raw = hasHeaders ? wb.cellValue(sheet, r.startRow, c) : "";
    let name =
      raw === "" ? `Column${c - r.startCol + 1}` : formatText(raw, wb.cell(sheet, r.startRow, c)?.numberFormat);
    const base = name;
    for (let k = 2; seen.has(name.toLowerCase()); k++) name = `${base}${k}`;
    seen.add(name.toLowerCase());
    wb.updateCell(sheet, r.startRow, c, (cell) => {
      cell.value = name;
      delete cell.formula;
    });
  }
  let n = wb.tables.length + 1;
  while (wb.findTable(`Table${n}`) || wb.findName(`Table${n}`)) n++;
  const table: TableState = {
    id: wb.newId("table"),
    name: `Table${n}`,
    sheet,
    rect: r,
    showHeaders: true,
    showTotals: false,
    style: "TableStyleMedium2",
    deleted: false,
  };
  wb.tables.push(table);
  return table;
}

/** Header row rect (the first row of the table). */
export function headerRect(t: TableState): CellRect {
  return { ...t.rect, endRow: t.rect.startRow };
}

/** Data body rect: between header and totals. */
export function bodyRect(t: TableState): CellRect {
  return { ...t.rect, startRow: t.rect.startRow + 1, endRow: t.rect.endRow - (t.showTotals ? 1 : 0) };
}

/** Rows in the data body. */
export function bodyRowCount(t: TableState): number {
  const b = bodyRect(t);
  return b.endRow - b.startRow + 1;
}

/**
 * Inserts rows into the data body at `index` (0-based; undefined/null = append) and
 * writes `values`. Cells below, in the table's columns, move down, as Excel does.
 */
export function addTableRows(
  wb: WorkbookState,
  t: TableState,
  index: number | null | undefined,
  values: unknown,
): number {
  const width = t.rect.endCol - t.rect.startCol + 1;
  let rows: unknown[][];
  if (values === undefined || values === null) rows = [new Array<unknown>(width).fill("")];
  else if (Array.isArray(values) && values.every((r) => Array.isArray(r))) rows = values as unknown[][];
  else throw invalidArgument("Table rows must be a 2D array.");
  if (rows.length === 0 || rows.some((r) => r.length !== width)) {
    throw invalidArgument(`Each row must have ${width} values to match the table's columns.`);
  }
  const count = bodyRowCount(t);
  const at = index === undefined || index === null ? count : index;
  if (!Number.isInteger(at) || at < 0 || at > count) throw invalidArgument(`Row index ${at} is outside 0..${count}.`);
  const sheetRow = t.rect.startRow + 1 + at;
  const own = t.rect;
  wb.shiftDown(t.sheet, sheetRow, own.startCol, own.endCol, rows.length);
  t.rect = { ...own, endRow: own.endRow + rows.length };
  wb.writeGrid(t.sheet, sheetRow, own.startCol, rows);
  return at;
}

/**
 * `TableRow.delete()`: removes a data row; the cells below it in the table's columns move up
 * (Learn: Excel.TableRow.delete, "Deletes the row from the table"). Stricter than Excel: the
 * last data row of a table cannot be deleted here (Excel keeps one empty row).
 */
export function deleteTableRow(wb: WorkbookState, t: TableState, index: number): void {
  const count = bodyRowCount(t);
  if (index < 0 || index >= count) throw invalidArgument(`Row index ${index} is outside 0..${count - 1}.`);
  if (count === 1) throw invalidArgument("A table keeps at least one data row.");
  const sheetRow = t.rect.startRow + 1 + index;
  wb.shiftUp(t.sheet, sheetRow, t.rect.startCol, t.rect.endCol, 1);
  t.rect = { ...t.rect, endRow: t.rect.endRow - 1 };
}

/** Shows or hides the totals row ("Total" label in the first column). */
export function setShowTotals(wb: WorkbookState, t: TableState, show: boolean): void {
  if (show === t.showTotals) return;
  if (show) {
    t.rect = { ...t.rect, endRow: t.rect.endRow + 1 };
    t.showTotals = true;
    wb.writeValue(t.sheet, t.rect.endRow, t.rect.startCol, "Total");
  } else {
    wb.clearRect(t.sheet, { ...t.rect, startRow: t.rect.endRow }, "Contents");
    t.rect = { ...t.rect, endRow: t.rect.endRow - 1 };
    t.showTotals = false;
  }
}

/** `Table.delete()`: removes the table and its cells' contents and formats. */
export function deleteTable(wb: WorkbookState, t: TableState): void {
  wb.clearRect(t.sheet, t.rect, "All");
  wb.removeTable(t);
}
