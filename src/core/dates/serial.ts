/**
 * Excel date serials in the 1900 date system, as plain integers: no Date objects and no
 * time zones in core. Serial 1 is 1900-01-01; Excel's fictitious 1900-02-29 is serial 60,
 * so real dates from 1900-03-01 (serial 61) on are days since 1899-12-30.
 * Only dates from 1900-03-01 are supported, which covers every children's-services record.
 */

/** An Excel date serial (whole days; the time of day is dropped). */
export type Serial = number;

/**
 * The serial of 1970-01-01, the Unix epoch: JavaScript's Date counts milliseconds from it, so
 * serial = ms / 86,400,000 + 25569 (1900 date system: "1900 and 1904 date system in Excel",
 * learn.microsoft.com/office/troubleshoot/excel/1900-and-1904-date-system).
 */
export const UNIX_EPOCH_SERIAL = 25569;
/**
 * A 1904-system serial plus this is the 1900-system serial of the same day: the 1904 system
 * counts from 1 January 1904 (serial 0), which is 1462 in the 1900 system ("Date systems in
 * Excel", support.microsoft.com; "1900 and 1904 date system in Excel", learn.microsoft.com/
 * office/troubleshoot/excel/1900-and-1904-date-system: the two differ by 1,462 days).
 */
export const DATE1904_OFFSET = 1462;
/** 1900-03-01: Excel's serials before it count the fictitious 29 Feb 1900 (see above). */
export const MIN_SERIAL = 61;
/**
 * 9999-12-31, the last date Excel can show ("Excel specifications and limits": latest date
 * allowed for calculation, December 31, 9999).
 */
export const MAX_SERIAL = 2958465;

/** Days since 1970-01-01 for a proleptic Gregorian date (Howard Hinnant's days_from_civil). */
function daysFromCivil(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const mp = (m + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** The serial of year-month-day (month 1-12). Does not check that the day exists. */
export function serialFromYmd(year: number, month: number, day: number): Serial {
  return daysFromCivil(year, month, day) + UNIX_EPOCH_SERIAL;
}

/** Year, month (1-12) and day of a serial. */
export function ymdFromSerial(serial: Serial): { year: number; month: number; day: number } {
  const z = Math.floor(serial) - UNIX_EPOCH_SERIAL + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  return { year, month, day };
}

/** True when year-month-day is a real calendar date. */
export function isValidYmd(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return false;
  if (month < 1 || month > 12 || day < 1) return false;
  const back = ymdFromSerial(serialFromYmd(year, month, day));
  return back.year === year && back.month === month && back.day === day;
}

/** Day of the week of a serial: 0 = Sunday ... 6 = Saturday (as Excel's WEEKDAY(x)-1). */
export function dayOfWeek(serial: Serial): number {
  // 1970-01-01 (serial 25569) was a Thursday (4).
  return (((Math.floor(serial) - UNIX_EPOCH_SERIAL + 4) % 7) + 7) % 7;
}

/** ISO 8601 text (yyyy-mm-dd) of a serial. */
export function isoFromSerial(serial: Serial): string {
  const { year, month, day } = ymdFromSerial(serial);
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** The serial of ISO text yyyy-mm-dd, or undefined when it is not a real date. */
export function serialFromIso(text: string): Serial | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return isValidYmd(y, mo, d) ? serialFromYmd(y, mo, d) : undefined;
}

/** UK date text (dd/mm/yyyy, day first, as the template formats dates) of a serial: "31/03/2020". */
export function ukFromSerial(serial: Serial): string {
  const { year, month, day } = ymdFromSerial(serial);
  return `${String(day).padStart(2, "0")}/${String(month).padStart(2, "0")}/${String(year).padStart(4, "0")}`;
}
