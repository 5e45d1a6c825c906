/**
 * Dates as DfE writes them in the returns: dd/mm/yyyy, day first, four-digit year (the SSDA903
 * guidance's "DD/MM/YYYY" format for every date item; the CIN census specification the same in
 * its CSV form). Anything else is reported, never guessed: a two-digit year could be 1917 or
 * 2017, and 31/02/2018 is no day at all.
 */
import { isValidYmd, serialFromYmd, ymdFromSerial, type Serial } from "../../dates";

/** Why a date's text is not a date. */
export type UkDateProblem = "two-digit-year" | "impossible" | "format";

/** A date's text read: blank, a day (an Excel serial), or the reason it is not one. */
export type UkDate =
  | { readonly kind: "blank" }
  | { readonly kind: "date"; readonly serial: Serial }
  | { readonly kind: "bad"; readonly problem: UkDateProblem };

const BLANK: UkDate = { kind: "blank" };
const DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;
const SHORT_YEAR = /^\d{1,2}\/\d{1,2}\/\d{2}$/;

/** The digit at a position, or NaN. */
function digitAt(t: string, i: number): number {
  const c = t.charCodeAt(i) - 48;
  return c >= 0 && c <= 9 ? c : NaN;
}

/** The serial of exactly "dd/mm/yyyy" (the form DfE's files use), or NaN for any other text or no such day. */
export function ukDateSerial(t: string): Serial {
  if (t.length !== 10 || t.charCodeAt(2) !== 47 || t.charCodeAt(5) !== 47) return NaN;
  const d = digitAt(t, 0) * 10 + digitAt(t, 1);
  const m = digitAt(t, 3) * 10 + digitAt(t, 4);
  const y = digitAt(t, 6) * 1000 + digitAt(t, 7) * 100 + digitAt(t, 8) * 10 + digitAt(t, 9);
  if (!(d >= 1 && m >= 1 && m <= 12 && y >= 1)) return NaN;
  const days =
    m === 2
      ? (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0
        ? 29
        : 28
      : m === 4 || m === 6 || m === 9 || m === 11
        ? 30
        : 31;
  return d <= days ? serialFromYmd(y, m, d) : NaN;
}

/** Reads dd/mm/yyyy (one-digit day and month accepted, as Excel saves them); an ISO form from XML too. */
export function parseUkDate(text: string): UkDate {
  const fast = ukDateSerial(text);
  if (!Number.isNaN(fast)) return { kind: "date", serial: fast };
  const t = text.trim();
  if (t === "") return BLANK;
  const m = DATE.exec(t) ?? /^(\d{4})-(\d{2})-(\d{2})$/.exec(t);
  if (!m) return { kind: "bad", problem: SHORT_YEAR.test(t) ? "two-digit-year" : "format" };
  const iso = t.includes("-");
  const d = Number(iso ? m[3] : m[1]);
  const mo = Number(m[2]);
  const y = Number(iso ? m[1] : m[3]);
  if (!isValidYmd(y, mo, d)) return { kind: "bad", problem: "impossible" };
  return { kind: "date", serial: serialFromYmd(y, mo, d) };
}

/** The words for a date problem, after the value: `"31/02/2018" ${words}`. */
export function ukDateProblemWords(problem: UkDateProblem): string {
  switch (problem) {
    case "two-digit-year":
      return "has a two-digit year: DfE's returns write dates as dd/mm/yyyy (31/03/2018)";
    case "impossible":
      return "is not a day of the calendar";
    case "format":
      return "is not a date written as dd/mm/yyyy";
  }
}

/** The day a person born on `dob` turns `years` old (29 February birthdays fall on 1 March in other years). */
export function birthday(dob: Serial, years: number): Serial {
  const { year, month, day } = ymdFromSerial(dob);
  const y = year + years;
  return isValidYmd(y, month, day) ? serialFromYmd(y, month, day) : serialFromYmd(y, 3, 1);
}
