/**
 * The period rows a fill adds, and where: the pane inserts each at its period's place (Excel's
 * Table.rows.add takes an index); the CLI edits the .xlsx and can only append, so there a row is
 * added at the table's end only where no later row of its kind (year or quarter) exists, the
 * workbook's periods of each kind staying in order (the layout's order: years, then quarters).
 */
import { comparePeriods, formatPeriod, type Period } from "../dates";
import { readPeriod, NUMBER_FORMATS, type LocatedTable, type RawValue } from "../workbook";
import type { FillRow } from "./fill";

/** Where missing period rows go: at their period's place, or only at the table's end. */
export type RowPlacement = "in-order" | "at-end";

/** A period row waiting to be placed: its cells by the table's column index. */
export interface Pending {
  readonly t: LocatedTable;
  readonly period: Period;
  readonly cells: Map<number, { value: number; header: string; label: string }>;
}

/** The column index in the located table of a layout column key, or -1. */
export function columnOf(t: LocatedTable, key: string): number {
  const i = t.spec.columns.findIndex((c) => c.key === key);
  return i < 0 ? -1 : (t.columnIndex[i] ?? -1);
}

/** The table's period column: the layout's year, quarter or period column. */
export function periodColumn(t: LocatedTable): { index: number; kind: "year" | "quarter" | "period" } | undefined {
  const spec = t.spec.columns.find((c) => c.kind === "year" || c.kind === "quarter" || c.kind === "period");
  if (!spec || (spec.kind !== "year" && spec.kind !== "quarter" && spec.kind !== "period")) return undefined;
  const index = columnOf(t, spec.key);
  return index < 0 ? undefined : { index, kind: spec.kind };
}

/** The period of each body row (undefined where unreadable or blank). */
export function rowPeriods(t: LocatedTable): (Period | undefined)[] {
  const pc = periodColumn(t);
  return t.rows.map((row, r) => {
    if (!pc) return undefined;
    const fmt = t.numberFormats?.[r]?.[pc.index] ?? "";
    const p = readPeriod(row[pc.index], pc.kind, t.spec.snapshot, /[dmy]/i.test(fmt) && !fmt.includes("@"));
    return p && "problem" in p ? p.period : (p ?? undefined);
  });
}

/** Years first, then quarters, each in order (the layout's order, used when appending). */
const byKind = (a: Period, b: Period) => (a.kind === b.kind ? comparePeriods(a, b) : a.kind === "year" ? -1 : 1);

/** The row's cells and formats in the table's column order ("" where the return has no figure). */
function rowOf(t: LocatedTable, a: Pending, index: number): FillRow {
  const width = t.headers.length;
  const values: RawValue[] = Array.from({ length: width }, () => "");
  const formats: string[] = Array.from({ length: width }, () => "General");
  t.spec.columns.forEach((c, i) => {
    const ci = t.columnIndex[i] ?? -1;
    if (ci >= 0) formats[ci] = NUMBER_FORMATS[c.kind];
  });
  const pc = periodColumn(t);
  if (pc) values[pc.index] = formatPeriod(a.period);
  for (const [ci, cell] of a.cells) values[ci] = cell.value;
  const leftBlank = t.spec.columns
    .filter((c, i) => c.required && (t.columnIndex[i] ?? -1) >= 0 && values[t.columnIndex[i] ?? -1] === "")
    .map((c) => c.header);
  return {
    sheet: t.sheet,
    table: t.name,
    index,
    period: a.period,
    values,
    formats,
    filled: [...a.cells.values()].map((c) => ({ header: c.header, value: c.value })),
    leftBlank,
  };
}

const figures = (a: Pending) => [...a.cells.values()].map((c) => `${c.label} ${c.value}`).join(", ");

/**
 * The rows to add, with their final indexes; a row that cannot be placed is a note.
 * "in-order": in period order when the table's rows already are (each new row before the first
 * later period; none before the table's first row: its history is not extended backwards),
 * else after the last row. "at-end": after the last row, when no row of its kind is later.
 */
export function planRows(pending: readonly Pending[], placement: RowPlacement, notes: string[]): FillRow[] {
  const byTable = new Map<LocatedTable, Pending[]>();
  for (const p of pending) byTable.set(p.t, [...(byTable.get(p.t) ?? []), p]);
  const out: FillRow[] = [];
  for (const [t, list] of byTable) {
    const existing = rowPeriods(t);
    if (placement === "at-end") {
      let k = 0;
      for (const a of [...list].sort((x, y) => byKind(x.period, y.period))) {
        const later = existing.find((p) => p?.kind === a.period.kind && comparePeriods(p, a.period) > 0);
        if (later) {
          notes.push(
            `${t.sheet} ${formatPeriod(a.period)}: no row for it, and it belongs before ${formatPeriod(later)}; add the row there in Excel (${figures(a)}).`,
          );
          continue;
        }
        out.push(rowOf(t, a, existing.length + k++));
      }
      continue;
    }
    const first = existing.reduce<Period | undefined>(
      (m, p) => (p && (!m || comparePeriods(p, m) < 0) ? p : m),
      undefined,
    );
    const ordered = existing.every((p, i) => {
      const prev = existing[i - 1];
      return i === 0 || (p !== undefined && prev !== undefined && comparePeriods(prev, p) < 0);
    });
    let k = 0;
    for (const a of [...list].sort((x, y) => comparePeriods(x.period, y.period))) {
      // A period before the table's first row is last year's return's to give (the count at the
      // start of the year): the table's history is not extended backwards.
      if (first && comparePeriods(a.period, first) < 0) {
        for (const c of a.cells.values())
          notes.push(
            `${c.label}, ${formatPeriod(a.period)} (${c.value}) is before the first row of ${t.sheet} (${formatPeriod(first)}), so no row is added for it.`,
          );
        continue;
      }
      const before = ordered
        ? existing.filter((p) => p !== undefined && comparePeriods(p, a.period) < 0).length
        : existing.length;
      out.push(rowOf(t, a, before + k++));
    }
  }
  return out;
}
