/**
 * A formula engine for the in-memory host (FakeWorkbook.evaluate), used by the preview and the
 * tests: HyperFormula with the CSC functions plugged in (hyperformula-plugin.ts), over the
 * workbook's cells, so `=CSC.TIMELINESS(B2:B9,C2:C9)`, `=SUM(B1:C1)` or `=B2` show what Excel
 * would show. The engine is rebuilt when a cell changes (the workbook has no change event, so
 * each read compares the cells' contents with the engine's), and after a full recalculation.
 *
 * What reaches HyperFormula is what the cell holds: a formula, or a typed value (text stays
 * text: it is passed with a leading apostrophe, so "2020-04" or "=1" in a text cell is not
 * read again). A formula that refers to an empty cell shows 0, as in Excel. HyperFormula's own
 * error kinds map to Excel's: an unparsable formula (#ERROR!) is #NAME?, as the formula bar
 * would not take it; a circular reference (#CYCLE!) is #VALUE!, where Excel warns and shows 0,
 * so that the preview makes it visible.
 */
import { DetailedCellError, HyperFormula, type RawCellContent } from "hyperformula";
import { ERROR_VALUES, parseA1, type CellScalar, type FakeWorkbook, type FormulaEvaluator } from "@csc/fake-excel";
import { type Platform } from "./custom-functions-runtime";
import { buildWorkbookEngine } from "./hyperformula-plugin";

/** A sheet's contents as HyperFormula takes them: rows of formulas and typed values. */
type Grid = RawCellContent[][];

/** One cell's content for HyperFormula. */
function content(value: CellScalar, formula: string | undefined): RawCellContent {
  if (formula !== undefined) return formula;
  if (value === "" || value === null) return null;
  if (typeof value === "string") return ERROR_VALUES.has(value) ? value : `'${value}`;
  return value;
}

/** Every visible-or-not sheet of `wb` as grids, by name. */
function grids(wb: FakeWorkbook): Record<string, Grid> {
  const out: Record<string, Grid> = {};
  for (const sheet of wb.sheets) {
    if (sheet.deleted) continue;
    const grid: Grid = [];
    for (const [key, cell] of sheet.cells) {
      const comma = key.indexOf(",");
      const row = Number(key.slice(0, comma));
      const col = Number(key.slice(comma + 1));
      const c = content(cell.value, cell.formula);
      if (c === null) continue;
      const r = (grid[row] ??= []);
      r[col] = c;
    }
    // HyperFormula wants dense rows: holes become empty cells.
    for (let i = 0; i < grid.length; i++) grid[i] = Array.from(grid[i] ?? [], (v) => v ?? null);
    out[sheet.name] = grid;
  }
  return out;
}

/** HyperFormula's error kinds that Excel has no literal for, as the preview shows them. */
const HF_ONLY_ERRORS: Readonly<Record<string, string>> = { "#ERROR!": "#NAME?", "#CYCLE!": "#VALUE!" };

/** A HyperFormula cell value as `Range.values` reports it. */
function toCell(v: unknown): CellScalar {
  if (v instanceof DetailedCellError)
    return HF_ONLY_ERRORS[v.value] ?? (ERROR_VALUES.has(v.value) ? v.value : "#VALUE!");
  if (v === null || v === undefined) return 0;
  if (typeof v === "number" || typeof v === "string" || typeof v === "boolean") return v;
  return "#VALUE!";
}

/**
 * An evaluator for `wb`, passing blank cells to the CSC functions as `platform` does (Office on
 * the web by default, as the preview's Office).
 */
export function createEvaluator(wb: FakeWorkbook, platform: Platform = "web"): FormulaEvaluator {
  let engine: HyperFormula | undefined;
  let seen = "";
  return (_formula, sheet, address) => {
    const sheets = grids(wb);
    // A full recalculation (Application.calculate) recomputes every formula, as in Excel: the
    // CSC functions may answer otherwise now (the date system they read may have been learnt).
    const full = wb.calculations.filter((c) => c !== "Recalculate").length;
    const key = `${full}:${JSON.stringify(sheets)}`;
    if (!engine || key !== seen) {
      engine?.destroy();
      engine = buildWorkbookEngine(sheets, platform);
      seen = key;
    }
    const id = engine.getSheetId(sheet);
    if (id === undefined) return "#REF!";
    const at = parseA1(address);
    return toCell(engine.getCellValue({ sheet: id, row: at.startRow, col: at.startCol }));
  };
}
