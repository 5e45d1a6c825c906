/**
 * Reporting periods as the Safeguarding Report writes them: English local-government
 * financial years ("2019-20", 1 April to 31 March) and quarters, labelled either by their
 * quarter-end month ("Jun-2017", as in the 2019-20 report) or as a month range
 * ("Apr-Jun 2019", as in the 2021-22 report). Financial-year quarters Q1..Q4 start in April
 * (Q1 = Apr-Jun), as in DfE and ONS quarterly returns.
 */
import { MONTH_ABBREVIATIONS, monthFromName } from "./months";
import { serialFromYmd, ymdFromSerial, type Serial } from "./serial";

/** A financial year, 1 April `startYear` to 31 March `startYear + 1` ("2019-20"). */
export interface FinancialYear {
  readonly kind: "year";
  readonly startYear: number;
}

/** A quarter, identified by the year and month (3, 6, 9 or 12) in which it ends ("Jun-2017" = Apr-Jun 2017). */
export interface Quarter {
  readonly kind: "quarter";
  readonly endYear: number;
  readonly endMonth: 3 | 6 | 9 | 12;
}

export type Period = FinancialYear | Quarter;

/** How quarters are labelled: "Jun-2017" (quarter-end month, 2019-20 report) or "Apr-Jun 2019" (2021-22 report). */
export type QuarterStyle = "end-month" | "range";

type QuarterEndMonth = Quarter["endMonth"];

function isQuarterEnd(month: number): month is QuarterEndMonth {
  return month === 3 || month === 6 || month === 9 || month === 12;
}

function fy(startYear: number): FinancialYear {
  return { kind: "year", startYear };
}

function qtr(endYear: number, endMonth: QuarterEndMonth): Quarter {
  return { kind: "quarter", endYear, endMonth };
}

/** The start year of "2019-20", "2019/20", "2019-2020" or "2019/2020" (the second year must follow the first). */
function parseYearPart(text: string): number | undefined {
  const m = /^(\d{4})\s*[-/]\s*(\d{2}|\d{4})$/.exec(text);
  if (!m) return undefined;
  const start = Number(m[1]);
  const second = m[2] ?? "";
  const end = Number(second);
  const ok = second.length === 2 ? end === (start + 1) % 100 : end === start + 1;
  return ok ? start : undefined;
}

/**
 * Typographic dashes read as a hyphen: "2019\u201320" with an en dash is what Word, a PDF or
 * Excel's AutoCorrect leave when a label is copied from last year's report. Hyphen
 * (U+2010), non-breaking hyphen, figure dash, en dash, em dash, horizontal bar (U+2011 to
 * U+2015) and the minus sign (U+2212).
 */
const DASHES = /[\u2010-\u2015\u2212]/g;

/**
 * Parses a period label. Accepts financial years ("2019-20", "2019/20", "2019-2020",
 * "2019/2020"), quarter-end months ("Jun-2017", "Jun 2017", "June 2017"), quarter ranges
 * ("Apr-Jun 2019", "Apr - Jun 2019", "Jan-Mar 2020") and financial-year quarters
 * ("2020-21 Q1" = Apr-Jun 2020), case-insensitive and trimmed.
 * @returns the period, or undefined when the text is not one (e.g. "Jul-2017", "2019-21").
 */
export function parsePeriod(text: string): Period | undefined {
  const t = text.trim().replace(/\s+/g, " ").replace(DASHES, "-");
  const year = parseYearPart(t);
  if (year !== undefined) return fy(year);

  const fq = /^(\d{4}\s*[-/]\s*\d{2,4}) ?q([1-4])$/i.exec(t);
  if (fq) {
    const start = parseYearPart(fq[1] ?? "");
    if (start === undefined) return undefined;
    const q = Number(fq[2]);
    // Q1 Apr-Jun, Q2 Jul-Sep, Q3 Oct-Dec of the start year; Q4 Jan-Mar of the next.
    return q === 4 ? qtr(start + 1, 3) : qtr(start, (q * 3 + 3) as QuarterEndMonth);
  }

  const range = /^([a-z]+) ?- ?([a-z]+)[ -]?(\d{4})$/i.exec(t);
  if (range) {
    const from = monthFromName(range[1] ?? "");
    const to = monthFromName(range[2] ?? "");
    if (from === undefined || to === undefined || !isQuarterEnd(to) || from !== to - 2) return undefined;
    return qtr(Number(range[3]), to);
  }

  const single = /^([a-z]+)[ -]?(\d{4})$/i.exec(t);
  if (single) {
    const month = monthFromName(single[1] ?? "");
    if (month === undefined || !isQuarterEnd(month)) return undefined;
    return qtr(Number(single[2]), month);
  }
  return undefined;
}

