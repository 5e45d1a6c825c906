/**
 * Custom-function results arrive later. A formula that calls a custom function shows `#BUSY!`
 * until the function answers: "#BUSY errors are returned when a formula waits for a required
 * resource that takes a long time to access ... A function in the formula is still running"
 * (support.microsoft.com, "How to correct a #BUSY! error",
 * https://support.microsoft.com/en-us/office/how-to-correct-a-busy-error-8bdce02f-9dc0-48b9-9326-49326f294619).
 * Excel calls the add-in's JavaScript and writes the result when its promise settles, so even a
 * function that returns at once shows `#BUSY!` first (office-js generator issue "#BUSY! flashing
 * in excel every time a function is invoked",
 * https://github.com/OfficeDev/generator-office/issues/859), and add-ins that read such cells
 * through Office.js find `values` "#BUSY!" until then
 * (https://github.com/OfficeDev/office-js/issues/6930, https://github.com/OfficeDev/office-js/issues/4152).
 *
 * The host models it for the namespaces it is told are custom functions (the add-in's, once it
 * is loaded): a formula written through Office.js that calls one reads `#BUSY!` (an Error in
 * `valueTypes`) until its result arrives. When is the host's choice, as it is Excel's: after a
 * number of further syncs (1: a read in the batch that wrote the formula sees `#BUSY!`, a read
 * in the next sees the value), or only when a test calls `settleCustomFunctions()`.
 *
 * Not modelled: a custom function recalculated because its inputs changed (Excel shows `#BUSY!`
 * again, or the old value with a refresh mark), and formulas that refer to a busy cell.
 */
import type { SheetState } from "../model/state";
import { cellKey } from "../model/state";

/** How the host models custom functions' results. */
export interface CustomFunctionOptions {
  /** The namespaces of the loaded add-ins' custom functions ("CSC" for `=CSC.WORKDAYS(...)`). */
  readonly namespaces: readonly string[];
  /** Syncs after the one that wrote the formula before its result shows, or "manual" (see `settle`). */
  readonly resultAfterSyncs: number | "manual";
}

/** The formulas waiting for a custom function's result, by sheet and cell. */
export class CustomFunctionResults {
  private readonly waiting = new Map<SheetState, Map<string, number>>();
  private readonly call: RegExp;

  constructor(readonly options: CustomFunctionOptions) {
    if (options.namespaces.some((n) => !/^[A-Za-z_][A-Za-z0-9_.]*$/.test(n)))
      throw new RangeError("Custom function namespaces are names such as CSC.");
    const names = options.namespaces.map((n) => n.replace(/\./g, "\\.")).join("|");
    // A call `NS.NAME(` outside a string literal; namespaces are case-insensitive, as Excel's names.
    this.call = new RegExp(`(^|[^A-Za-z0-9_.])(?:${names})\\.[A-Za-z0-9_.]+\\s*\\(`, "i");
  }

  /** True when `formula` calls one of the custom functions. */
  calls(formula: string): boolean {
    return this.call.test(formula.replace(/"[^"]*"/g, '""'));
  }

  /** A cell was written during sync `sync`: wait for its result when it calls a custom function. */
  written(sheet: SheetState, row: number, col: number, formula: string | undefined, sync: number): void {
    const key = cellKey(row, col);
    const cells = this.waiting.get(sheet);
    if (formula === undefined || !this.calls(formula)) {
      cells?.delete(key);
      return;
    }
    const after = this.options.resultAfterSyncs;
    const shows = after === "manual" ? Number.POSITIVE_INFINITY : sync + Math.max(1, Math.trunc(after));
    if (cells) cells.set(key, shows);
    else this.waiting.set(sheet, new Map([[key, shows]]));
  }

  /** True while the cell's formula waits for a custom function's result, at sync `sync`. */
  busy(sheet: SheetState, row: number, col: number, sync: number): boolean {
    const shows = this.waiting.get(sheet)?.get(cellKey(row, col));
    return shows !== undefined && sync < shows;
  }

  /** Every waiting result arrives now. */
  settle(): void {
    this.waiting.clear();
  }
}
