/**
 * Trend warnings: a figure that changed from the previous period by more than the
 * threshold (25% by default) is probably a typing slip (1602 -> 16020), so it is flagged
 * as a warning, never an error: real figures do jump. A share (assessment timeliness)
 * is compared in percentage points instead: 90.90% -> 0.93% is a share typed as a
 * percentage (0.0093 for 93%) or a slipped digit, and a relative change means little
 * for a share near 0.
 */
import { finding, type FindingSink, type TrendJump as Jump } from "../issues";
import { periodLabel, shareText } from "../cells";
import { changeVerb, pointsText } from "../../indicators";
import { comparePeriods, type Period, periodEndSerial } from "../../dates";
import type { PeriodDatasetId } from "../layout";
import type { PeriodRow, PeriodTable } from "./table";

/**
 * A share that moves more than this (10 percentage points) from one year to the next is
 * flagged. Hampshire's assessment timeliness moved at most 3.0 points a year from 2015-16
 * to 2021-22 (87.9% to 95.9%); the slips this catches move far more (93% typed as 0.93%:
 * 92 points; 93% typed as 39%: 54 points). Ten points is over three times the largest
 * real yearly move in that series, so a warning means a figure worth checking.
 */
export const SHARE_JUMP_POINTS = 0.1;

/** A count's relative change beyond `threshold`, as message parameters; undefined when within it or from 0. */
function countJump(before: number, value: number, threshold: number): Jump | undefined {
  if (before === 0) return undefined;
  const change = (value - before) / before;
  if (Math.abs(change) <= threshold) return undefined;
  return {
    direction: changeVerb(change),
    change: shareText(Math.abs(change)),
    previousValue: before,
    value,
    threshold: shareText(threshold),
  };
}

/** A share's change beyond {@link SHARE_JUMP_POINTS}, in percentage points, as message parameters. */
function shareJump(before: number, value: number): Jump | undefined {
  const points = value - before;
  if (Math.abs(points) <= SHARE_JUMP_POINTS + 1e-9) return undefined;
  return {
    direction: changeVerb(points),
    points: pointsText(points),
    previousValue: shareText(before),
    value: shareText(value),
    threshold: String(SHARE_JUMP_POINTS * 100),
  };
}

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

/**
 * Adds trend-jump warnings for every count column of the table (a relative change above
 * `threshold`) and every share column (a change above {@link SHARE_JUMP_POINTS} points).
 */
export function checkTrends<D extends PeriodDatasetId>(t: PeriodTable<D>, threshold: number, sink: FindingSink): void {
  const figures = t.columns.filter((c) => c.kind === "count" || c.kind === "share");
  // Snapshots (at 31 March, at a quarter end) follow each other in date order across kinds:
  // looked after at 2019-20 (31 March 2020) precedes Apr-Jun 2020.
  const ordered: PeriodRow<D>[] = [...t.rows].sort((a, b) => comparePeriods(a.period, b.period));
  for (const c of figures) {
    const lastOfKind: Partial<Record<Period["kind"], PeriodRow<D>>> = {};
    let lastAny: PeriodRow<D> | undefined;
    for (const r of ordered) {
      const value = r.values[c.key];
      const prev = t.table.spec.snapshot ? lastAny : lastOfKind[r.period.kind];
      if (value !== undefined) {
        lastAny = r;
        lastOfKind[r.period.kind] = r;
      }
      const before = prev?.values[c.key];
      if (value === undefined || !prev || before === undefined) continue;
      if (!isPrevious(prev.period, r.period, t.table.spec.snapshot)) continue;
      const jump = c.kind === "share" ? shareJump(before, value) : countJump(before, value, threshold);
      if (!jump) continue;
      sink.add(
        finding("trend-jump", t.table.sheet, t.cell(r.row, c.key), {
          column: c.header,
          previous: periodLabel(prev.period),
          what: periodLabel(r.period),
          ...jump,
        }),
        c.key,
      );
    }
  }
}