/**
 * The period a date stands for in a period column, for a cell Excel holds as a date.
 * - Excel turns "Jun-2017" typed into a General cell into 1 June 2017, so any day of a
 *   quarter-end month is that quarter (in a quarter or period column).
 * - In a snapshot's period column (children looked after at 31 March and at quarter ends)
 *   31 March is the financial year ending that day: the year's count is the count at
 *   31 March. A year column of a snapshot (children on a plan at 31 March) reads 31 March
 *   the same way.
 * - A year of flows (assessments completed in 2019-20) is never a date.
 * @param serial an Excel date serial.
 * @param kind the column's kind: "year", "quarter" or "period" (either).
 * @param snapshot true when the column's figures are counts at the period's end.
 * @returns the period, or undefined when the date is none of these.
 */
export function periodFromDate(
  serial: Serial,
  kind: "year" | "quarter" | "period",
  snapshot: boolean,
): Period | undefined {
  if (!Number.isFinite(serial) || serial < 61 || serial >= 2958466) return undefined;
  const { year, month, day } = ymdFromSerial(serial);
  const march31 = month === 3 && day === 31;
  if (kind === "year") return snapshot && march31 ? fy(year - 1) : undefined;
  if (kind === "period" && snapshot && march31) return fy(year - 1);
  return isQuarterEnd(month) ? qtr(year, month) : undefined;
}

/**
 * The financial year whose label Excel turned into a date. Typed into a cell that is not Text,
 * "2011-12" (or "2011/12") reads as year-month, 1 December 2011, shown as "Dec-11"
 * ("Stop automatically changing numbers to dates", support.microsoft.com: Excel turns
 * entries like these into dates unless the cell is Text). That happens to the labels whose
 * second part is a month, 2000-01 to 2011-12: the first day of month (Y + 1) mod 100 of year Y.
 * @returns the year, or undefined for any other date.
 */
export function yearTypedAsDate(serial: Serial): FinancialYear | undefined {
  if (!Number.isFinite(serial) || serial < 61 || serial >= 2958466 || !Number.isInteger(serial)) return undefined;
  const { year, month, day } = ymdFromSerial(serial);
  return day === 1 && month === (year + 1) % 100 ? fy(year) : undefined;
}

/** "2019-20" for the financial year starting in April 2019. */
function formatYear(startYear: number): string {
  return `${startYear}-${String((startYear + 1) % 100).padStart(2, "0")}`;
}

/**
 * The label of a period as the reports write it: "2019-20" for a year; for a quarter
 * "Jun-2017" (style "end-month") or "Apr-Jun 2017" (style "range").
 */
export function formatPeriod(p: Period, style: QuarterStyle = "end-month"): string {
  if (p.kind === "year") return formatYear(p.startYear);
  const end = MONTH_ABBREVIATIONS[p.endMonth - 1] ?? "";
  if (style === "end-month") return `${end}-${p.endYear}`;
  const start = MONTH_ABBREVIATIONS[p.endMonth - 3] ?? "";
  return `${start}-${end} ${p.endYear}`;
}

/** The financial year (1 April to 31 March) containing a date serial. */
export function financialYearOf(serial: Serial): FinancialYear {
  const { year, month } = ymdFromSerial(serial);
  return fy(month >= 4 ? year : year - 1);
}

/** The calendar quarter containing a date serial (Apr-Jun 2020 for 1 May 2020). */
export function quarterOf(serial: Serial): Quarter {
  const { year, month } = ymdFromSerial(serial);
  return qtr(year, (Math.ceil(month / 3) * 3) as QuarterEndMonth);
}

/**
 * A number that orders periods of one kind with consecutive periods differing by 1:
 * a year's start year; for a quarter endYear * 4 + endMonth / 3 - 1.
 */
export function periodOrdinal(p: Period): number {
  return p.kind === "year" ? p.startYear : p.endYear * 4 + p.endMonth / 3 - 1;
}

/** The quarter with the given ordinal (inverse of {@link periodOrdinal} for quarters). */
export function quarterFromOrdinal(ordinal: number): Quarter {
  const endYear = Math.floor(ordinal / 4);
  return qtr(endYear, ((ordinal - endYear * 4 + 1) * 3) as QuarterEndMonth);
}

/** The last day of a period: 31 March of the year's end, or the quarter's last day. */
export function periodEndSerial(p: Period): Serial {
  if (p.kind === "year") return serialFromYmd(p.startYear + 1, 3, 31);
  const lastDay = p.endMonth === 3 || p.endMonth === 12 ? 31 : 30;
  return serialFromYmd(p.endYear, p.endMonth, lastDay);
}

/**
 * Orders periods by their end date; a quarter and a year ending on the same day put the
 * (shorter) quarter first. Negative when a < b, 0 when equal, positive when a > b.
 */
export function comparePeriods(a: Period, b: Period): number {
  if (a.kind === b.kind) return periodOrdinal(a) - periodOrdinal(b);
  const byEnd = periodEndSerial(a) - periodEndSerial(b);
  if (byEnd !== 0) return byEnd;
  return a.kind === "quarter" ? -1 : 1;
}

/** True when a and b are the same period. */
export function samePeriod(a: Period, b: Period): boolean {
  return a.kind === b.kind && periodOrdinal(a) === periodOrdinal(b);
}
