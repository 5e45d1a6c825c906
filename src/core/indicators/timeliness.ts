/**
 * Assessment timeliness: the share of Child and Family Assessments completed within 45
 * working days of the referral (Working Together to Safeguard Children; DfE Children in
 * Need census, table C2). Working days are counted as in table C2 (see dates/workdays.ts).
 * Open assessments (no end date yet) are not counted, as in the census.
 */
import { ERROR_MESSAGES as M, CellError, ASSESSMENT_WORKING_DAYS } from "../base";
import {
  englandAndWales,
  type HolidayCalendar,
  isBlankDate,
  toSerial,
  MAX_SERIAL,
  MIN_SERIAL,
  dayOfWeek,
  type Serial,
  workdaysElapsed,
} from "../dates";

/** The result of {@link timeliness}. */
export interface TimelinessResult {
  /** within / completed, 0 to 1. */
  readonly share: number;
  /** Rows with both a start and an end date. */
  readonly completed: number;
  /** Completed rows whose working days elapsed are <= the limit. */
  readonly within: number;
  /** Rows with a start but no end date (not counted in the share). */
  readonly open: number;
}

/** Spans (days) up to this get a cumulative working-day table (4 bytes a day: 512 KiB, about 359 years). */
const TABLE_SPAN = 1 << 17;

/**
 * cum[i] = working days in (lo, lo + i] (DfE table C2, the start day is day 0), so the
 * working days from s to e (lo <= s <= e <= lo + span) are cum[e - lo] - cum[s - lo].
 */
function workingDayTable(lo: number, hi: number, cal: HolidayCalendar): Int32Array {
  const cum = new Int32Array(hi - lo + 1);
  let n = 0;
  let dow = dayOfWeek(lo);
  for (let i = 1; i < cum.length; i++) {
    dow = dow === 6 ? 0 : dow + 1;
    if (dow !== 0 && dow !== 6 && !cal.isHoliday(lo + i)) n++;
    cum[i] = n;
  }
  return cum;
}

// Module-level copies: an imported binding may be read through a getter on every access
// (CommonJS output), which dominated the hot loop.
const FIRST = MIN_SERIAL;
const PAST_LAST = MAX_SERIAL + 1;

/** A plain date serial, as the fast path takes it (the checks toSerial makes for a number). */
function isPlainSerial(x: unknown): x is number {
  return typeof x === "number" && x >= FIRST && x < PAST_LAST;
}

/**
 * A row off the fast path: "blank" (skipped), "open" (a start but no end yet), the start
 * and end serials, or the CellError naming the row (`row` is 1-based).
 */
function readRow(rawStart: unknown, rawEnd: unknown, row: number): "blank" | "open" | [Serial, Serial] | CellError {
  const startBlank = isBlankDate(rawStart);
  const endBlank = isBlankDate(rawEnd);
  if (startBlank && endBlank) return "blank";
  const start = startBlank ? null : toSerial(rawStart);
  if (start instanceof CellError) return new CellError("#VALUE!", M.rowStartDate(row, start.message));
  const end = endBlank ? null : toSerial(rawEnd);
  if (end instanceof CellError) return new CellError("#VALUE!", M.rowEndDate(row, end.message));
  if (start === null) return new CellError("#VALUE!", M.rowNoStart(row));
  if (end === null) return "open";
  if (end < start) return new CellError("#VALUE!", M.rowEndBeforeStart(row));
  return [start, end];
}

/**
 * Share of completed rows whose working days elapsed (start = day 0) are <= `limit`.
 * Blanks (null, undefined, "" or whitespace, and 0: see isBlankDate) are accepted
 * everywhere a value may be missing. A date-time counts as its day.
 *
 * Speed: working days come from a cumulative working-day table over the span of the
 * rows' dates (one entry a day, built as rows need it, at least doubling each time), so a
 * row costs two table reads; rows past a span of about 359 years fall back to the O(1)
 * weekday arithmetic and holiday count (workdaysElapsed). bench/timeliness.bench.ts
 * compares it with a plain prefix-sum count on 1,000,000 pairs.
 * @param starts start dates (referrals), one per row, in row order.
 * @param ends end dates (assessments completed), the same length as `starts`.
 * @param limit working-day limit, 45 by default (Working Together); a fraction counts as
 *   its whole part (working days are whole).
 * @param calendar holidays; England & Wales bank holidays when omitted.
 * @returns the counts and share, or a CellError: `#VALUE!` naming the 1-based row for an
 *   unreadable date, an end without a start, or an end before its start (and for ranges of
 *   different lengths or a bad limit); `#DIV/0!` when no row is completed.
 */
export function timeliness(
  starts: readonly unknown[],
  ends: readonly unknown[],
  limit = ASSESSMENT_WORKING_DAYS,
  calendar?: HolidayCalendar,
): TimelinessResult | CellError {
  if (starts.length !== ends.length) {
    return new CellError("#VALUE!", M.rangesNotSameSize(starts.length, ends.length));
  }
  if (!Number.isFinite(limit) || limit < 0) {
    return new CellError("#VALUE!", M.limitNotDays(limit));
  }
  const lim = Math.floor(limit);
  const cal = calendar ?? englandAndWales();
  const rows = starts.length;

  // The table covers [lo, hi]; it starts empty and grows (at least doubling) to take in a
  // row outside it, unless that would pass TABLE_SPAN days.
  let lo = 0;
  let hi = -1;
  let cum: Int32Array = new Int32Array(0);
  let growing = true;

  let completed = 0;
  let within = 0;
  let open = 0;
  for (let i = 0; i < rows; i++) {
    const rawStart = starts[i];
    const rawEnd = ends[i];
    // Fast path for the common row, two date serials in order (compared as days).
    if (isPlainSerial(rawStart) && isPlainSerial(rawEnd)) {
      const a = Math.floor(rawStart);
      const b = Math.floor(rawEnd);
      if (b >= a) {
        completed++;
        if (a < lo || b > hi) {
          const width = hi - lo + 1; // 0 while empty
          const newLo = Math.max(FIRST, (width > 0 ? Math.min(a, lo - width) : a) - 31);
          const newHi = Math.min(PAST_LAST - 1, (width > 0 ? Math.max(b, hi + width) : b) + 31);
          if (!growing || newHi - newLo >= TABLE_SPAN) {
            growing = false; // a span too wide for a table: count this row by arithmetic
            if (workdaysElapsed(a, b, cal) <= lim) within++;
            continue;
          }
          lo = newLo;
          hi = newHi;
          cum = workingDayTable(lo, hi, cal);
        }
        if ((cum[b - lo] as number) - (cum[a - lo] as number) <= lim) within++;
        continue;
      }
    }
    const row = readRow(rawStart, rawEnd, i + 1);
    if (row instanceof CellError) return row;
    if (row === "blank") continue;
    if (row === "open") {
      open++; // still open: not counted (DfE counts completed assessments only)
      continue;
    }
    completed++;
    // Rows off the fast path (text dates) are counted by arithmetic, not the table.
    if (workdaysElapsed(row[0], row[1], cal) <= lim) within++;
  }
  if (completed === 0) {
    return new CellError("#DIV/0!", M.noCompletedRow(open));
  }
  return { share: within / completed, completed, within, open };
}
