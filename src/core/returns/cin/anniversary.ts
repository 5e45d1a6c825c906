/**
 * Month and year anniversaries, for "within 12 months" (re-referrals) and "two years or more"
 * (plans ended, DfE table D7). DfE does not say how a month is counted; the project counts as
 * Excel's EDATE does, which is what an officer checking by hand in the workbook would write:
 * the same day of the month `months` later, or that month's last day when it is shorter. So the
 * anniversary of 29 February 2020 is 28 February 2021 one year on, and 29 February 2024 four.
 */
import { serialFromYmd, ymdFromSerial, type Serial } from "../../dates";

/** The date `months` calendar months after `serial` (EDATE): the day clamped to the month's end. */
export function addMonths(serial: Serial, months: number): Serial {
  const { year, month, day } = ymdFromSerial(serial);
  const index = year * 12 + (month - 1) + months;
  const y = Math.floor(index / 12);
  const m = index - y * 12 + 1;
  // The month's last day: the day before the first of the next month.
  const last = ymdFromSerial(serialFromYmd(m === 12 ? y + 1 : y, m === 12 ? 1 : m + 1, 1) - 1).day;
  return serialFromYmd(y, m, Math.min(day, last));
}
