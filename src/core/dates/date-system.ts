/**
 * A workbook's date system, for values that reach core one at a time (the custom functions'
 * arguments and results). Excel counts a workbook's dates from 30 December 1899 (the 1900 date
 * system, serial 1 = 1 January 1900) or from 1 January 1904 (the 1904 system, serial 0), so the
 * same day is 1,462 lower in a 1904 workbook ("Date systems in Excel", support.microsoft.com;
 * "1900 and 1904 date system in Excel", learn.microsoft.com/office/troubleshoot/excel/
 * 1900-and-1904-date-system). Everything in core (the bank holidays, the periods, the working-day
 * counts) reads 1900-system serials; these two functions move a number across at the edge.
 * (Whole tables read from a workbook are moved by core/workbook/date-system.ts.)
 */
import { DATE1904_OFFSET, MAX_SERIAL, type Serial } from "./serial";

/** Which date system a workbook counts its dates in. */
export type DateSystem = "1900" | "1904";

/** The last 1904-system serial: 31 December 9999, as in the 1900 system. */
export const MAX_SERIAL_1904 = MAX_SERIAL - DATE1904_OFFSET;

/**
 * A cell value as a 1900-system date: in a 1904 workbook a number from 0 (1 January 1904) to
 * {@link MAX_SERIAL_1904} is moved by 1,462 days; text dates ("2020-04-01") name their day in
 * either system and are left alone, as are other values (for the date readers to judge).
 * A number outside that range is no date of a 1904 workbook (Excel shows it as ####): it
 * comes back as `undefined`, for the caller to say so in the workbook's own terms.
 */
export function in1900System(value: unknown, system: DateSystem): unknown {
  if (system === "1900" || typeof value !== "number") return value;
  if (!Number.isFinite(value) || value < 0 || value >= MAX_SERIAL_1904 + 1) return undefined;
  return value + DATE1904_OFFSET;
}

/**
 * A 1900-system serial as the workbook's own serial of the same day, or `undefined` when the day
 * is before 1 January 1904, which a 1904 workbook cannot show.
 */
export function inWorkbookSystem(serial: Serial, system: DateSystem): Serial | undefined {
  if (system === "1900") return serial;
  const own = serial - DATE1904_OFFSET;
  return own < 0 ? undefined : own;
}
