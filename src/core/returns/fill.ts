/**
 * Filling the performance workbook from a return's figures: which empty cells get a figure and
 * which missing period rows are added, planned from the workbook's cells as read (not its
 * validated data, so a table with a blank required cell, the very thing to fill, is planned
 * too). Never a value the officer typed: a cell holding anything is left, and a figure that
 * differs from it is listed as a difference for the officer to settle.
 *
 * Which table and column each figure goes to, and how its period finds a row, is the
 * reconciliation's data (RECONCILE_TARGETS): the SSDA903 return's figures fill Looked After and
 * UASC, the children in need census's Assessments and Child Protection (a target marked
 * `fill: false`, the census's referrals, is compared only). The census's Assessment Log rows
 * are child rows, planned only when the officer asks for them (fill-log.ts).
 *
 * One planner for both hosts: the pane writes the plan with Office.js (rows inserted at their
 * period's place), the CLI into a copy of the .xlsx or a new workbook built from the layout
 * (rows only appended: `rows: "at-end"`).
 */
import { formatPeriod, samePeriod, type Period } from "../dates";
import {
  isBlankValue,
  readCount,
  datasetSpec,
  NUMBER_FORMATS,
  type DatasetId,
  FindingSink,
  locateDataset,
  locatedIn1900System,
  type LocatedTable,
  type AssessmentLogRow,
  type RawValue,
  type RawWorkbook,
} from "../workbook";
import { planLogRows } from "./fill-log";
import { columnOf, periodColumn, planRows, rowPeriods, type Pending, type RowPlacement } from "./fill-rows";
import { figurePeriod, RECONCILE_TARGETS, targetValue, type WorkbookTarget } from "./reconcile";
import type { ReturnFigure } from "./types";
import { sheetCell } from "../base";

/** An empty cell the fill writes. */
export interface FillCell {
  readonly sheet: string;
  /** A1 on the sheet. */
  readonly address: string;
  /** The Excel table holding the cell ("" for a plain block) and the cell's body row in it. */
  readonly table: string;
  readonly row: number;
  readonly period: Period;
  /** The column's header ("Children looked after"). */
  readonly header: string;
  readonly value: number;
  /** The column's number format (used when the cell's own is General). */
  readonly numberFormat: string;
  /** Where the figure came from, in words. */
  readonly from: string;
}

/** A row the fill adds to an Excel table: a period's, or an Assessment Log row. */
export interface FillRow {
  readonly sheet: string;
  readonly table: string;
  /** The row's zero-based index in the table's body once added (rows are added in this order). */
  readonly index: number;
  /** The period of a period row; absent for an Assessment Log row (a child's). */
  readonly period?: Period;
  /** The row's cells in the table's column order ("" where the return has no figure). */
  readonly values: readonly RawValue[];
  readonly formats: readonly string[];
  /** The figures written, as "header: value". */
  readonly filled: readonly { readonly header: string; readonly value: number }[];
  /** Required columns left blank for the officer (the return does not hold them). */
  readonly leftBlank: readonly string[];
}

/** A cell holding something other than the return's figure: nothing is written there. */
export interface FillDifference {
  readonly sheet: string;
  readonly address: string;
  readonly period: Period;
  readonly header: string;
  /** What the cell holds, as read. */
  readonly workbook: RawValue;
  readonly value: number;
  readonly message: string;
}

/** What "Fill empty cells" would do. */
export interface ReturnsFillPlan {
  readonly cells: readonly FillCell[];
  readonly rows: readonly FillRow[];
  readonly differences: readonly FillDifference[];
  /** Figures with no place in the workbook, and why (no table, a table across, a plain block). */
  readonly notes: readonly string[];
}

const when = (f: ReturnFigure, period: Period) => `${f.label}, ${formatPeriod(period)}`;

/** Options of {@link planReturnsFill}. */
export interface FillOptions {
  /**
   * Where missing period rows go: "in-order" (the pane: inserted at their period's place),
   * "at-end" (the CLI's .xlsx edit: appended, and only where no later row of the same kind of
   * period exists). Default "in-order".
   */
  readonly rows?: RowPlacement;
  /** The census's Assessment Log rows to add (child rows: only when the officer asks). */
  readonly assessmentLog?: readonly AssessmentLogRow[];
  /**
   * The workbook keeps the 1904 date system though `raw` was read in the 1900 one (the CLI's
   * reader moves dates as it reads, and sets no `date1904`): dates written are 1904 serials.
   * A reader that sets `raw.date1904` needs no option.
   */
  readonly writeDate1904?: boolean;
}

/**
 * Plans the fill of the workbook's empty cells and missing period rows from the figures.
 * @param figures the returns' figures (any kinds).
 * @param raw the workbook as read (src/excel/read.ts or the CLI's reader).
 * @param returnName the return's name, for "from" and the differences' messages.
 */
