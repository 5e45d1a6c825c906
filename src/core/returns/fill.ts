/**
 * Filling the performance workbook from a return's figures: which empty cells get a figure and
 * which missing period rows are added, planned from the workbook's cells as read (not its
 * validated data, so a table with a blank required cell, the very thing to fill, is planned
 * too). Never a value the officer typed: a cell holding anything is left, and a figure that
 * differs from it is listed as a difference for the officer to settle.
 *
 * Which table and column each figure goes to, and how its period finds a row, is the
 * reconciliation's data (RECONCILE_TARGETS), so the children in need census's figures fill
 * their tables (Assessments, Child Protection, Contacts) once their targets are added there.
 */
import { comparePeriods, formatPeriod, samePeriod, type Period } from "../dates";
import {
  isBlankValue,
  readCount,
  readPeriod,
  datasetSpec,
  NUMBER_FORMATS,
  type DatasetId,
  FindingSink,
  locateDataset,
  type LocatedTable,
  type RawValue,
  type RawWorkbook,
} from "../workbook";
import { figurePeriod, RECONCILE_TARGETS, type WorkbookTarget } from "./reconcile";
import type { ReturnFigure } from "./types";

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

/** A period row the fill adds to an Excel table. */
export interface FillRow {
  readonly sheet: string;
  readonly table: string;
  /** The row's zero-based index in the table's body once added (rows are added in this order). */
  readonly index: number;
  readonly period: Period;
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

/** The column index in the located table of a layout column key, or -1. */
function columnOf(t: LocatedTable, key: string): number {
  const i = t.spec.columns.findIndex((c) => c.key === key);
  return i < 0 ? -1 : (t.columnIndex[i] ?? -1);
}

/** The table's period column: the layout's year, quarter or period column. */
function periodColumn(t: LocatedTable): { index: number; kind: "year" | "quarter" | "period" } | undefined {
  const spec = t.spec.columns.find((c) => c.kind === "year" || c.kind === "quarter" || c.kind === "period");
  if (!spec || (spec.kind !== "year" && spec.kind !== "quarter" && spec.kind !== "period")) return undefined;
  const index = columnOf(t, spec.key);
  return index < 0 ? undefined : { index, kind: spec.kind };
}

/** The period of each body row (undefined where unreadable or blank). */
function rowPeriods(t: LocatedTable): (Period | undefined)[] {
  const pc = periodColumn(t);
  return t.rows.map((row, r) => {
    if (!pc) return undefined;
    const fmt = t.numberFormats?.[r]?.[pc.index] ?? "";
    const p = readPeriod(row[pc.index], pc.kind, t.spec.snapshot, /[dmy]/i.test(fmt) && !fmt.includes("@"));
    return p && !("problem" in p) ? p : undefined;
  });
}

const when = (f: ReturnFigure, period: Period) => `${f.label}, ${formatPeriod(period)}`;

interface Pending {
  readonly t: LocatedTable;
  readonly period: Period;
  readonly cells: Map<number, { value: number; header: string }>;
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
): ReturnsFillPlan {
  const cells: FillCell[] = [];
  const differences: FillDifference[] = [];
  const notes: string[] = [];
  const located = new Map<DatasetId, LocatedTable | undefined>();
  const pending = new Map<string, Pending>();
  const locate = (target: WorkbookTarget): LocatedTable | undefined => {
    if (!located.has(target.dataset))
      located.set(target.dataset, locateDataset(raw, datasetSpec(target.dataset), new FindingSink()));
    return located.get(target.dataset);
  };
  for (const target of RECONCILE_TARGETS) {
    const w = target.workbook;
    if (!w) continue;
    for (const f of figures) {
      if (f.id !== target.figure) continue;
      const period = figurePeriod(f, w.periods);
      if (!period) continue;
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
            numberFormat: NUMBER_FORMATS.count,
            from: `${f.label} from ${returnName}`,
          });
          continue;
        }
        const n = readCount(v);
        const number = typeof n === "number" ? n : n.value;
        if (number !== f.value)
          differences.push({
            sheet: t.sheet,
            address,
            period,
            header: w.header,
            workbook: v,
            value: f.value,
            message: `${t.sheet}!${address} (${w.header}, ${formatPeriod(period)}) holds ${String(v)}; ${returnName} gives ${f.value}. It was left as it is.`,
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
      // A period before the table's first row is last year's return's to give (the count at the
      // start of the year): the table's history is not extended backwards.
      const first = periods.reduce<Period | undefined>(
        (m, p) => (p && (!m || comparePeriods(p, m) < 0) ? p : m),
        undefined,
      );
      if (first && comparePeriods(period, first) < 0) {
        notes.push(
          `${when(f, period)} (${f.value}) is before the first row of ${t.sheet} (${formatPeriod(first)}), so no row was added for it.`,
        );
        continue;
      }
      const key = `${t.spec.id}\u0000${formatPeriod(period)}`;
      const p = pending.get(key) ?? { t, period, cells: new Map() };
      p.cells.set(col, { value: f.value, header: w.header });
      pending.set(key, p);
    }
  }
  return { cells, rows: planRows([...pending.values()]), differences, notes };
}

