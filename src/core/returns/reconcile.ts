/**
 * Reconciliation: each figure derived from a return beside the performance workbook's figure
 * for the same period and DfE's published figure where DfE has one, with the difference stated.
 * A difference is a warning naming every figure and its source; nothing is overwritten here.
 *
 * Return-neutral: which workbook dataset, column and kind of period a figure is compared with,
 * and which indicator of the comparator dataset, are data (RECONCILE_TARGETS), shared with the
 * fill (fill.ts): the SSDA903 return's rows and the children in need census's.
 */
import { figureHeading } from "./common/when";
import { formatPeriod, samePeriod, serialFromYmd, ymdFromSerial, type Period } from "../dates";
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
  /**
   * The figure compared as a share of another of the same return: `figure / of` (a workbook
   * share, 0 to 1, scale 1) or a percentage (DfE's, scale 100), labelled `label`. Shares and
   * percentages agree to within their rounding to 0.1 percentage point.
   */
  readonly ratio?: { readonly of: ReturnFigureId; readonly scale: 1 | 100; readonly label: string };
  /** false: compared only, never written into the workbook (the fill skips it). */
  readonly fill?: false;
  /** Said after the comparison, when the figures measure things the officer should tell apart. */
  readonly note?: string;
}

/** The census's referrals are its own count; a workbook's may be the front door's. */
const FRONT_DOOR_NOTE =
  "This is the children in need census's count; a workbook's Contacts row often holds the local front door's " +
  "count of contacts and referrals, expected to be higher (in the sample, more than twice), so it is compared " +
  "here and never written into the workbook.";

const year = (dataset: WorkbookTarget["dataset"], column: string, sheet: string, header: string): WorkbookTarget => ({
  dataset,
  column,
  sheet,
  header,
  periods: "year",
});

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
  // The children in need census (DfE "Characteristics of children in need": C1, C2, D1, D3, D5, D7).
  {
    figure: "referrals",
    workbook: year("contacts", "referrals", "Contacts", "Referrals"),
    published: { indicator: "referrals", label: "DfE's published referrals in the year" },
    fill: false,
    note: FRONT_DOOR_NOTE,
  },
  {
    // Project decision: the workbook's re-referrals go with its referrals (the same row, the
    // same count, often the front door's), so the census's are compared, never written beside them.
    figure: "rereferrals",
    workbook: year("contacts", "reReferrals", "Contacts", "Re-referrals"),
    fill: false,
    note: "The workbook's re-referrals belong with its referrals count, which may be the front door's; the census's are compared, never written there.",
  },
  {
    figure: "rereferrals",
    ratio: { of: "referrals", scale: 100, label: "Re-referrals within 12 months (% of referrals, CIN census)" },
    published: { indicator: "rereferral_rate", label: "DfE's published re-referral rate" },
  },
  {
    figure: "assessments_completed",
    workbook: year("assessments", "completed", "Assessments", "Assessments completed"),
  },
  {
    figure: "assessments_within_limit",
    workbook: year("assessments", "withinLimit", "Assessments", "Completed within limit"),
  },
  {
    figure: "assessments_within_limit",
    ratio: { of: "assessments_completed", scale: 1, label: "Assessments completed within 45 working days (share)" },
    workbook: year("assessments", "timeliness", "Assessments", "Timeliness"),
  },
  {
    figure: "cp_plans",
    workbook: year("childProtection", "onPlan", "Child Protection", "Children on a plan at 31 March"),
    published: { indicator: "cp", label: "DfE's published children on a child protection plan at 31 March" },
  },
  { figure: "cp_ended", workbook: year("childProtection", "plansEnded", "Child Protection", "Plans ended") },
  {
    figure: "cp_ended_2plus",
    workbook: year("childProtection", "lasting2Plus", "Child Protection", "Ended plans lasting 2+ years"),
  },
  { figure: "cp_subsequent", workbook: year("childProtection", "repeatPlans", "Child Protection", "Repeat plans") },
  {
    figure: "cp_subsequent",
    ratio: { of: "cp_started", scale: 100, label: "Plans started that were second or subsequent (%)" },
    published: { indicator: "cp_subsequent", label: "DfE's published share of plans that were second or subsequent" },
  },
];

