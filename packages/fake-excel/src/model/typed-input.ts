/**
 * How Excel reads a string written through `Range.values` (or `formulas`) into a cell whose
 * number format is not Text: as if the user had typed it, with en-US parsing whatever the
 * user's locale. Pure functions, no Node or DOM APIs.
 *
 * Sources:
 * - Excel.Range.values (https://learn.microsoft.com/en-us/javascript/api/excel/excel.range#excel-excel-range-values-member,
 *   the same text is in @types/office-js): a value starting with "+", "-" or "=" is a formula;
 *   locale-shaped strings are stored as text, ISO (YYYY-MM-DD) strings become dates.
 * - office-js #229 (https://github.com/OfficeDev/office-js/issues/229): `values = "2018-12-31"`
 *   stores a date and the General cell's numberFormat becomes "m/d/yyyy".
 * - office-js #3775 (https://github.com/OfficeDev/office-js/issues/3775) and #1559
 *   (https://github.com/OfficeDev/office-js/issues/1559): strings are read with US culture
 *   (month first), whatever the display locale; "21/12/2020" stays text.
 * - Range.Formula (VBA, https://learn.microsoft.com/en-us/office/vba/api/Excel.Range.Formula):
 *   a date written to a cell that has no date or time format gets a date format.
 * - "Stop automatically changing numbers to dates"
 *   (https://support.microsoft.com/en-us/office/stop-automatically-changing-numbers-to-dates-452bd2db-cc96-47d1-81e4-72cec11c4ed8):
 *   a Text ("@") format, or a leading apostrophe, keeps what is typed as text; "1/2" and "1-2"
 *   become dates.
 *
 * Where Excel's exact rules are undocumented (which month-year shapes, 2-digit years, currency
 * and thousands forms) this parser turns MORE strings into numbers than Excel does, never
 * fewer, so code that survives the host survives Excel: it is stricter, not kinder.
 */

/** What a typed string becomes. `numberFormat` is the format Excel gives a General cell. */
export type TypedEntry =
  | { kind: "text"; value: string }
  | { kind: "number"; value: number; numberFormat?: string }
  | { kind: "boolean"; value: boolean }
  | { kind: "formula"; formula: string };

const MONTH_NAMES = [
  ["january", "jan"],
  ["february", "feb"],
  ["march", "mar"],
  ["april", "apr"],
  ["may"],
  ["june", "jun"],
  ["july", "jul"],
  ["august", "aug"],
  ["september", "sep", "sept"],
  ["october", "oct"],
  ["november", "nov"],
  ["december", "dec"],
] as const;

/** Month 1-12 of an English month name or abbreviation (as en-US Excel reads them), else 0. */
function monthOf(name: string): number {
  const n = name.toLowerCase().replace(/\.$/, "");
  return MONTH_NAMES.findIndex((names) => (names as readonly string[]).includes(n)) + 1;
}

const DAY_MS = 86_400_000;

/**
 * The 1900-system serial of a calendar date, or undefined when the date does not exist or
 * is outside Excel's 1900-01-01..9999-12-31. Serial 60 is Excel's fictitious 29 Feb 1900.
 */
export function dateSerial(y: number, m: number, d: number): number | undefined {
  if (y < 1900 || y > 9999 || m < 1 || m > 12 || d < 1) return undefined;
  if (y === 1900 && m === 2 && d === 29) return 60;
  const t = Date.UTC(y, m - 1, d);
  const dt = new Date(t);
  if (dt.getUTCMonth() !== m - 1 || dt.getUTCDate() !== d) return undefined;
  const serial = Math.round((t - Date.UTC(1899, 11, 30)) / DAY_MS);
  return serial < 61 ? serial - 1 : serial;
}

/** Two-digit years: 00-29 are 2000-2029, 30-99 are 1930-1999 (Excel's default cut-off). */
function fullYear(text: string): number {
  const n = Number(text);
  if (text.length > 2) return n;
  return n < 30 ? 2000 + n : 1900 + n;
}

const NUM = String.raw`(?:\d+(?:,\d{3})*(?:\.\d*)?|\.\d+)`;
const NUMBER_RE = new RegExp(
  String.raw`^(?<sign1>[+-]?)\s*(?<cur1>\$?)\s*(?<sign2>[+-]?)(?<num>${NUM})(?<exp>[eE][+-]?\d+)?\s*(?<pct>%?)$`,
);

