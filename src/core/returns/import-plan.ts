/**
 * What importing a return's figures into the performance workbook would change: aggregates only
 * (counts at a date or over a year), into the tables RECONCILE_TARGETS maps them to. Into an
 * officer's workbook, a figure fills an empty cell of its period's row, or adds its period's row
 * at the table's end when the row is missing and later than the table's last row of that kind
 * (the workbook's periods must stay in order); a figure the officer typed is never replaced, and
 * where it differs the difference is listed. Return-neutral: the CIN census's figures come in
 * through the same mapping.
 */
import { comparePeriods, formatPeriod, samePeriod, type Period } from "../dates";
import {
  readPeriod,
  isBlankValue,
  isProblem,
  LAYOUT,
  normaliseHeader,
  type DatasetSpec,
  findSampleTable,
  type RawTable,
  type RawValue,
  type RawWorkbook,
} from "../workbook";
import { figurePeriod, RECONCILE_TARGETS } from "./reconcile";
import type { ReturnFigure } from "./types";

/** One figure placed: the period's row and the column, by the layout's column index. */
interface Placed {
  readonly spec: DatasetSpec;
  readonly period: Period;
  readonly column: number;
  readonly value: number;
  readonly figure: ReturnFigure;
}

/** A table's changes. Row indexes are the table's body rows, 0-based. */
export interface TableImport {
  readonly spec: DatasetSpec;
  /** The table found in the workbook (undefined when writing a new workbook). */
  readonly table?: RawTable;
  /** Empty cells to fill: body row, table column (the table's own column order). */
  readonly fills: { readonly row: number; readonly column: number; readonly value: number }[];
  /** Rows to add at the table's end, in the table's column order. */
  readonly adds: { readonly period: Period; readonly cells: RawValue[] }[];
}

/** The import, with what it leaves alone and why. */
export interface ImportPlan {
  readonly tables: TableImport[];
  /** Figures the officer typed that differ from the return's (kept), in words. */
  readonly differences: string[];
  /** Figures not written, and why (a row that would break the period order, a missing column). */
  readonly skipped: string[];
  /** How many cells are written (filled or in added rows). */
  readonly written: number;
}

function place(figures: readonly ReturnFigure[]): Placed[] {
  const out: Placed[] = [];
  for (const t of RECONCILE_TARGETS) {
    const w = t.workbook;
    const spec = w && LAYOUT.find((s) => s.id === w.dataset);
    if (!w || !spec) continue;
    const column = spec.columns.findIndex((c) => c.key === w.column);
    for (const figure of figures) {
      if (figure.id !== t.figure) continue;
      const period = figurePeriod(figure, w.periods);
      if (period) out.push({ spec, period, column, value: figure.value, figure });
    }
  }
  return out;
}

const label = (p: Period) => formatPeriod(p);

/** Years first, then quarters, each in order (the template's order). */
const byKind = (a: Period, b: Period) => (a.kind === b.kind ? comparePeriods(a, b) : a.kind === "year" ? -1 : 1);

/**
 * Plans the import.
 * @param raw the officer's workbook, or undefined for a new workbook from the layout.
 */
export function importPlan(figures: readonly ReturnFigure[], raw?: RawWorkbook): ImportPlan {
  const placed = place(figures);
  const tables: TableImport[] = [];
  const differences: string[] = [];
  const skipped: string[] = [];
  let written = 0;
  for (const spec of LAYOUT) {
    const mine = placed.filter((p) => p.spec === spec);
    if (!mine.length) continue;
    const table = raw ? findSampleTable(raw, spec) : undefined;
    if (raw && !table) {
      skipped.push(`The workbook has no ${spec.sheet} table, so its figures were not written.`);
      continue;
    }
    // The table's column for each layout column (the layout's own order in a new workbook).
    const cols = spec.columns.map((c, i) =>
      table ? table.headers.findIndex((h) => normaliseHeader(h) === normaliseHeader(c.header)) : i,
    );
    const width = table ? table.headers.length : spec.columns.length;
    const rows = (table?.rows ?? []).map((r) => readPeriod(r[cols[0] ?? 0], "period", spec.snapshot));
    const fills: TableImport["fills"] = [];
    const adds = new Map<string, { period: Period; cells: RawValue[] }>();
    for (const p of mine) {
      const col = cols[p.column] ?? -1;
      const where = `${spec.sheet} "${spec.columns[p.column]?.header ?? ""}" ${label(p.period)}`;
      if (col < 0) {
        skipped.push(`${where}: the table has no such column.`);
        continue;
      }
      const i = rows.findIndex((r) => r !== null && !isProblem(r) && samePeriod(r, p.period));
      if (i >= 0) {
        const v = table?.rows[i]?.[col];
        if (isBlankValue(v)) fills.push({ row: i, column: col, value: p.value });
        else if (v !== p.value)
          differences.push(
            `${where}: the workbook has ${String(v)}, the return gives ${p.value}; the workbook's figure is kept.`,
          );
        continue;
      }
      const key = label(p.period);
      let add = adds.get(key);
      if (!add) {
        add = { period: p.period, cells: Array.from({ length: width }, (): RawValue => null) };
        add.cells[cols[0] ?? 0] = key;
        adds.set(key, add);
      }
      add.cells[col] = p.value;
    }
    // Rows go at the end only where they keep each kind's periods in order.
    const ordered = [...adds.values()].sort((a, b) => byKind(a.period, b.period));
    const kept: typeof ordered = [];
    for (const a of ordered) {
      const later = rows.find(
        (r): r is Period => r !== null && !isProblem(r) && r.kind === a.period.kind && comparePeriods(r, a.period) > 0,
      );
      if (later)
        skipped.push(
          `${spec.sheet} ${label(a.period)}: no row for it, and it belongs before ${label(later)}; add the row there in Excel (${a.cells.filter((c) => typeof c === "number").join(", ")}).`,
        );
      else kept.push(a);
    }
    written += fills.length + kept.reduce((n, a) => n + a.cells.filter((c) => typeof c === "number").length, 0);
    if (fills.length || kept.length) tables.push({ spec, ...(table ? { table } : {}), fills, adds: kept });
  }
  return { tables, differences, skipped, written };
}
