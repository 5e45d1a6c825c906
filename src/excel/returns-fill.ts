/**
 * "Fill empty cells in the workbook" on the Returns tab: reads the workbook, asks core for the
 * fill plan (src/core/returns/fill.ts: only empty cells and missing period rows), writes it in
 * one batch, and records what each cell held so Undo puts it back exactly.
 *
 * - A cell the plan fills is checked again as it is written: one that is no longer empty (the
 *   officer typed into it meanwhile) is left and reported, never replaced.
 * - A filled cell keeps its own number format; a General one takes the column's format.
 * - A period row goes into its table with `TableRow` calls: added empty at its place, its
 *   number formats set, then its values (a string like "Jun-2017" written into a General cell
 *   would become a date: Range.values,
 *   https://learn.microsoft.com/en-us/javascript/api/excel/excel.range#excel-excel-range-values-member).
 * - Undo refuses, changing nothing, when any filled cell or added row no longer holds what the
 *   fill wrote.
 *
 * ExcelApi 1.1 members only: Range.formulas/values/numberFormat, Table.rows.add/getItemAt,
 * TableRow.values/getRange/delete (https://learn.microsoft.com/en-us/javascript/api/excel/excel.tablerow).
 */
import { planReturnsFill, type FillRow, type ReturnFigure, type ReturnsFillPlan } from "../core/returns";
import type { AssessmentLogRow, RawValue } from "../core/workbook";
import { formatPeriod } from "../core/dates";
import { formatCell, parseCell, sheetCell } from "../core/base";
import { readWorkbook } from "./read";

/** One cell the fill wrote, where it is now, and what it held before. */
export interface FilledCell {
  readonly sheet: string;
  /** A1 once the rows were added. */
  readonly address: string;
  readonly value: number;
  /** The period and column the figure is for ("Jun-2017", "UASC looked after"). */
  readonly period: string;
  readonly header: string;
  readonly before: { readonly formula: string | number | boolean; readonly numberFormat: string };
}

/** What a fill did, for the pane's message and its Undo. */
export interface FillRecord {
  readonly plan: ReturnsFillPlan;
  readonly cells: readonly FilledCell[];
  readonly rows: readonly FillRow[];
  /** Cells the plan would have filled but that held something by the time of writing. */
  readonly skipped: readonly { readonly sheet: string; readonly address: string }[];
}

/** Why Undo did nothing. */
export class FillUndoRefused extends Error {
  constructor(readonly changed: readonly string[]) {
    super(`${changed.join(", ")} changed since the fill, so nothing was undone.`);
    this.name = "FillUndoRefused";
  }
}

const isEmpty = (v: unknown) => v === "" || v === null || v === undefined;

/**
 * Reads the open workbook and plans the fill from the figures (and the census's Assessment Log
 * rows, only when the officer ticked for them).
 */
export async function planFillInExcel(
  figures: readonly ReturnFigure[],
  returnName: string,
  assessmentLog?: readonly AssessmentLogRow[],
): Promise<ReturnsFillPlan> {
  const raw = await readWorkbook();
  return planReturnsFill(figures, raw, returnName, assessmentLog ? { assessmentLog } : {});
}

/** The body index an existing row has once rows were added at `added` (final indexes, ascending). */
function shifted(row: number, added: readonly number[]): number {
  let p = row;
  for (const a of added) if (a <= p) p++;
  return p;
}

/** Writes the plan: empty cells first (at the addresses planned), then the period rows. */
export async function applyReturnsFill(plan: ReturnsFillPlan): Promise<FillRecord> {
  return Excel.run(async (context) => {
    const sheets = context.workbook.worksheets;
    const ranges = plan.cells.map((c) => sheets.getItem(c.sheet).getRange(c.address).load("formulas, numberFormat"));
    await context.sync();
    const written: { cell: (typeof plan.cells)[number]; before: FilledCell["before"] }[] = [];
    const skipped: FillRecord["skipped"][number][] = [];
    plan.cells.forEach((c, i) => {
      const r = ranges[i];
      const formula = r?.formulas[0]?.[0] as string | number | boolean | undefined;
      if (!r || !isEmpty(formula)) {
        skipped.push({ sheet: c.sheet, address: c.address });
        return;
      }
      const numberFormat = String(r.numberFormat[0]?.[0] ?? "General");
      if (numberFormat === "General") r.numberFormat = [[c.numberFormat]];
      r.values = [[c.value]];
      written.push({ cell: c, before: { formula: "", numberFormat } });
    });
    const rows = [...plan.rows].sort((a, b) => a.index - b.index);
    for (const row of rows) {
      const added = context.workbook.tables.getItem(row.table).rows.add(row.index, [row.values.map(() => "")]);
      const range = added.getRange();
      range.numberFormat = [[...row.formats]];
      range.values = [row.values.map((v) => (v === null ? "" : v))];
    }
    await context.sync();
    const cells = written.map(({ cell, before }): FilledCell => {
      const at = parseCell(cell.address);
      const tableRows = rows.filter((r) => r.table === cell.table && cell.table !== "").map((r) => r.index);
      const address =
        at && tableRows.length
          ? formatCell({ row: at.row + shifted(cell.row, tableRows) - cell.row, col: at.col })
          : cell.address;
      return {
        sheet: cell.sheet,
        address,
        value: cell.value,
        period: formatPeriod(cell.period),
        header: cell.header,
        before,
      };
    });
    return { plan, cells, rows, skipped };
  });
}

const same = (a: RawValue | undefined, b: RawValue) => (isEmpty(a) && isEmpty(b)) || a === b;

/**
 * Puts back what the fill changed: each filled cell's number format and emptiness, and removes
 * the rows it added. Refuses (FillUndoRefused, nothing changed) when any of them was edited since.
 */
export async function undoReturnsFill(record: FillRecord): Promise<void> {
  await Excel.run(async (context) => {
    const sheets = context.workbook.worksheets;
    const cells = record.cells.map((c) => sheets.getItem(c.sheet).getRange(c.address).load("values"));
    const rows = record.rows.map((r) =>
      context.workbook.tables.getItem(r.table).rows.getItemAt(r.index).load("values"),
    );
    await context.sync();
    const changed: string[] = [];
    record.cells.forEach((c, i) => {
      if (cells[i]?.values[0]?.[0] !== c.value) changed.push(sheetCell(c.sheet, c.address));
    });
    record.rows.forEach((r, i) => {
      const now = rows[i]?.values[0] ?? [];
      if (!r.values.every((v, k) => same(now[k] as RawValue | undefined, v)))
        changed.push(`the ${String(r.values.find((v) => typeof v === "string") ?? "")} row of ${r.table}`);
    });
    if (changed.length) throw new FillUndoRefused(changed);
    record.cells.forEach((c, i) => {
      const r = cells[i];
      if (!r) return;
      // The format first: a value written under the wrong format may be read differently.
      r.numberFormat = [[c.before.numberFormat]];
      r.formulas = [[c.before.formula]];
    });
    // Highest index first, so each row's index still holds when it is deleted.
    [...record.rows]
      .sort((a, b) => b.index - a.index)
      .forEach((r) => context.workbook.tables.getItem(r.table).rows.getItemAt(r.index).delete());
    await context.sync();
  });
}