/** Numbers as typed: "1,234", "-5.5", "5%", "$1,234.50", "(12)", "1e5", "1 1/2". */
function parseNumber(t: string): TypedEntry | undefined {
  let body = t;
  let negative = false;
  const paren = /^\((.*)\)$/.exec(body);
  if (paren) {
    body = (paren[1] ?? "").trim();
    negative = true;
  }
  const fraction = /^([+-]?)(\d+) (\d+)\/(\d+)$/.exec(body);
  if (fraction) {
    const [, sign = "", whole = "", num = "", den = ""] = fraction;
    if (Number(den) === 0) return undefined;
    const v = (Number(whole) + Number(num) / Number(den)) * ((sign === "-") !== negative ? -1 : 1);
    return { kind: "number", value: v, numberFormat: "# ?/?" };
  }
  const m = NUMBER_RE.exec(body);
  if (!m?.groups) return undefined;
  const g = m.groups;
  const signs = (g.sign1 ?? "") + (g.sign2 ?? "");
  if (signs.length > 1 || (negative && signs !== "")) return undefined;
  const num = g.num ?? "";
  let value = Number(num.replace(/,/g, "") + (g.exp ?? ""));
  if (!Number.isFinite(value)) return undefined;
  if (signs === "-" || negative) value = -value;
  const decimals = /\.\d/.test(num);
  let numberFormat: string | undefined;
  if (g.pct) {
    value /= 100;
    numberFormat = decimals ? "0.00%" : "0%";
  } else if (g.cur1) numberFormat = decimals ? "$#,##0.00" : "$#,##0";
  else if (g.exp) numberFormat = "0.00E+00";
  else if (num.includes(",")) numberFormat = decimals ? "#,##0.00" : "#,##0";
  return numberFormat === undefined ? { kind: "number", value } : { kind: "number", value, numberFormat };
}

/** "10:30", "10:30:15", "10:30 PM", "7 am": a fraction of a day, or undefined. */
function parseTime(t: string): { value: number; numberFormat: string } | undefined {
  const m = /^(\d{1,4})(?::(\d{1,2}))?(?::(\d{1,2}(?:\.\d+)?))?\s*([ap]\.?m\.?)?$/i.exec(t);
  if (!m) return undefined;
  const [, hText = "", minText, secText, ampm] = m;
  if (minText === undefined && ampm === undefined) return undefined; // a bare number
  let h = Number(hText);
  const min = Number(minText ?? 0);
  const sec = Number(secText ?? 0);
  if (min > 59 || sec >= 60) return undefined;
  if (ampm) {
    if (h < 1 || h > 12) return undefined;
    const pm = ampm.toLowerCase().startsWith("p");
    h = (h % 12) + (pm ? 12 : 0);
  }
  const value = (h * 3600 + min * 60 + sec) / 86_400;
  const seconds = secText !== undefined ? ":ss" : "";
  const numberFormat = ampm ? `h:mm${seconds} AM/PM` : h >= 24 ? `[h]:mm${seconds}` : `h:mm${seconds}`;
  return { value, numberFormat };
}

type DateHit = { serial: number; numberFormat: string };

function hit(y: number, m: number, d: number, numberFormat: string): DateHit | undefined {
  const serial = dateSerial(y, m, d);
  return serial === undefined ? undefined : { serial, numberFormat };
}

const MON = String.raw`([A-Za-z]{3,9}\.?)`;
const DAY_MONTH_YEAR = new RegExp(String.raw`^(\d{1,2})[- /]${MON}(?:[- /,]\s?(\d{1,4}))?$`);
const MONTH_DAY_YEAR = new RegExp(String.raw`^${MON}[- /](\d{1,2}),?[- /](\d{1,4})$`);
const MONTH_NUMBER = new RegExp(String.raw`^${MON}[- /,]\s?(\d{1,4})$`);
const YEAR_MONTH_NAME = new RegExp(String.raw`^(\d{4})[- /]${MON}$`);

