/**
 * "Insert example" on the Functions tab: puts a function's example formula into one cell the
 * officer chose, never where they did not ask.
 *
 * - A cell inside a table is refused, whatever it holds: the performance tables are where the
 *   workbook's data lives, and a header written over (Settings!A1 is the Settings table's
 *   header) renames that table's column, and the next validation no longer finds it.
 * - A cell that holds anything (a value or a formula) is only replaced when the officer has
 *   said so (`replace`), after the pane has shown what is there.
 * - What was there (its formula or value, and its number format) is returned, so the pane's
 *   Undo puts it back exactly; undo refuses when the cell has changed since.
 * - A custom function's result arrives later: the cell shows `#BUSY!` until the function has
 *   answered ("A function in the formula is still running", support.microsoft.com "How to
 *   correct a #BUSY! error",
 *   https://support.microsoft.com/en-us/office/how-to-correct-a-busy-error-8bdce02f-9dc0-48b9-9326-49326f294619;
 *   add-ins reading such a cell find "#BUSY!", https://github.com/OfficeDev/office-js/issues/6930),
 *   and CSC.BENCHMARK loads its data first. So what the example shows is read again, with growing
 *   pauses, for about ten seconds before it is judged; if it is still calculating then, that is
 *   what the pane says.
 *
 * Only ExcelApi 1.1 members are used (Range.formulas/numberFormat/text/valueTypes/rowIndex/
 * columnIndex, Worksheet.tables, Table.getRange,
 * https://learn.microsoft.com/en-us/javascript/api/excel/excel.range).
 */

import { sheetCell } from "../core/base";

/** A cell as the pane names it. */
export interface ExampleTarget {
  readonly sheet: string;
  /** "B3" */
  readonly cell: string;
  /** "'Functions demo'!B3", as the pane shows it (the sheet quoted as Excel does). */
  readonly address: string;
}

/** What a cell held before the example went in. */
export interface CellContents {
  /** The cell's formula, or its constant value ("" for an empty cell). */
  readonly formula: string | number | boolean;
  readonly numberFormat: string;
}

/** The outcome of {@link placeExample}. */
export type PlaceResult =
  /** The cell is part of a table (`header` when it is a header cell): nothing was written. */
  | { readonly kind: "in-table"; readonly target: ExampleTarget; readonly header: boolean }
  /** The cell holds something (shown as `shows`) and `replace` was not given: nothing was written. */
  | { readonly kind: "occupied"; readonly target: ExampleTarget; readonly shows: string }
  /** The example is in the cell, which now shows `shows` (`isError` when that is an error value). */
  | {
      readonly kind: "written";
      readonly target: ExampleTarget;
      readonly formula: string;
      readonly before: CellContents;
      readonly shows: string;
      readonly isError: boolean;
      /** Excel was still calculating the example (`#BUSY!`) when the add-in stopped waiting. */
      readonly calculating: boolean;
    };

/** Options of {@link placeExample}. */
export interface PlaceOptions {
  /** The cell to write (from an earlier "occupied" answer); the selection's first cell when absent. */
  readonly target?: ExampleTarget;
  /** The officer agreed to replace what the cell holds. */
  readonly replace?: boolean;
}

function splitAddress(address: string): ExampleTarget {
  const bang = address.lastIndexOf("!");
  const rawSheet = address.slice(0, bang);
  const sheet = rawSheet.startsWith("'") ? rawSheet.slice(1, -1).replace(/''/g, "'") : rawSheet;
  const cell = address.slice(bang + 1).replace(/\$/g, "");
  return { sheet, cell, address: sheetCell(sheet, cell) };
}

/**
 * The pauses (ms) between reads of a cell still showing `#BUSY!`: about ten seconds in all,
 * short at first because most results arrive within a moment.
 */
const RESULT_WAITS_MS: readonly number[] = [100, 200, 400, 800, 1500, 2000, 2500, 2500];

/** True while the cell shows `#BUSY!`: its custom function has not answered yet. */
function isBusy(cell: Excel.Range): boolean {
  return cell.valueTypes[0]?.[0] === "Error" && cell.values[0]?.[0] === "#BUSY!";
}

function pause(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function isEmpty(formula: unknown): boolean {
  return formula === "" || formula === null || formula === undefined;
}

/**
 * Writes `formula` into the chosen cell, unless it is in a table, or holds something and
 * `replace` is not set. Reads what the cell shows afterwards, once its custom functions have
 * answered (waiting about ten seconds at most: `calculating` says when they had not).
 */
export async function placeExample(formula: string, options: PlaceOptions = {}): Promise<PlaceResult> {
  return Excel.run(async (context) => {
    const cell = options.target
      ? context.workbook.worksheets.getItem(options.target.sheet).getRange(options.target.cell)
      : context.workbook.getSelectedRange().getCell(0, 0);
    cell.load("address, rowIndex, columnIndex, formulas, numberFormat, text");
    const tables = cell.worksheet.tables;
    tables.load("items/showHeaders");
    await context.sync();
    const ranges = tables.items.map((t) => t.getRange().load("rowIndex, columnIndex, rowCount, columnCount"));
    await context.sync();
    const target = splitAddress(cell.address);
    const r = cell.rowIndex;
    const c = cell.columnIndex;
    for (let i = 0; i < ranges.length; i++) {
      const g = ranges[i]!;
      const inside =
        r >= g.rowIndex && r < g.rowIndex + g.rowCount && c >= g.columnIndex && c < g.columnIndex + g.columnCount;
      if (inside) return { kind: "in-table", target, header: tables.items[i]!.showHeaders && r === g.rowIndex };
    }
    const previous = cell.formulas[0]?.[0] as string | number | boolean;
    if (!isEmpty(previous) && !options.replace) {
      return { kind: "occupied", target, shows: String(cell.text[0]?.[0] ?? previous) };
    }
    const before: CellContents = {
      formula: isEmpty(previous) ? "" : previous,
      numberFormat: String(cell.numberFormat[0]?.[0] ?? "General"),
    };
    cell.formulas = [[formula]];
    cell.load("text, values, valueTypes");
    await context.sync();
    for (const wait of RESULT_WAITS_MS) {
      if (!isBusy(cell)) break;
      await pause(wait);
      cell.load("text, values, valueTypes");
      // One read per pause, only while Excel is still calculating: there is nothing to batch.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
    }
    const calculating = isBusy(cell);
    return {
      kind: "written",
      target,
      formula,
      before,
      shows: String(cell.text[0]?.[0] ?? ""),
      isError: !calculating && cell.valueTypes[0]?.[0] === "Error",
      calculating,
    };
  });
}

/** Why {@link undoExample} did nothing. */
export class UndoRefused extends Error {
  constructor(readonly target: ExampleTarget) {
    super(`${target.address} has been changed since the example went in, so it was left as it is.`);
    this.name = "UndoRefused";
  }
}

/**
 * Puts back what the cell held before {@link placeExample} wrote into it: its number format,
 * then its formula or value. Refuses (UndoRefused) when the cell no longer holds the example.
 */
export async function undoExample(written: Extract<PlaceResult, { kind: "written" }>): Promise<void> {
  await Excel.run(async (context) => {
    const cell = context.workbook.worksheets.getItem(written.target.sheet).getRange(written.target.cell);
    cell.load("formulas");
    await context.sync();
    if (cell.formulas[0]?.[0] !== written.formula) throw new UndoRefused(written.target);
    // The format first: a value written under the wrong format may be read differently.
    cell.numberFormat = [[written.before.numberFormat]];
    cell.formulas = [[written.before.formula]];
    await context.sync();
  });
}
