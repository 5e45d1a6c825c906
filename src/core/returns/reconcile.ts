/**
 * Reconciliation: each figure derived from a return beside the performance workbook's figure
 * for the same period and DfE's published figure where DfE has one, with the difference stated.
 * A difference is a warning naming every figure and its source; nothing is overwritten here.
 *
 * Return-neutral: which workbook dataset, column and kind of period a figure is compared with,
 * and which indicator of the comparator dataset, are data (RECONCILE_TARGETS). The children in
 * need census adds its rows there.
 */
import { formatPeriod, samePeriod, serialFromYmd, ukFromSerial, ymdFromSerial, type Period } from "../dates";
import { lookup, type BenchmarkDataset } from "../benchmarks";
import type { PerformanceData } from "../workbook";
import type { ReturnFigure, ReturnFigureId } from "./types";

/** A workbook column a figure is compared with. */
export interface WorkbookTarget {
  /** The PerformanceData dataset ("lookedAfter", "uasc", "contacts", ...). */
  readonly dataset: Exclude<keyof PerformanceData, "settings" | "assessmentLog">;
  /** The column's key in that dataset's rows ("lookedAfter"). */
  readonly column: string;
  /** The workbook's sheet and column header, for messages. */
  readonly sheet: string;
  readonly header: string;
  /**
   * How a count on a day finds its row: "year-or-quarter" puts 31 March on the year's row and
   * the other quarter ends on quarter rows (the Looked After table); "quarter" uses quarter rows
   * only (the UASC table). A count over a year uses the year's row.
   */
  readonly periods: "year-or-quarter" | "quarter" | "year";
}

/** A figure's comparisons: the workbook column and DfE's indicator (for counts at 31 March or over a year). */
export interface ReconcileTarget {
  readonly figure: ReturnFigureId;
  readonly workbook?: WorkbookTarget;
  /** The comparator dataset's indicator (src/core/benchmarks/indicators.ts). */
  readonly published?: { readonly indicator: string; readonly label: string };
}

/** The rows of the reconciliation, by figure: add a return's figures here. */
export const RECONCILE_TARGETS: readonly ReconcileTarget[] = [
  {
    figure: "cla",
    workbook: {
      dataset: "lookedAfter",
      column: "lookedAfter",
      sheet: "Looked After",
      header: "Children looked after",
      periods: "year-or-quarter",
    },
    published: { indicator: "cla", label: "DfE's published children looked after at 31 March" },
  },
  {
    figure: "uasc_looked_after",
    workbook: {
      dataset: "uasc",
      column: "lookedAfter",
      sheet: "UASC",
      header: "UASC looked after",
      periods: "quarter",
    },
  },
];

/** One figure reconciled. */
export interface ReconcileRow {
  readonly figure: ReturnFigure;
  /** The period the figure belongs to in the workbook ("2017-18", "Jun-2017"). */
  readonly period?: Period;
  readonly workbook?: { readonly value: number; readonly source: string };
  readonly published?: { readonly value: number; readonly source: string };
  /** "agrees" when every figure given is equal, "differs" when one is not, "alone" with nothing to compare. */
  readonly status: "agrees" | "differs" | "alone";
  /** The sentence for the officer. */
  readonly message: string;
}

/** The workbook period a figure is compared at, or undefined when the workbook has no such row kind. */
export function figurePeriod(figure: ReturnFigure, periods: WorkbookTarget["periods"]): Period | undefined {
  if (figure.year) return periods === "quarter" ? undefined : figure.year;
  if (figure.date === undefined) return undefined;
  const { year, month } = ymdFromSerial(figure.date);
  // Only counts at a quarter end (31 March, 30 June, 30 September, 31 December) have a row.
  if ((month !== 3 && month !== 6 && month !== 9 && month !== 12) || figure.date !== lastDay(year, month))
    return undefined;
  if (month === 3 && periods !== "quarter") return { kind: "year", startYear: year - 1 };
  if (periods === "year") return undefined;
  return { kind: "quarter", endYear: year, endMonth: month };
}

function lastDay(year: number, month: number): number {
  return month === 12 ? serialFromYmd(year, 12, 31) : serialFromYmd(year, month + 1, 1) - 1;
}

/** The workbook's value of a column at a period, or undefined when the row or the value is not there. */
export function workbookFigure(data: PerformanceData, target: WorkbookTarget, period: Period): number | undefined {
  const rows: readonly object[] = data[target.dataset];
  for (const row of rows) {
    const r = row as Readonly<Record<string, unknown>>;
    const p = (r.period ?? r.year ?? r.quarter) as Period | undefined;
    if (p && samePeriod(p, period)) {
      const v = r[target.column];
      return typeof v === "number" ? v : undefined;
    }
  }
  return undefined;
}

const when = (f: ReturnFigure) =>
  f.date !== undefined ? `at ${ukFromSerial(f.date)}` : f.year ? `in ${formatPeriod(f.year)}` : "";

/**
 * Reconciles figures with the workbook and DfE's published figures.
 * @param sources.workbook the workbook's data (validated) and its file name for messages.
 * @param sources.published DfE's dataset and the council's DfE code (from the Settings or --la).
 */
export function reconcile(
  figures: readonly ReturnFigure[],
  returnName: string,
  sources: {
    readonly workbook?: { readonly data: PerformanceData; readonly name: string };
    readonly published?: { readonly data: BenchmarkDataset; readonly council: string; readonly councilName: string };
  },
): ReconcileRow[] {
  const rows: ReconcileRow[] = [];
  for (const target of RECONCILE_TARGETS) {
    for (const figure of figures) {
      if (figure.id !== target.figure) continue;
      const w = target.workbook;
      const period = w ? figurePeriod(figure, w.periods) : undefined;
      const wv = w && period && sources.workbook ? workbookFigure(sources.workbook.data, w, period) : undefined;
      let pv: number | undefined;
      const p = target.published;
      if (p && sources.published && figure.date !== undefined) {
        const { year, month, day } = ymdFromSerial(figure.date);
        if (month === 3 && day === 31) {
          const l = lookup(sources.published.data, p.indicator, sources.published.council, year - 1);
          if ("value" in l) pv = l.value;
        }
      }
      const derived = `${figure.label} ${when(figure)}: ${figure.value} from the ${returnName}`;
      const parts: string[] = [];
      const row: { workbook?: ReconcileRow["workbook"]; published?: ReconcileRow["published"] } = {};
      if (wv !== undefined && w && sources.workbook && period) {
        const source = `${sources.workbook.name}, ${w.sheet} "${w.header}" ${formatPeriod(period)}`;
        row.workbook = { value: wv, source };
        parts.push(`${wv} in ${source}${wv !== figure.value ? ` (${signed(wv - figure.value)})` : ""}`);
      }
      if (pv !== undefined && p && sources.published) {
        const source = `${p.label}, ${sources.published.councilName}`;
        row.published = { value: pv, source };
        parts.push(`${pv} in ${source}${pv !== figure.value ? ` (${signed(pv - figure.value)})` : ""}`);
      }
      const differs = [row.workbook?.value, row.published?.value].some((v) => v !== undefined && v !== figure.value);
      const status = parts.length === 0 ? "alone" : differs ? "differs" : "agrees";
      const message =
        status === "alone"
          ? `${derived}; nothing to compare it with.`
          : `${derived}; ${parts.join("; ")}${differs ? ". The figures differ: check which is right before the report goes out." : "."}`;
      rows.push({ figure, ...(period ? { period } : {}), ...row, status, message });
    }
  }
  return rows;
}

const signed = (n: number) => (n > 0 ? `${n} more` : `${-n} fewer`);
