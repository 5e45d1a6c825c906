/**
 * Reading one cell as the layout's column kind. Each reader returns the value (NaN or null
 * for a blank) or a {@link CellProblem}; the common path allocates nothing, which keeps a
 * 200,000-row log fast.
 */
import { percentText } from "../indicators";
import { CellError } from "../base";
import {
  toSerial,
  formatPeriod,
  parsePeriod,
  type Period,
  periodFromDate,
  ukFromSerial,
  yearTypedAsDate,
  dateBefore1900,
} from "../dates";
import type { CellContext, IssueParams } from "./issues";

/** The codes a cell reader finds on its own, before the rule adds where the cell is. */
export type CellCode =
  | "number-as-text"
  | "not-a-number"
  | "negative"
  | "not-integer"
  | "share-out-of-range"
  | "date-unreadable"
  | "date-before-1900"
  | "period-unreadable"
  | "period-wrong-kind"
  | "period-as-date";

/** A {@link CellProblem} of one code: its parameters without the {@link CellContext}. */
interface CellProblemOf<C extends CellCode> {
  readonly problem: C;
  readonly params: Omit<IssueParams[C], keyof CellContext>;
  readonly value?: number;
  /** The period still read, for a warning that keeps it ("period-as-date"). */
  readonly period?: Period;
}

/** Something wrong with a cell. `value` is the reading still usable by later rules ("19,712 " -> 19712). */
export type CellProblem = { [C in CellCode]: CellProblemOf<C> }[CellCode];

/** True for a {@link CellProblem}. */
export function isProblem(x: unknown): x is CellProblem {
  return typeof x === "object" && x !== null && "problem" in x;
}

/** True for a blank cell: null, undefined, "" or whitespace only. */
export function isBlankValue(v: unknown): boolean {
  return v === null || v === undefined || (typeof v === "string" && v.trim() === "");
}

/** Text as written, for messages. */
export function shown(v: unknown): string {
  return typeof v === "string" ? v : String(v);
}

/** True for a number Excel can show as a date (1 March 1900 to 31 December 9999). */
function isSerialRange(v: number): boolean {
  return Number.isFinite(v) && v >= 61 && v < 2958466;
}

/**
 * A cell value as the officer sees it, for messages: a date as dd/mm/yyyy rather than its
 * serial ("31/03/2020", not 43921). A number is a date when its cell is formatted as one,
 * or, where no format is known, when it is 10,000 or more (27 May 1927 on) in a column
 * that holds periods, which no year number is.
 */
export function shownAsDate(v: unknown, dateFormatted: boolean): string {
  if (typeof v === "number" && isSerialRange(v) && (dateFormatted || v >= 10000)) return ukFromSerial(v);
  return shown(v);
}

/** Digits with optional thousands commas and decimals: what Excel would have read as a number. */
const NUMBER_TEXT = /^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/;

/** The number in numeric text ("19,712 " -> 19712), else undefined. */
export function numberFromText(text: string): number | undefined {
  const s = text.trim();
  return NUMBER_TEXT.test(s) ? Number(s.replace(/,/g, "")) : undefined;
}

/**
 * A count: a whole number, 0 or more. Text that looks like a number ("19,712 ") is a
 * "number stored as text" problem that still carries the number for later rules.
 */
export function readCount(v: unknown): number | CellProblem {
  if (typeof v === "number") {
    if (!Number.isFinite(v)) return { problem: "not-a-number", params: { value: shown(v) } };
    if (v < 0) return { problem: "negative", params: { value: v } };
    // Safe integers only: beyond 2^53 a count cannot be exact (and no authority has that many children).
    if (!Number.isSafeInteger(v)) return { problem: "not-integer", params: { value: v } };
    return v;
  }
  if (isBlankValue(v)) return NaN;
  if (typeof v === "string") {
    const n = numberFromText(v);
    if (n !== undefined)
      return {
        problem: "number-as-text",
        params: { value: v, number: n },
        value: n >= 0 && Number.isSafeInteger(n) ? n : undefined,
      };
  }
  return { problem: "not-a-number", params: { value: shown(v) } };
}

/** "92.6%" for 0.9261: a share in the house style of every message (src/core/indicators/percent.ts). */
export function shareText(share: number): string {
  return percentText(share);
}

