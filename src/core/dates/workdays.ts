/**
 * Working days, counted as the DfE counts assessment timeliness (Children in Need census,
 * table C2; Working Together to Safeguard Children: assessments within 45 working days of
 * the referral): the start day is day 0, and each later weekday that is not a bank holiday
 * adds one. "Started and finished the same day" is 0 working days.
 *
 * Counts use weekday arithmetic plus an O(1) lookup in the sorted, indexed holiday table
 * per pair, never a day-by-day loop.
 */
import { ERROR_MESSAGES as M, CellError, ASSESSMENT_WORKING_DAYS, formatNumber } from "../base";
import { englandAndWales, type HolidayCalendar } from "./holidays";
import { isoFromSerial, MAX_SERIAL, MIN_SERIAL, type Serial } from "./serial";

/** 1969-12-29, a Monday: weekday counts are taken from here. */
const MONDAY = 25566;

/** Weekdays (Mon-Fri) from an arbitrary Monday origin up to and including `serial` (may be negative). */
function weekdaysThrough(serial: Serial): number {
  const k = serial - MONDAY;
  const weeks = Math.floor(k / 7);
  const r = k - weeks * 7; // 0 = Monday ... 6 = Sunday
  return weeks * 5 + Math.min(r + 1, 5);
}

/** Weekdays in the half-open range (after, upTo]. */
export function weekdaysBetween(after: Serial, upTo: Serial): number {
  return weekdaysThrough(upTo) - weekdaysThrough(after);
}

/**
 * Working days elapsed from `start` to `end` (DfE table C2): start is day 0; each later
 * weekday that is not a holiday adds one. When end is before start, the negative of the
 * count from end to start.
 * @param start date serial of the start (e.g. the referral).
 * @param end date serial of the end (e.g. the assessment's completion).
 * @param calendar holidays; England & Wales bank holidays when omitted.
 */
export function workdaysElapsed(start: Serial, end: Serial, calendar: HolidayCalendar = englandAndWales()): number {
  const a = Math.floor(start);
  const b = Math.floor(end);
  // For end before start, the negative of the count from end to start (table C2 has no
  // negative spans; this keeps the function antisymmetric, like Excel's NETWORKDAYS).
  return b >= a
    ? weekdaysBetween(a, b) - calendar.countBetween(a, b)
    : calendar.countBetween(b, a) - weekdaysBetween(b, a);
}

/** The weekday `n` weekdays after (n > 0) or before (n < 0) `from`, ignoring holidays. */
function addWeekdays(from: Serial, n: number): Serial {
  // Target: the serial whose weekdaysThrough equals weekdaysThrough(from) + n, landing on a weekday.
  const target = weekdaysThrough(from) + n;
  const weeks = Math.floor((target - 1) / 5);
  const r = target - 1 - weeks * 5; // 0 = Monday ... 4 = Friday
  return MONDAY + weeks * 7 + r;
}

/** "2020-04-01", for messages. */
function shown(serial: Serial): string {
  return isoFromSerial(serial);
}

/**
 * The date of the `days`-th working day after `start` (the date a 45-working-day
 * assessment is due): the working day d with workdaysElapsed(start, d) = days. With
 * days = 0, start itself. With days < 0, the `-days`-th working day before start, as
 * Excel's WORKDAY counts backwards. Example: 1 Apr 2020 with 45 gives 9 Jun 2020.
 *
 * It answers at once for any count: a count larger than the weekdays left before
 * 31 December 9999 (or before 1 March 1900, counting back) is refused by arithmetic before
 * any holiday is looked up, and the holiday loop stops as soon as it passes that date.
 * Each round of the loop crosses at least one holiday it has not crossed before, so it
 * runs at most once per holiday in the span (a few rounds for the built-in calendar).
 * @param start date serial of the start (a fraction, the time of day, is dropped).
 * @param days working days to count (truncated to a whole number, as Excel's WORKDAY does; default 45, Working Together).
 * @param calendar holidays; England & Wales bank holidays when omitted.
 * @returns the due date, or a `#VALUE!` CellError when it would fall outside the dates
 *   Excel can show (1 March 1900 to 31 December 9999 here; serials before 61 count
 *   Excel's fictitious 29 February 1900).
 */
export function workdayDue(
  start: Serial,
  days = ASSESSMENT_WORKING_DAYS,
  calendar: HolidayCalendar = englandAndWales(),
): Serial | CellError {
  const a = Math.floor(start);
  const n = Math.trunc(days);
  if (!Number.isFinite(n)) return new CellError("#VALUE!", M.workingDaysNotNumber(days));
  if (n === 0) return a;
  const tooFar = (): CellError =>
    new CellError(
      "#VALUE!",
      n > 0 ? M.dueAfterLastDate(formatNumber(n), shown(a)) : M.dueBeforeFirstDate(formatNumber(-n), shown(a)),
    );
  // Skip weekends by arithmetic, then move on past the holidays just crossed; each round
  // crosses fewer holidays, so it ends after a few rounds of O(1) counts.
  if (n > 0) {
    // Holidays only lower the count, so more working days than weekdays left is out of range.
    if (n > weekdaysBetween(a, MAX_SERIAL)) return tooFar();
    let at = addWeekdays(a, n);
    let crossed = calendar.countBetween(a, at); // holidays in (a, at]
    while (crossed > 0) {
      const next = addWeekdays(at, crossed);
      if (next > MAX_SERIAL) return tooFar();
      crossed = calendar.countBetween(at, next);
      at = next;
    }
    return at;
  }
  if (-n > weekdaysBetween(MIN_SERIAL - 1, a - 1)) return tooFar(); // weekdays in [MIN_SERIAL, a)
  let at = addWeekdays(a - 1, n + 1); // the (-n)-th weekday before a
  let crossed = calendar.countBetween(at - 1, a - 1); // holidays in [at, a)
  while (crossed > 0) {
    const next = addWeekdays(at, -crossed);
    if (next < MIN_SERIAL) return tooFar();
    crossed = calendar.countBetween(next - 1, at - 1);
    at = next;
  }
  return at;
}
