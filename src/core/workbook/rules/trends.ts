/**
 * Trend warnings: a figure that changed from the previous period by more than the
 * threshold (25% by default) is probably a typing slip (1602 -> 16020), so it is flagged
 * as a warning, never an error: real figures do jump.
 */
import type { Period } from "../model";
import { finding, type FindingSink } from "../issues";
import { periodLabel, shareText } from "../cells";
import { comparePeriods, periodEndSerial } from "../../dates/periods";
import type { PeriodRow, PeriodTable } from "./table";

/** Two period ends at most this many days apart are consecutive (a year, or a quarter). */
const MAX_STEP_DAYS = 366;

function isPrevious(prev: Period, cur: Period, snapshot: boolean): boolean {
  if (!snapshot && prev.kind !== cur.kind) return false; // flows over a year and a quarter are not comparable
  const step = periodEndSerial(cur) - periodEndSerial(prev);
  if (prev.kind === cur.kind) {
    // consecutive periods of one kind only
    return cur.kind === "year" ? step >= 365 && step <= MAX_STEP_DAYS : step >= 89 && step <= 92;
  }
  return step > 0 && step <= MAX_STEP_DAYS;
}

/** Adds trend-jump warnings for every count column of the table. */
export function checkTrends(t: PeriodTable, threshold: number, sink: FindingSink): void {
  const counts = t.table.spec.columns.filter((c) => c.kind === "count");
  // Snapshots (at 31 March, at a quarter end) follow each other in date order across kinds:
  // looked after at 2019-20 (31 March 2020) precedes Apr-Jun 2020.
  const ordered: PeriodRow[] = [...t.rows].sort((a, b) => comparePeriods(a.period, b.period));
  for (const c of counts) {
    const lastOfKind: Partial<Record<Period["kind"], PeriodRow>> = {};
    let lastAny: PeriodRow | undefined;
    for (const r of ordered) {
      const value = r.values[c.key];
      const prev = t.table.spec.snapshot ? lastAny : lastOfKind[r.period.kind];
      if (value !== undefined) {
        lastAny = r;
        lastOfKind[r.period.kind] = r;
      }
      const before = prev?.values[c.key];
      if (value === undefined || !prev || before === undefined || before === 0) continue;
      if (!isPrevious(prev.period, r.period, t.table.spec.snapshot)) continue;
      const change = (value - before) / before;
      if (Math.abs(change) <= threshold) continue;
      sink.add(
        finding("trend-jump", t.table.sheet, t.cell(r.row, c.key), {
          column: c.header,
          change: `${change > 0 ? "+" : ""}${shareText(change)}`,
          previous: periodLabel(prev.period),
          previousValue: before,
          what: periodLabel(r.period),
          value,
          threshold: shareText(threshold),
        }),
        c.key,
      );
    }
  }
}