/** A share 0 to 1; text "92.61%" is read as 0.9261. Outside 0%-100% is a problem. */
export function readShare(v: unknown): number | CellProblem {
  let n: number;
  if (typeof v === "number") n = v;
  else if (isBlankValue(v)) return NaN;
  else if (typeof v === "string") {
    const m = /^([+-]?\d+(?:\.\d+)?)\s*%$/.exec(v.trim());
    if (!m) {
      const num = numberFromText(v);
      return num !== undefined
        ? { problem: "number-as-text", params: { value: v, number: `${num}%` } }
        : { problem: "not-a-number", params: { value: v } };
    }
    n = Number(m[1]) / 100;
  } else return { problem: "not-a-number", params: { value: shown(v) } };
  if (!Number.isFinite(n)) return { problem: "not-a-number", params: { value: shown(v) } };
  if (n < 0 || n > 1) return { problem: "share-out-of-range", params: { value: shown(v), shown: shareText(n) } };
  return n;
}

/** A date serial (Excel date, "01/04/2020" or "2020-04-01"); NaN for a blank. */
export function readDate(v: unknown): number | CellProblem {
  if (typeof v === "number" && v >= 61 && v < 2958466) return Math.floor(v); // the fast path
  const s = toSerial(v);
  if (s === null) return NaN;
  if (s instanceof CellError) {
    // A real day before 1900 is named as that day, with the cell's own value ("30", "15/06/1899").
    const early = dateBefore1900(v);
    return early
      ? { problem: "date-before-1900", params: { value: shown(v), date: early } }
      : { problem: "date-unreadable", params: { value: shown(v) } };
  }
  return s;
}

/** The noun for a period column kind, for messages. */
export function kindNoun(kind: "year" | "quarter" | "period"): string {
  return kind === "year" ? "financial year" : kind === "quarter" ? "quarter" : "period";
}

/**
 * A period of the column's kind. A number is a date (Excel turns "Jun-2017" typed into a
 * cell into 1 June 2017, and an officer may type 31/03/2020 for the year's count): it is
 * read by {@link periodFromDate}, so a quarter-end month is that quarter and, in a
 * snapshot's column, 31 March is the financial year ending that day.
 * @param snapshot the column's figures are counts at the period's end (looked after, on a plan).
 * @param dateFormatted the cell is formatted as a date (when the reader knows).
 * @returns the period, null for a blank, or a problem (naming a date as dd/mm/yyyy).
 */
export function readPeriod(
  v: unknown,
  kind: "year" | "quarter" | "period",
  snapshot = false,
  dateFormatted = false,
): Period | null | CellProblem {
  if (isBlankValue(v)) return null;
  let p: Period | undefined;
  // Shown as a date when it looks like one; 2019 typed in a year column is the number 2019.
  const looksLikeDate = typeof v === "number" && isSerialRange(v) && (dateFormatted || v >= 10000);
  if (typeof v === "string") p = parsePeriod(v);
  else if (typeof v === "number" && (looksLikeDate || (kind !== "year" && isSerialRange(v))))
    p = periodFromDate(v, kind, snapshot);
  const noun = kindNoun(kind);
  const value = looksLikeDate ? shownAsDate(v, true) : shown(v);
  // "2011-12" typed into a year column is 1 December 2011 to Excel: read as the year, with a
  // warning (in a period column only when the date is no quarter's end: Dec-2011 is a quarter).
  const typedYear = looksLikeDate && kind !== "quarter" ? yearTypedAsDate(v) : undefined;
  if (typedYear && (kind === "year" || !p))
    return {
      problem: "period-as-date",
      params: { value: shownAsDate(v, true), period: formatPeriod(typedYear) },
      period: typedYear,
    };
  if (!p)
    return {
      problem: "period-unreadable",
      params: { value, kindNoun: noun, date: looksLikeDate },
    };
  if (kind !== "period" && p.kind !== kind) {
    return {
      problem: "period-wrong-kind",
      params: {
        value,
        found: kindNoun(p.kind),
        kindNoun: noun,
        example: kind === "year" ? "2019-20" : "Jun-2017",
      },
    };
  }
  return p;
}

/** The label used in messages for a period: as the reports write it. */
export function periodLabel(p: Period): string {
  return formatPeriod(p, "end-month");
}
