/**
 * Assessment timeliness: the share of Child and Family Assessments completed within 45
 * working days of the referral (Working Together to Safeguard Children; DfE Children in
 * Need census, table C2). Working days are counted as in table C2 (see dates/workdays.ts).
 * Open assessments (no end date yet) are not counted, as in the census.
 */
import { CellError } from "../errors";
import { englandAndWales, type HolidayCalendar } from "../dates/holidays";
import { isBlank, MAX_SERIAL, MIN_SERIAL, toSerial } from "../dates/parse";
import { workdaysElapsed } from "../dates/workdays";

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

/**
 * Share of completed rows whose working days elapsed (start = day 0) are <= `limit`.
 * Blanks (null, undefined, "" or whitespace) are accepted everywhere a value may be missing.
 * @param starts start dates (referrals), one per row, in row order.
 * @param ends end dates (assessments completed), the same length as `starts`.
 * @param limit working-day limit, 45 by default (Working Together).
 * @param calendar holidays; England & Wales bank holidays when omitted.
 * @returns the counts and share, or a CellError: `#VALUE!` naming the 1-based row for an
 *   unreadable date, an end without a start, or an end before its start (and for ranges of
 *   different lengths); `#NUM!` for a bad limit; `#DIV/0!` when no row is completed.
 */
export function timeliness(
  starts: readonly unknown[],
  ends: readonly unknown[],
  limit = 45,
  calendar?: HolidayCalendar,
): TimelinessResult | CellError {
  if (starts.length !== ends.length) {
    return new CellError(
      "#VALUE!",
      `The start and end ranges must be the same size (${starts.length} and ${ends.length} cells).`,
    );
  }
  if (!Number.isFinite(limit) || limit < 0) {
    return new CellError("#NUM!", `The limit must be a number of working days, 0 or more (got ${limit}).`);
  }
  const cal = calendar ?? englandAndWales();
  let completed = 0;
  let within = 0;
  let open = 0;
  for (let i = 0; i < starts.length; i++) {
    const rawStart = starts[i];
    const rawEnd = ends[i];
    // Fast path for the common row, two date serials in order (the checks toSerial makes).
    if (
      typeof rawStart === "number" &&
      typeof rawEnd === "number" &&
      rawStart >= MIN_SERIAL &&
      rawEnd < MAX_SERIAL + 1 &&
      rawEnd >= rawStart
    ) {
      completed++;
      // Working days never exceed calendar days, so a span of at most `limit` calendar days
      // is within the limit without consulting the holiday table.
      if (rawEnd - rawStart <= limit || workdaysElapsed(rawStart, rawEnd, cal) <= limit) within++;
      continue;
    }
    if (isBlank(rawStart) && isBlank(rawEnd)) continue; // fully blank row: skipped
    const row = i + 1;
    const start = toSerial(rawStart);
    if (start instanceof CellError) return new CellError("#VALUE!", `Row ${row}: start date ${start.message}`);
    const end = toSerial(rawEnd);
    if (end instanceof CellError) return new CellError("#VALUE!", `Row ${row}: end date ${end.message}`);
    if (start === null) return new CellError("#VALUE!", `Row ${row} has an end date but no start date.`);
    if (end === null) {
      open++; // still open: not counted (DfE counts completed assessments only)
      continue;
    }
    if (end < start) return new CellError("#VALUE!", `Row ${row}: the end date is before the start date.`);
    completed++;
    if (workdaysElapsed(start, end, cal) <= limit) within++;
  }
  if (completed === 0) {
    return new CellError(
      "#DIV/0!",
      `No completed row (with both a start and an end date) to measure${open > 0 ? `: ${open} still open` : ""}.`,
    );
  }
  return { share: within / completed, completed, within, open };
}
