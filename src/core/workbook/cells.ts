/**
 * Reading one cell as the layout's column kind. Each reader returns the value (NaN or null
 * for a blank) or a {@link CellProblem}; the common path allocates nothing, which keeps a
 * 200,000-row log fast.
 */
import { CellError } from "../errors";
import { toSerial } from "../dates/parse";
import { formatPeriod, parsePeriod } from "../dates/periods";
import { ymdFromSerial } from "../dates/serial";
import type { Period } from "./model";
import type { IssueCode, Params } from "./issues";

/** Something wrong with a cell. `value` is the reading still usable by later rules ("19,712 " -> 19712). */
export interface CellProblem {
  readonly problem: IssueCode;
  readonly params: Params;
  readonly value?: number;
}

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

/** "92.61%" for 0.9261, to two decimals at most. */
export function shareText(share: number): string {
  return `${Math.round(share * 10000) / 100}%`;
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
  if (s instanceof CellError) return { problem: "date-unreadable", params: { value: shown(v) } };
  return s;
}

/** The noun for a period column kind, for messages. */
export function kindNoun(kind: "year" | "quarter" | "period"): string {
  return kind === "year" ? "financial year" : kind === "quarter" ? "quarter" : "period";
}

/**
 * A period of the column's kind. A number is accepted in a quarter column when it is a
 * date in a quarter-end month: Excel turns "Jun-2017" typed into a cell into 1 June 2017.
 * @returns the period, null for a blank, or a problem.
 */
export function readPeriod(v: unknown, kind: "year" | "quarter" | "period"): Period | null | CellProblem {
  if (isBlankValue(v)) return null;
  let p: Period | undefined;
  if (typeof v === "string") p = parsePeriod(v);
  else if (typeof v === "number" && kind !== "year" && Number.isFinite(v) && v >= 61 && v < 2958466) {
    const { year, month } = ymdFromSerial(v);
    if (month === 3 || month === 6 || month === 9 || month === 12)
      p = { kind: "quarter", endYear: year, endMonth: month };
  }
  const noun = kindNoun(kind);
  if (!p) return { problem: "period-unreadable", params: { value: shown(v), kindNoun: noun } };
  if (kind !== "period" && p.kind !== kind) {
    return {
      problem: "period-wrong-kind",
      params: {
        value: shown(v),
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