/**
 * The rows to add, with their final indexes: in period order when the table's rows already are
 * (each new row before the first later period), else after the last row.
 */
function planRows(pending: readonly Pending[]): FillRow[] {
  const byTable = new Map<LocatedTable, Pending[]>();
  for (const p of pending) byTable.set(p.t, [...(byTable.get(p.t) ?? []), p]);
  const out: FillRow[] = [];
  for (const [t, list] of byTable) {
    const existing = rowPeriods(t);
    const ordered = existing.every((p, i) => {
      const prev = existing[i - 1];
      return i === 0 || (p !== undefined && prev !== undefined && comparePeriods(prev, p) < 0);
    });
    const adds = [...list].sort((a, b) => comparePeriods(a.period, b.period));
    const width = t.headers.length;
    const pc = periodColumn(t);
    adds.forEach((a, k) => {
      const before = ordered
        ? existing.filter((p) => p !== undefined && comparePeriods(p, a.period) < 0).length
        : existing.length;
      const values: RawValue[] = Array.from({ length: width }, () => "");
      const formats: string[] = Array.from({ length: width }, () => "General");
      t.spec.columns.forEach((c, i) => {
        const ci = t.columnIndex[i] ?? -1;
        if (ci >= 0) formats[ci] = NUMBER_FORMATS[c.kind];
      });
      if (pc) values[pc.index] = formatPeriod(a.period);
      for (const [ci, cell] of a.cells) values[ci] = cell.value;
      const leftBlank = t.spec.columns
        .filter((c, i) => c.required && (t.columnIndex[i] ?? -1) >= 0 && values[t.columnIndex[i] ?? -1] === "")
        .map((c) => c.header);
      out.push({
        sheet: t.sheet,
        table: t.name,
        index: before + k,
        period: a.period,
        values,
        formats,
        filled: [...a.cells.values()].map((c) => ({ header: c.header, value: c.value })),
        leftBlank,
      });
    });
  }
  return out;
}

/** The plan in a sentence for the confirmation ("4 empty cells and 3 rows", differences apart). */
export function fillSummary(plan: ReturnsFillPlan): string {
  const n = (k: number, w: string) => `${k} ${w}${k === 1 ? "" : "s"}`;
  const parts: string[] = [];
  if (plan.cells.length) parts.push(`fill ${n(plan.cells.length, "empty cell")}`);
  if (plan.rows.length) parts.push(`add ${n(plan.rows.length, "period row")}`);
  const doing = parts.length
    ? `This will ${parts.join(" and ")}.`
    : "There is nothing to fill: every cell the return's figures go to holds a value.";
  const kept = plan.differences.length
    ? ` ${n(plan.differences.length, "cell")} holding a different figure ${plan.differences.length === 1 ? "is" : "are"} left as typed.`
    : "";
  return `${doing}${kept}`;
}
