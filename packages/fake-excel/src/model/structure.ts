/**
 * What structural changes do to the rest of the document: renaming or deleting a sheet
 * rewrites the formulas that refer to it (formula-refs.ts), and inserting cells moves the
 * cells below together with the tables, conditional formats, chart series, names and formula
 * references that point at them.
 *
 * `Range.insert(shift)` (ExcelApi 1.1): "Inserts a cell or a range of cells into the
 * worksheet in place of this range, and shifts the other cells to make space. Returns a new
 * Range object at the now blank space."
 * https://learn.microsoft.com/en-us/javascript/api/excel/excel.range#excel-excel-range-insert-member(1)
 * Conditional formats, tables and references move with their cells, as when rows are inserted
 * in Excel's grid ("Insert or delete rows and columns",
 * https://support.microsoft.com/en-us/office/insert-or-delete-rows-and-columns-6f40e6e4-85af-45e0-b39d-65dd504a3246).
 */
import { type CellRect, MAX_ROWS } from "./address";
import { FakeErrorCodes, invalidArgument, officeError } from "./errors";
import {
  deleteSheetInFormula,
  insertRowsInFormula,
  renameSheetInFormula,
  type RowInsertion,
  shiftCells,
} from "./formula-refs";
import {
  cellKey,
  type ConditionalFormatState,
  parseCellKey,
  type RangeTarget,
  type SheetState,
  type WorkbookState,
} from "./state";
import { assertSheetWritable } from "./protection";
import { sheetDataValidations } from "./data-validation";

const conditionalFormatsOf = (sheet: SheetState): ConditionalFormatState[] =>
  (sheet.conditionalFormats ?? []).filter((c) => !c.deleted);

/** Applies `rewrite` to every formula in the document: cells on every sheet and conditional-format rules. */
function rewriteFormulas(wb: WorkbookState, rewrite: (formula: string, sheet: SheetState) => string): void {
  for (const sheet of wb.sheets) {
    for (const cell of sheet.cells.values()) {
      if (cell.formula === undefined) continue;
      cell.formula = rewrite(cell.formula, sheet);
    }
    for (const cf of conditionalFormatsOf(sheet)) cf.formula = rewrite(cf.formula, sheet);
  }
}

/** Formulas on every sheet that name `sheet` follow it to `name`. */
export function renameSheetInFormulas(wb: WorkbookState, sheet: SheetState, name: string): void {
  const from = sheet.name;
  rewriteFormulas(wb, (f) => renameSheetInFormula(f, from, name));
}

/** Formulas on the remaining sheets that named `sheet` now hold #REF! references, and show #REF!. */
export function deleteSheetInFormulas(wb: WorkbookState, sheet: SheetState): void {
  const name = sheet.name;
  for (const s of wb.sheets) {
    for (const cell of s.cells.values()) {
      if (cell.formula === undefined) continue;
      const next = deleteSheetInFormula(cell.formula, name);
      if (next !== cell.formula) {
        cell.formula = next;
        cell.value = "#REF!";
      }
    }
    for (const cf of conditionalFormatsOf(s)) cf.formula = deleteSheetInFormula(cf.formula, name);
  }
}

function moveRect(rect: CellRect, ins: RowInsertion): CellRect | undefined {
  const moved = shiftCells(
    [
      { row: rect.startRow, col: rect.startCol, absRow: false, absCol: false },
      { row: rect.endRow, col: rect.endCol, absRow: false, absCol: false },
    ],
    ins,
  );
  const [a, b] = moved ?? [];
  return a && b ? { startRow: a.row, startCol: a.col, endRow: b.row, endCol: b.col } : undefined;
}

const overlapsCols = (r: CellRect, ins: RowInsertion): boolean => r.startCol <= ins.endCol && r.endCol >= ins.startCol;
const withinCols = (r: CellRect, ins: RowInsertion): boolean => r.startCol >= ins.startCol && r.endCol <= ins.endCol;

