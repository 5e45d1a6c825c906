/**
 * Reading a period-indexed dataset (assessments, child protection, looked after, contacts,
 * UASC): every cell read as its column's kind, blank required figures flagged, and the
 * period sequence checked per kind (unreadable, duplicated, out of order, missing).
 */
import type { LocatedTable } from "../locate";
import { datasetColumns, type ColumnKey, type ColumnSpec, type PeriodDatasetId } from "../layout";
import { ISSUE_CODES, finding, type CellContext, type Finding, type FindingSink, type IssueParams } from "../issues";
import {
  isBlankValue,
  isProblem,
  kindNoun,
  periodLabel,
  readCount,
  readPeriod,
  readShare,
  shownAsDate,
  type CellProblem,
} from "../cells";
import { type Period, periodOrdinal, quarterFromOrdinal } from "../../dates";
import { isDateFormat } from "../number-format";

/** One data row of dataset `D` with a readable period. */
export interface PeriodRow<D extends PeriodDatasetId = PeriodDatasetId> {
  /** Zero-based row on the sheet. */
  readonly row: number;
  readonly period: Period;
  /** The figures by the layout's column key (never the period's); absent when blank or unreadable. */
  readonly values: { readonly [K in ColumnKey<D>]?: number };
}

/** Dataset `D` read from its table. */
export interface PeriodTable<D extends PeriodDatasetId = PeriodDatasetId> {
  readonly id: D;
  readonly table: LocatedTable;
  /** The layout's columns of `D`, period first, with their literal keys. */
  readonly columns: readonly ColumnSpec<ColumnKey<D>>[];
  /** Rows with a readable period, in sheet order. */
  readonly rows: readonly PeriodRow<D>[];
  /** The A1 address of a column's cell (by key) on a sheet row. */
  cell(row: number, key: ColumnKey<D>): string;
  /** The cell where the next row's period would go, or the header's first cell when there is no row. */
  readonly lastPeriodCell: string;
}

/** The period datasets read so far, each typed by its id. */
export class PeriodTables {
  // Keyed by id, each value the PeriodTable of that id (set() keeps them together).
  private readonly byId = new Map<PeriodDatasetId, unknown>();

  /** Adds (or replaces) a dataset's table. */
  set<D extends PeriodDatasetId>(t: PeriodTable<D>): void {
    this.byId.set(t.id, t);
  }

  /** A dataset's table, when the workbook has it. */
  get<D extends PeriodDatasetId>(id: D): PeriodTable<D> | undefined {
    return this.byId.get(id) as PeriodTable<D> | undefined;
  }
}

/** The cell a rule names when a row has a problem; also used by the log reader. */
export function reportProblem(
  sink: FindingSink,
  t: LocatedTable,
  cell: string,
  p: CellProblem,
  context: CellContext,
  group: string,
): void {
  // The reader's parameters and the rule's context together make the code's parameters
  // (CellProblem is typed as IssueParams[C] without CellContext); TypeScript cannot follow
  // the union through the spread, so this is the one place that says so.
  const f = {
    code: p.problem,
    severity: ISSUE_CODES[p.problem],
    sheet: t.sheet,
    cell,
    params: { ...p.params, ...context },
  };
  sink.add(f as Finding, group);
}

/** The parameters of a date-in-count finding: the date the officer sees and the count the workbook holds. */
export function dateInCount(v: number, column: string, what: string): IssueParams["date-in-count"] {
  return { column, what, date: shownAsDate(v, true), value: v };
}

function periodFromOrdinal(kind: Period["kind"], ordinal: number): Period {
  return kind === "year" ? { kind: "year", startYear: ordinal } : quarterFromOrdinal(ordinal);
}

/** True when the reader says the body cell (row i, table column k) is formatted as a date. */
export function isDateCell(t: LocatedTable, i: number, k: number): boolean {
  const code = t.numberFormats?.[i]?.[k];
  return code !== undefined && isDateFormat(code);
}

