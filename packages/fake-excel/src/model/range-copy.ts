/**
 * `Range.copyFrom(source, copyType, skipBlanks, transpose)` (ExcelApi 1.9): "Copies cell data
 * or formatting from the source range or RangeAreas to the current range. The destination
 * range can be a different size than the source range or RangeAreas. The destination is
 * expanded automatically if it's smaller than the source."
 * https://learn.microsoft.com/en-us/javascript/api/excel/excel.range#excel-excel-range-copyfrom-member(1)
 * Copy types (Excel.RangeCopyType): All, Formulas, Values, Formats.
 *
 * Modelled: the source block lands at the destination's top-left, which must be one cell or a
 * block of the source's size (Excel would repeat the source over a larger one: refused here); relative references in copied formulas move by the offset, as a paste
 * does, and become #REF! past the sheet's edge. Column widths are not copied (a paste of "All"
 * keeps the destination's widths). Not modelled, and refused: `transpose`, "Link". Conditional
 * formats of the source are not copied.
 */
import { MAX_COLS, MAX_ROWS } from "./address";
import type { CellData } from "./cells";
import { invalidArgument } from "./errors";
import { prefixOf, refText, rewriteRefs } from "./formula-refs";
import { cellKey, type RangeTarget, type WorkbookState } from "./state";

/** The copy types the host models. */
export type CopyType = "All" | "Formulas" | "Values" | "Formats";

/** Moves a formula's relative references by (dRow, dCol). */
function moveFormula(formula: string, dRow: number, dCol: number): string {
  if (dRow === 0 && dCol === 0) return formula;
  return rewriteRefs(formula, (r) => {
    const cells = r.cells.map((c) => ({
      ...c,
      row: c.absRow ? c.row : c.row + dRow,
      col: c.absCol ? c.col : c.col + dCol,
    }));
    if (cells.some((c) => c.row < 0 || c.row >= MAX_ROWS || c.col < 0 || c.col >= MAX_COLS)) return "#REF!";
    return refText(prefixOf(r), cells);
  });
}

/** Copies `source` onto the block of the same size at `dest`'s top-left. Returns the block written. */
export function copyRange(
  wb: WorkbookState,
  dest: RangeTarget,
  source: RangeTarget,
  copyType: CopyType,
  skipBlanks: boolean,
): RangeTarget {
  const rows = source.rect.endRow - source.rect.startRow + 1;
  const cols = source.rect.endCol - source.rect.startCol + 1;
  const destRows = dest.rect.endRow - dest.rect.startRow + 1;
  const destCols = dest.rect.endCol - dest.rect.startCol + 1;
  if (destRows * destCols > 1 && (destRows !== rows || destCols !== cols)) {
    // Excel repeats the source over a larger destination; not modelled, so refused (stricter).
    throw invalidArgument("The fake host copies onto one cell or a block of the source's size only.");
  }
  const top = dest.rect.startRow;
  const left = dest.rect.startCol;
  if (top + rows > MAX_ROWS || left + cols > MAX_COLS)
    throw invalidArgument("The copy would go past the sheet's edge.");
  const dRow = top - source.rect.startRow;
  const dCol = left - source.rect.startCol;
  // Read the whole source first, so an overlapping destination copies what was there before.
  const grid: (CellData | undefined)[][] = [];
  for (let r = 0; r < rows; r++) {
    const row: (CellData | undefined)[] = [];
    for (let c = 0; c < cols; c++) {
      const cell = source.sheet.cells.get(cellKey(source.rect.startRow + r, source.rect.startCol + c));
      row.push(cell ? (JSON.parse(JSON.stringify(cell)) as CellData) : undefined);
    }
    grid.push(row);
  }
  grid.forEach((row, r) =>
    row.forEach((from, c) => {
      const blank = !from || (from.value === "" && from.formula === undefined);
      if (skipBlanks && blank) return;
      const value = from ? wb.cellValue(source.sheet, source.rect.startRow + r, source.rect.startCol + c) : "";
      wb.updateCell(dest.sheet, top + r, left + c, (to) => {
        if (copyType !== "Formats") {
          to.value = from?.formula !== undefined && copyType !== "Values" ? (from.value ?? "") : value;
          if (from?.formula !== undefined && copyType !== "Values") to.formula = moveFormula(from.formula, dRow, dCol);
          else delete to.formula;
        }
        if (copyType === "All" || copyType === "Formats") {
          if (from?.numberFormat === undefined) delete to.numberFormat;
          else to.numberFormat = from.numberFormat;
          if (from?.format === undefined) delete to.format;
          else to.format = { ...from.format };
        }
      });
    }),
  );
  return {
    sheet: dest.sheet,
    rect: { startRow: top, startCol: left, endRow: top + rows - 1, endCol: left + cols - 1 },
  };
}