/**
 * `Range.insert("Down")` on `target`: the cells at and below it, in its columns, move down by
 * its row count. A table crossed by only part of the insertion's columns makes Excel refuse
 * ("This operation is not allowed. The operation is attempting to shift cells in a table on
 * your worksheet."): InvalidOperation, nothing moved. A conditional format or reference that
 * straddles the insertion's column edge is split by Excel; the host refuses that too
 * (stricter). Returns the now blank range.
 */
export function insertDown(wb: WorkbookState, target: RangeTarget): RangeTarget {
  const { sheet, rect } = target;
  assertSheetWritable(sheet);
  const count = rect.endRow - rect.startRow + 1;
  const ins: RowInsertion = {
    sheet: sheet.name,
    atRow: rect.startRow,
    count,
    startCol: rect.startCol,
    endCol: rect.endCol,
  };
  const tables = wb.tables.filter((t) => t.sheet === sheet && overlapsCols(t.rect, ins) && t.rect.endRow >= ins.atRow);
  if (tables.some((t) => !withinCols(t.rect, ins))) {
    throw officeError(
      FakeErrorCodes.invalidOperation,
      "This operation is not allowed. The operation is attempting to shift cells in a table on your worksheet.",
    );
  }
  const cfs = conditionalFormatsOf(sheet).filter((c) => overlapsCols(c.rect, ins) && c.rect.endRow >= ins.atRow);
  if (cfs.some((c) => !withinCols(c.rect, ins))) {
    throw invalidArgument("The fake host does not split a conditional format's range across an insertion.");
  }
  // Data validation moves with its cells too; what is pushed past the last row is gone, as the cells are.
  const dvs = sheetDataValidations(sheet).filter((d) => overlapsCols(d.rect, ins) && d.rect.endRow >= ins.atRow);
  if (dvs.some((d) => !withinCols(d.rect, ins))) {
    throw invalidArgument("The fake host does not split a data validation's range across an insertion.");
  }
  // Cells pushed past the last row are lost in Excel only if empty; refuse otherwise.
  for (const key of sheet.cells.keys()) {
    const { row, col } = parseCellKey(key);
    if (col >= ins.startCol && col <= ins.endCol && row + count >= MAX_ROWS) {
      throw officeError("NonBlankCellOffSheet", "Inserting would push non-blank cells off the end of the sheet.");
    }
  }
  const moving = [...sheet.cells].filter(([key]) => {
    const { row, col } = parseCellKey(key);
    return row >= ins.atRow && col >= ins.startCol && col <= ins.endCol;
  });
  for (const [key] of moving) sheet.cells.delete(key);
  for (const [key, c] of moving) {
    const { row, col } = parseCellKey(key);
    sheet.cells.set(cellKey(row + count, col), c);
  }
  for (const t of tables) t.rect = moveRect(t.rect, ins) ?? t.rect;
  for (const c of cfs) c.rect = moveRect(c.rect, ins) ?? c.rect;
  for (const d of dvs) {
    const start = d.rect.startRow >= ins.atRow ? d.rect.startRow + count : d.rect.startRow;
    if (start >= MAX_ROWS) d.deleted = true;
    else d.rect = { ...d.rect, startRow: start, endRow: Math.min(MAX_ROWS - 1, d.rect.endRow + count) };
  }
  for (const chart of wb.charts) {
    for (const s of chart.series) {
      for (const ref of [s.values, s.xValues, s.nameRef]) {
        if (ref && ref.sheet === sheet) ref.rect = moveRect(ref.rect, ins) ?? ref.rect;
      }
    }
  }
  for (const n of wb.names) n.formula = insertRowsInFormula(n.formula, n.scope?.name ?? "", ins);
  rewriteFormulas(wb, (f, s) => insertRowsInFormula(f, s.name, ins));
  if (wb.selection?.sheet === sheet)
    wb.selection = { sheet, rect: moveRect(wb.selection.rect, ins) ?? wb.selection.rect };
  return { sheet, rect: { ...rect } };
}
