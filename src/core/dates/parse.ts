/**
 * Reading a date from a cell value. The custom functions accept what a performance officer
 * actually has in a sheet: Excel date serials, ISO text ("2020-04-01") and UK text
 * ("01/04/2020" is 1 April: day first, as UK councils write dates). A date-time (a
 * fractional serial, or text with a time such as "01/04/2020 17:00") is its day: dates are
 * compared as days everywhere, as DfE table C2 counts days.
 */
import { ERROR_MESSAGES as M, CellError } from "../base";
import { isValidYmd, MAX_SERIAL, MIN_SERIAL, serialFromYmd, ymdFromSerial, type Serial } from "./serial";
import { MONTH_NAMES } from "./months";

/** True for a blank cell as the hosts deliver it: null, undefined, "" or whitespace only. */
export function isBlank(value: unknown): boolean {
  return value === null || value === undefined || (typeof value === "string" && value.trim() === "");
}

/**
 * True for a blank as a custom function receives it in a date argument: a blank (above), or
 * the number 0. Excel on Windows desktop passes a blank cell to a custom function as 0
 * where Excel on the web passes null (office-js #4702, office-js #5262, office-js #1951), and serial 0 is no
 * real date (Excel shows it as 0 January 1900), so a 0 where a date belongs is a blank.
 * (The workbook validator reads cells through Range.values, where a blank is "", so it
 * keeps treating a 0 as an unreadable date.)
 */
export function isBlankDate(value: unknown): boolean {
  return value === 0 || isBlank(value);
}

/** An optional time after a date: " 17:00", "T17:00:30" (24-hour clock). */
const TIME = "(?:[ T](\\d{1,2}):(\\d{2})(?::(\\d{2}))?)?";
const ISO_TEXT = new RegExp(`^(\\d{4})-(\\d{2})-(\\d{2})${TIME}$`);
const UK_TEXT = new RegExp(`^(\\d{1,2})/(\\d{1,2})/(\\d{4})${TIME}$`);

/** True when the time parts (possibly absent) are a real time of day. */
function isValidTime(h: string | undefined, m: string | undefined, sec: string | undefined): boolean {
  if (h === undefined) return true;
  return Number(h) <= 23 && Number(m) <= 59 && (sec === undefined || Number(sec) <= 59);
}

/** The calendar date of ISO or UK date text (the time of day, if any, dropped), or undefined. */
function ymdFromText(text: string): { year: number; month: number; day: number } | undefined {
  const iso = ISO_TEXT.exec(text);
  const uk = iso ? null : UK_TEXT.exec(text);
  const m = iso ?? uk;
  if (!m || !isValidTime(m[4], m[5], m[6])) return undefined;
  const [y, mo, d] = iso ? [m[1], m[2], m[3]] : [m[3], m[2], m[1]];
  const [year, month, day] = [Number(y), Number(mo), Number(d)];
  return isValidYmd(year, month, day) ? { year, month, day } : undefined;
}

/** The serial of ISO or UK date text (the time of day, if any, dropped), or undefined when the text is neither or not a real date. */
function serialFromText(text: string): Serial | undefined {
  const ymd = ymdFromText(text);
  if (!ymd) return undefined;
  const serial = serialFromYmd(ymd.year, ymd.month, ymd.day);
  return serial >= MIN_SERIAL && serial <= MAX_SERIAL ? serial : undefined;
}

/**
 * The real day, in words ("30 January 1900"), that a value names when it is before 1 March
 * 1900, the first date read: a serial from 1 to 60 (Excel's 1900 system counts from 1 January
 * 1900, and its serial 60 is a 29 February 1900 that never was: "Excel incorrectly assumes
 * that the year 1900 is a leap year", learn.microsoft.com/office/troubleshoot/excel/
 * wrongly-assumes-1900-is-leap-year), or date text of an earlier day ("15/06/1899", which
 * Excel itself keeps as text). Undefined for anything else.
 */
export function dateBefore1900(value: unknown): string | undefined {
  let ymd: { year: number; month: number; day: number } | undefined;
  if (typeof value === "number" && Number.isFinite(value) && value >= 1 && value < MIN_SERIAL) {
    const n = Math.floor(value);
    if (n === 60) return "29 February 1900, a day that never was (Excel counts it)";
    // Serials 1-59 are 1 January to 28 February 1900, a day above the count from 30 December 1899.
    ymd = ymdFromSerial(n + 1);
  } else if (typeof value === "string") {
    ymd = ymdFromText(value.trim());
    if (ymd && serialFromYmd(ymd.year, ymd.month, ymd.day) >= MIN_SERIAL) return undefined;
  }
  return ymd ? `${ymd.day} ${MONTH_NAMES[ymd.month - 1] ?? ""} ${ymd.year}` : undefined;
}

/**
 * Converts a cell value to an integer Excel date serial.
 * @param value a cell value: an Excel serial number (a fraction, the time of day, is
 *   dropped), ISO text "2020-04-01" or UK text "01/04/2020" / "1/4/2020" (day first),
 *   either optionally followed by a time ("2020-04-01 17:00", "01/04/2020 08:00:30",
 *   "2020-04-01T17:00"), which is dropped too.
 * @returns the serial; null for a blank (null, undefined, "" or whitespace); otherwise a
 *   `#VALUE!` CellError naming the value (e.g. 31/02/2020, "soon", true, serials below 61).
 */
export function toSerial(value: unknown): Serial | CellError | null {
  if (isBlank(value)) return null;
  const early = dateBefore1900(value);
  if (early) return new CellError("#VALUE!", M.dateBefore1900(value, early));
  if (typeof value === "number") {
    if (Number.isFinite(value) && value >= MIN_SERIAL && value < MAX_SERIAL + 1) return Math.floor(value);
    return new CellError("#VALUE!", M.dateOutOfRange(value));
  }
  if (typeof value === "string") {
    const serial = serialFromText(value.trim());
    if (serial !== undefined) return serial;
  }
  return new CellError("#VALUE!", M.notADate(value));
}