/** Date shapes en-US Excel accepts (and some it may not: see the module comment). */
function parseDate(t: string, thisYear: number): DateHit | undefined {
  const s = t.replace(/\s+/g, " ");
  let m: RegExpExecArray | null;
  // yyyy-mm-dd, yyyy/m/d (ISO and its slash form)
  if ((m = /^(\d{4})([-/])(\d{1,2})\2(\d{1,2})$/.exec(s)))
    return hit(Number(m[1]), Number(m[3]), Number(m[4]), "m/d/yyyy");
  // yyyy-mm, yyyy/m: the first of that month ("2011-12" is December 2011)
  if ((m = /^(\d{4})[-/](\d{1,2})$/.exec(s))) return hit(Number(m[1]), Number(m[2]), 1, "mmm-yy");
  // m/d/yy, m-d-yyyy: month first, as US culture reads them
  if ((m = /^(\d{1,2})([-/])(\d{1,2})\2(\d{1,4})$/.exec(s)))
    return hit(fullYear(m[4] ?? ""), Number(m[1]), Number(m[3]), "m/d/yyyy");
  // m/d (this year), else m/yyyy or m/yy past 31 (that month)
  if ((m = /^(\d{1,2})[-/](\d{1,4})$/.exec(s))) {
    const a = Number(m[1]);
    const bText = m[2] ?? "";
    const asDay = bText.length <= 2 ? hit(thisYear, a, Number(bText), "d-mmm") : undefined;
    return asDay ?? hit(fullYear(bText), a, 1, "mmm-yy");
  }
  // d-mmm-yyyy, d mmm yy, d-mmm (this year)
  if ((m = DAY_MONTH_YEAR.exec(s))) {
    const month = monthOf(m[2] ?? "");
    if (month === 0) return undefined;
    return m[3] === undefined
      ? hit(thisYear, month, Number(m[1]), "d-mmm")
      : hit(fullYear(m[3]), month, Number(m[1]), "d-mmm-yy");
  }
  // mmm d, yyyy and mmm-d-yyyy
  if ((m = MONTH_DAY_YEAR.exec(s))) {
    const month = monthOf(m[1] ?? "");
    return month === 0 ? undefined : hit(fullYear(m[3] ?? ""), month, Number(m[2]), "d-mmm-yy");
  }
  // mmm-yyyy, mmmm yyyy ("Jun-2019" is 1 June 2019); mmm-nn is day nn of this year when
  // that day exists ("Jun-19" is 19 June), else the year ("Jun-32" is June 1932)
  if ((m = MONTH_NUMBER.exec(s))) {
    const month = monthOf(m[1] ?? "");
    if (month === 0) return undefined;
    const nText = m[2] ?? "";
    const asDay = nText.length <= 2 ? hit(thisYear, month, Number(nText), "d-mmm") : undefined;
    return asDay ?? hit(fullYear(nText), month, 1, "mmm-yy");
  }
  // yyyy-mmm (stricter than Excel: unsure whether it reads this one)
  if ((m = YEAR_MONTH_NAME.exec(s))) {
    const month = monthOf(m[2] ?? "");
    return month === 0 ? undefined : hit(Number(m[1]), month, 1, "mmm-yy");
  }
  return undefined;
}

/** A date, a time, or a date followed by a time ("6/1/2019 10:30"). */
function parseDateTime(t: string, thisYear: number): TypedEntry | undefined {
  const date = parseDate(t, thisYear);
  if (date) return { kind: "number", value: date.serial, numberFormat: date.numberFormat };
  const time = parseTime(t);
  if (time) return { kind: "number", value: time.value, numberFormat: time.numberFormat };
  const split = /^(.*\S)\s+(\d{1,2}(?::\d{1,2}){1,2}(?:\.\d+)?(?:\s*[ap]\.?m\.?)?|\d{1,2}\s*[ap]\.?m\.?)$/i.exec(t);
  if (!split) return undefined;
  const d = parseDate(split[1] ?? "", thisYear);
  const tm = parseTime(split[2] ?? "");
  if (!d || !tm) return undefined;
  return { kind: "number", value: d.serial + tm.value, numberFormat: "m/d/yyyy h:mm" };
}

/**
 * Reads `raw` as Excel reads a string typed into a cell that is not text-formatted:
 * - a leading apostrophe keeps the rest as text (the apostrophe is not part of the value);
 * - "=" starts a formula; so do "+", "-" and "@" when what follows is not a number
 *   ("-5" is minus five, "- fewer children" is the formula "=- fewer children"). The
 *   Range.values reference names "+", "-" and "="; "@" (Excel's implicit-intersection
 *   operator, and Lotus-style formula entry) is added to be stricter;
 * - TRUE / FALSE (any case) are booleans;
 * - numbers with thousands separators, a currency sign, a percent sign, brackets for negative
 *   or an exponent are numbers, and give a General cell a matching number format;
 * - dates and times in the shapes US culture reads are date serials with a date format;
 * - anything else is text, kept exactly as written (spaces included).
 * @param thisYear the year Excel assumes for "Jun-19" or "6/1" (the current year).
 */
export function parseTypedEntry(raw: string, thisYear: number = new Date().getFullYear()): TypedEntry {
  if (raw === "") return { kind: "text", value: "" };
  if (raw.startsWith("'")) return { kind: "text", value: raw.slice(1) };
  if (raw.startsWith("=")) return raw.length > 1 ? { kind: "formula", formula: raw } : { kind: "text", value: raw };
  const t = raw.trim();
  if (/^true$/i.test(t)) return { kind: "boolean", value: true };
  if (/^false$/i.test(t)) return { kind: "boolean", value: false };
  // Every number, date and time has a digit; most text has none and skips the parsers.
  const parsed = /\d/.test(t) ? (parseNumber(t) ?? parseDateTime(t, thisYear)) : undefined;
  if (parsed) return parsed;
  if (/^[+\-@]/.test(t) && t.length > 1) return { kind: "formula", formula: `=${t}` };
  return { kind: "text", value: raw };
}

/** True for number formats that show a date or a time (Excel then keeps them for a typed date). */
export function isDateTimeFormat(numberFormat: string | undefined): boolean {
  if (numberFormat === undefined) return false;
  const bare = numberFormat.replace(/"[^"]*"|\\.|\[[^\]]*\]/g, "");
  return /[dyhs]|mmm|AM\/PM/i.test(bare) || /(^|[^0#?])m+([^0#?]|$)/i.test(bare);
}