/** Reads dataset `id` from its located table, adding cell and sequence findings to `sink`. */
export function readPeriodTable<D extends PeriodDatasetId>(id: D, t: LocatedTable, sink: FindingSink): PeriodTable<D> {
  const { spec, columnIndex } = t;
  const columns = datasetColumns(id);
  const periodSpec = columns[0];
  const periodKind = periodSpec?.kind === "year" || periodSpec?.kind === "quarter" ? periodSpec.kind : "period";
  const cellOf = (row: number, key: ColumnKey<D>): string => {
    const k = columns.findIndex((c) => c.key === key);
    return t.at(row, t.left + Math.max(0, columnIndex[k] ?? 0));
  };
  const periodCol = t.left + (columnIndex[0] ?? 0);

  // Pass 1: periods.
  const found: { row: number; i: number; raw: readonly unknown[]; period: Period | undefined }[] = [];
  for (let i = 0; i < t.rows.length; i++) {
    const raw = t.rows[i] ?? [];
    if (raw.every(isBlankValue)) continue; // blank rows (often a spare row at the end) are skipped
    const row = t.top + 1 + i;
    const p = readPeriod(raw[columnIndex[0] ?? 0], periodKind, spec.snapshot, isDateCell(t, i, columnIndex[0] ?? 0));
    if (p === null) {
      sink.add(
        finding("blank", t.sheet, t.at(row, periodCol), { what: t.line(row), column: periodSpec?.header ?? "" }),
      );
    } else if (isProblem(p))
      reportProblem(
        sink,
        t,
        t.at(row, periodCol),
        p,
        { column: periodSpec?.header ?? "", what: t.line(row) },
        "period",
      );
    // A year Excel turned into a date is still read (period-as-date is a warning).
    found.push({ row, i, raw, period: p === null ? undefined : isProblem(p) ? p.period : p });
  }
  checkSequence(t, found, sink, periodCol);

  // The first period of each kind, for "every quarter from Jun-2017 needs a figure".
  const first: Partial<Record<Period["kind"], Period>> = {};
  for (const f of found) if (f.period && !first[f.period.kind]) first[f.period.kind] = f.period;

  // Pass 2: figures.
  const rows: PeriodRow<D>[] = [];
  for (const f of found) {
    const values: { [K in ColumnKey<D>]?: number } = {};
    const what = f.period ? periodLabel(f.period) : t.line(f.row);
    columns.forEach((c, k) => {
      if (k === 0 || (columnIndex[k] ?? -1) < 0) return;
      const col = t.left + (columnIndex[k] ?? 0);
      const v = c.kind === "share" ? readShare(f.raw[columnIndex[k] ?? 0]) : readCount(f.raw[columnIndex[k] ?? 0]);
      if (c.kind === "count" && typeof v === "number" && !Number.isNaN(v) && isDateCell(t, f.i, columnIndex[k] ?? 0)) {
        // The officer sees a date; the report would print its serial as a count of children.
        sink.add(finding("date-in-count", t.sheet, t.at(f.row, col), dateInCount(v, c.header, what)), c.key);
        values[c.key] = undefined;
      } else if (isProblem(v)) {
        reportProblem(sink, t, t.at(f.row, col), v, { column: c.header, what }, c.key);
        values[c.key] = v.value;
      } else if (Number.isNaN(v)) {
        values[c.key] = undefined;
        if (c.required) {
          const firstOfKind = f.period ? first[f.period.kind] : undefined;
          const params: IssueParams["blank"] =
            f.period && firstOfKind
              ? { what, column: c.header, first: periodLabel(firstOfKind), kindNoun: kindNoun(f.period.kind) }
              : { what, column: c.header };
          sink.add(finding("blank", t.sheet, t.at(f.row, col), params), c.key);
        }
      } else values[c.key] = v;
    });
    if (f.period) rows.push({ row: f.row, period: f.period, values });
  }
  const lastRow = found.length ? (found[found.length - 1]?.row ?? t.top) : t.top;
  return { id, table: t, columns, rows, cell: cellOf, lastPeriodCell: t.at(lastRow, periodCol) };
}

/** Duplicated, out-of-order and missing periods, checked separately for years and quarters. */
function checkSequence(
  t: LocatedTable,
  found: readonly { row: number; period: Period | undefined }[],
  sink: FindingSink,
  periodCol: number,
): void {
  for (const kind of ["year", "quarter"] as const) {
    const seen = new Map<number, number>(); // ordinal -> sheet row
    let last: { ordinal: number; row: number; period: Period } | undefined;
    // Rows since `last` whose period is blank or unreadable (already reported at their cell):
    // a gap they could fill is not reported again as missing periods beside them.
    let unread = 0;
    for (const f of found) {
      if (!f.period) {
        unread++;
        continue;
      }
      if (f.period.kind !== kind) continue;
      const ordinal = periodOrdinal(f.period);
      const cell = t.at(f.row, periodCol);
      const label = periodLabel(f.period);
      const dup = seen.get(ordinal);
      if (dup !== undefined) {
        sink.add(
          finding("period-duplicate", t.sheet, cell, { period: label, firstCell: t.at(dup, periodCol) }),
          "period",
        );
        continue;
      }
      seen.set(ordinal, f.row);
      if (last && ordinal < last.ordinal) {
        sink.add(
          finding("period-order", t.sheet, cell, { period: label, previous: periodLabel(last.period) }),
          "period",
        );
        continue; // keep the highest period as the reference for gaps
      }
      const count = last ? ordinal - last.ordinal - 1 : 0;
      if (last && count > unread) {
        sink.add(
          finding(
            "period-missing",
            t.sheet,
            t.at(last.row, periodCol),
            {
              after: periodLabel(last.period),
              from: periodLabel(periodFromOrdinal(kind, last.ordinal + 1)),
              to: periodLabel(periodFromOrdinal(kind, ordinal - 1)),
              count,
              kindNoun: kindNoun(kind),
            },
            t.spec.gapSeverity[kind],
          ),
          "period",
        );
      }
      last = { ordinal, row: f.row, period: f.period };
      unread = 0;
    }
  }
}