/** One figure reconciled. */
export interface ReconcileRow {
  readonly figure: ReturnFigure;
  /** The period the figure belongs to in the workbook ("2017-18", "Jun-2017"). */
  readonly period?: Period;
  readonly workbook?: { readonly value: number; readonly source: string };
  readonly published?: { readonly value: number; readonly source: string };
  /** A share (0 to 1) or a percentage (0 to 100) rather than a count. */
  readonly unit?: "share" | "percent";
  /** "agrees" when every figure given is equal, "differs" when one is not, "alone" with nothing to compare. */
  readonly status: "agrees" | "differs" | "alone";
  /** The sentence for the officer (the note, when there is one, at its end). */
  readonly message: string;
  /**
   * What the officer should tell apart before trusting the comparison (the census's referrals
   * beside a front-door count), on its own for a table's footnote; only when compared.
   */
  readonly note?: string;
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

/**
 * The value a target compares (and the fill writes): the figure's, or its ratio to another
 * figure of the same return and period; undefined when the other is missing or 0.
 */
export function targetValue(
  target: ReconcileTarget,
  figure: ReturnFigure,
  figures: readonly ReturnFigure[],
): number | undefined {
  const r = target.ratio;
  if (!r) return figure.value;
  const of = figures.find(
    (f) =>
      f.id === r.of &&
      f.kind === figure.kind &&
      f.date === figure.date &&
      (f.year === figure.year || (f.year && figure.year && samePeriod(f.year, figure.year))),
  );
  return of && of.value > 0 ? (figure.value / of.value) * r.scale : undefined;
}

/** A target's value in words: a count, or a share or percentage to one decimal place. */
function shown(target: ReconcileTarget, v: number): string {
  const r = target.ratio;
  if (!r) return String(v);
  return `${(r.scale === 1 ? v * 100 : v).toFixed(1)}%`;
}

/** Equal, or for a ratio within the rounding of one decimal place of a percentage. */
function agrees(target: ReconcileTarget, a: number, b: number): boolean {
  const r = target.ratio;
  if (!r) return a === b;
  return Math.abs(a - b) * (r.scale === 1 ? 100 : 1) < 0.05 + 1e-9;
}

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
    for (const source of figures) {
      if (source.id !== target.figure) continue;
      const value = targetValue(target, source, figures);
      if (value === undefined) continue;
      const figure: ReturnFigure = target.ratio ? { ...source, value, label: target.ratio.label } : source;
      const w = target.workbook;
      const period = w ? figurePeriod(figure, w.periods) : undefined;
      const wv = w && period && sources.workbook ? workbookFigure(sources.workbook.data, w, period) : undefined;
      const pv =
        target.published && sources.published
          ? publishedFigure(figure, target.published.indicator, sources.published.data, sources.published.council)
          : undefined;
      const p = target.published;
      const derived = `${figureHeading(figure)}: ${shown(target, figure.value)} from the ${returnName}`;
      const parts: string[] = [];
      const row: { workbook?: ReconcileRow["workbook"]; published?: ReconcileRow["published"] } = {};
      const difference = (v: number) =>
        agrees(target, v, figure.value) ? "" : target.ratio ? " (differs)" : ` (${signed(v - figure.value)})`;
      if (wv !== undefined && w && sources.workbook && period) {
        const source = `${sources.workbook.name}, ${w.sheet} "${w.header}" ${formatPeriod(period)}`;
        row.workbook = { value: wv, source };
        parts.push(`${shown(target, wv)} in ${source}${difference(wv)}`);
      }
      if (pv !== undefined && p && sources.published) {
        const source = `${p.label}, ${sources.published.councilName}`;
        row.published = { value: pv, source };
        parts.push(`${shown(target, pv)} in ${source}${difference(pv)}`);
      }
      const differs = [row.workbook?.value, row.published?.value].some(
        (v) => v !== undefined && !agrees(target, v, figure.value),
      );
      const status = parts.length === 0 ? "alone" : differs ? "differs" : "agrees";
      const note = target.note && status !== "alone" ? target.note : undefined;
      const message =
        status === "alone"
          ? `${derived}; nothing to compare it with.`
          : `${derived}; ${parts.join("; ")}${differs ? ". The figures differ: check which is right before the report goes out." : "."}${note ? ` ${note}` : ""}`;
      const unit = target.ratio ? (target.ratio.scale === 1 ? "share" : "percent") : undefined;
      rows.push({
        figure,
        ...(period ? { period } : {}),
        ...row,
        ...(unit ? { unit } : {}),
        status,
        message,
        ...(note ? { note } : {}),
      });
    }
  }
  return rows;
}

/**
 * DfE's published figure for a figure's year: a count at 31 March goes with the year ending
 * then; a count over a year with that year. A percentage indicator (scale 100) is as DfE writes it.
 */
function publishedFigure(
  figure: ReturnFigure,
  indicator: string,
  data: BenchmarkDataset,
  council: string,
): number | undefined {
  let startYear: number | undefined;
  if (figure.year) startYear = figure.year.startYear;
  else if (figure.date !== undefined) {
    const { year, month, day } = ymdFromSerial(figure.date);
    if (month === 3 && day === 31) startYear = year - 1;
  }
  if (startYear === undefined) return undefined;
  const l = lookup(data, indicator, council, startYear);
  return "value" in l ? l.value : undefined;
}

const signed = (n: number) => (n > 0 ? `${n} more` : `${-n} fewer`);