export function planReturnsFill(
  figures: readonly ReturnFigure[],
  raw: RawWorkbook,
  returnName = "the return",
  options: FillOptions = {},
): ReturnsFillPlan {
  const cells: FillCell[] = [];
  const differences: FillDifference[] = [];
  const notes: string[] = [];
  const located = new Map<DatasetId, LocatedTable | undefined>();
  const pending = new Map<string, Pending>();
  const locate = (target: WorkbookTarget): LocatedTable | undefined => {
    if (!located.has(target.dataset)) located.set(target.dataset, locate1900(raw, target.dataset));
    return located.get(target.dataset);
  };
  for (const target of RECONCILE_TARGETS) {
    const w = target.workbook;
    if (!w || target.fill === false) continue;
    for (const figure of figures) {
      if (figure.id !== target.figure) continue;
      const period = figurePeriod(figure, w.periods);
      const value = targetValue(target, figure, figures);
      if (!period || value === undefined) continue;
      const f = { ...figure, value };
      const t = locate(w);
      const col = t ? columnOf(t, w.column) : -1;
      if (!t || col < 0 || !periodColumn(t)) {
        notes.push(
          `${when(f, period)} (${f.value}) has no place: the workbook has no ${w.sheet} table with a "${w.header}" column.`,
        );
        continue;
      }
      const periods = rowPeriods(t);
      const r = periods.findIndex((p) => p !== undefined && samePeriod(p, period));
      if (r >= 0) {
        const v = t.rows[r]?.[col] ?? null;
        const address = t.at(t.top + 1 + r, t.left + col);
        if (isBlankValue(v)) {
          cells.push({
            sheet: t.sheet,
            address,
            table: t.across ? "" : t.name,
            row: r,
            period,
            header: w.header,
            value: f.value,
            numberFormat: NUMBER_FORMATS[t.spec.columns.find((c) => c.key === w.column)?.kind ?? "count"],
            from: `${f.label} from ${returnName}`,
          });
          continue;
        }
        // A share is read as it is; a count as the validator reads it ("1,234" typed as text too).
        const n = typeof v === "number" ? v : readCount(v);
        const number = typeof n === "number" ? n : (n.value ?? NaN);
        const share = target.ratio !== undefined;
        if (!sameValue(number, f.value, share))
          differences.push({
            sheet: t.sheet,
            address,
            period,
            header: w.header,
            workbook: v,
            value: f.value,
            message: `${sheetCell(t.sheet, address)} (${w.header}, ${formatPeriod(period)}) holds ${String(v)}; ${returnName} gives ${share ? `${(f.value * 100).toFixed(1)}%` : f.value}. It was left as it is.`,
          });
        continue;
      }
      // No row for the period: added only to an Excel table kept down the rows (a plain block or
      // a table with the periods across has no row to append to without moving other cells).
      if (t.name === "" || t.across) {
        notes.push(
          `${when(f, period)} (${f.value}) has no row in ${t.sheet}; add the ${formatPeriod(period)} row yourself (the figures are not in an Excel table kept down the rows).`,
        );
        continue;
      }
      const key = `${t.spec.id}\u0000${formatPeriod(period)}`;
      const p = pending.get(key) ?? { t, period, cells: new Map() };
      p.cells.set(col, { value: f.value, header: w.header, label: f.label });
      pending.set(key, p);
    }
  }
  const rows = planRows([...pending.values()], options.rows ?? "in-order", notes);
  if (options.assessmentLog) {
    const t = locate1900(raw, "assessmentLog");
    rows.push(...planLogRows(t, options.assessmentLog, notes, raw.date1904 === true || options.writeDate1904 === true));
  }
  return { cells, rows, differences, notes };
}

/**
 * The dataset's table with its dates as 1900-system serials, as validation reads it
 * (core/workbook/date-system.ts): in a 1904-system workbook a period typed as a date, or a
 * referral date, is otherwise read 4 years and a day early and matches no figure.
 */
function locate1900(raw: RawWorkbook, id: DatasetId): LocatedTable | undefined {
  const t = locateDataset(raw, datasetSpec(id), new FindingSink());
  return t && raw.date1904 ? locatedIn1900System(t) : t;
}

/** Equal figures; a share (0 to 1) is equal to within the rounding of its percentage to 0.1. */
function sameValue(a: number, b: number, share: boolean): boolean {
  return share ? Math.abs(a - b) < 0.0005 : a === b;
}

/** The plan in a sentence for the confirmation ("4 empty cells and 3 rows", differences apart). */
export function fillSummary(plan: ReturnsFillPlan): string {
  const n = (k: number, w: string) => `${k} ${w}${k === 1 ? "" : "s"}`;
  const parts: string[] = [];
  if (plan.cells.length) parts.push(`fill ${n(plan.cells.length, "empty cell")}`);
  const periods = plan.rows.filter((r) => r.period).length;
  const log = plan.rows.length - periods;
  if (periods) parts.push(`add ${n(periods, "period row")}`);
  if (log) parts.push(`add ${n(log, "Assessment Log row")} (a row per child's assessment)`);
  const doing = parts.length
    ? `This will ${parts.join(" and ")}.`
    : "There is nothing to fill: every cell the return's figures go to holds a value.";
  const kept = plan.differences.length
    ? ` ${n(plan.differences.length, "cell")} holding a different figure ${plan.differences.length === 1 ? "is" : "are"} left as typed.`
    : "";
  return `${doing}${kept}`;
}
