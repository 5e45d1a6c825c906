/**
 * Validation results as data (zod's issue style): a rule yields a {@link Finding} (code,
 * severity, cell, parameters); messages.ts turns it into an {@link Issue} with wording.
 * Errors block the report; warnings do not.
 */

/** Every issue code, with the severity it has unless a rule says otherwise. */
export const ISSUE_CODES = {
  // structure
  "sheet-missing": "error",
  "table-missing": "error",
  "table-renamed": "warning",
  "no-table": "warning",
  "table-duplicate": "warning",
  "table-name-duplicate": "warning",
  "column-missing": "error",
  "name-broken": "error",
  "name-headers": "error",
  "no-data": "error",
  "setting-missing": "error",
  "setting-default": "warning",
  "setting-duplicate": "error",
  "setting-zero": "error",
  "setting-too-long": "error",
  "nts-rate-high": "error",
  "population-old": "warning",
  "population-implausible": "warning",
  // cells
  blank: "error",
  "formula-not-calculated": "error",
  "number-as-text": "error",
  "not-a-number": "error",
  negative: "error",
  "not-integer": "error",
  "date-in-count": "error",
  "share-out-of-range": "error",
  "date-unreadable": "error",
  "date-before-1900": "error",
  "end-before-start": "error",
  // periods
  "period-unreadable": "error",
  "period-wrong-kind": "error",
  "period-as-date": "warning",
  "period-duplicate": "error",
  "period-missing": "error",
  "period-order": "error",
  // within a row
  "part-above-whole": "error",
  "timeliness-mismatch": "error",
  "share-without-count": "error",
  // across datasets
  "log-timeliness-mismatch": "warning",
  "uasc-above-quota": "warning",
  "report-year-missing": "warning",
  "published-differs": "warning",
  "published-close": "warning",
  // trends
  "trend-jump": "warning",
  // a long run of one code in one column, summarised
  "more-issues": "warning",
  // a rule or a report builder threw: a fault in the add-in, which holds the report back
  "internal-error": "error",
} as const satisfies Record<string, Severity>;

export type Severity = "error" | "warning";
export type IssueCode = keyof typeof ISSUE_CODES;

/** The parameters every structure finding quotes: the dataset as the layout names it. */
export interface StructureParams {
  readonly sheet: string;
  readonly table: string;
  /** The layout's headers, joined for a message ("Year | Referrals | ..."). */
  readonly headers: string;
  /** The layout's first header, the one a table is found by. */
  readonly header: string;
}

/** A `CSC_` defined name a dataset was mapped by. */
export interface NameParams {
  readonly name: string;
  /** Its formula, with a leading "=". */
  readonly formula: string;
}

/** Where a cell's value is: the column's header and the row's label ("Jun-2020", "child C1"). */
export interface CellContext {
  readonly column: string;
  readonly what: string;
}

/** Two figures of one row compared (stated against computed). */
interface Timeliness {
  readonly what: string;
  /** Shares as text ("92.61%"). */
  readonly stated: string;
  readonly computed: string;
  readonly within: number;
  readonly completed: number;
}

/**
 * The parameters of each code, as zod gives each issue code its own shape: a finding with a
 * missing or misspelt parameter does not compile, so no message can print an empty quote.
 * Text is quoted as written; numbers are formatted by messages.ts ("16,020").
 */
export interface IssueParams {
  "sheet-missing": StructureParams;
  "table-missing": StructureParams;
  "table-renamed": StructureParams & { readonly found: string };
  "no-table": StructureParams;
  "table-duplicate": {
    readonly sheet: string;
    readonly table: string;
    /** The table not read ("a block" for cells that are not a table). */
    readonly found: string;
    readonly used: string;
    /** "Sheet!A1" of the table that is read. */
    readonly usedAt: string;
  };
  /** Another table with the name the layout reads by (a damaged or hand-made file; Excel refuses it). */
  "table-name-duplicate": { readonly sheet: string; readonly usedAt: string };
  /** `headers`: the table's own headers, or "(none)". */
  "column-missing": { readonly column: string; readonly table: string; readonly headers: string };
  "name-broken": StructureParams & NameParams;
  /** `headers`: the headers at the name's target, or "(none)". */
  "name-headers": StructureParams & NameParams & { readonly column: string };
  /** `across`: the periods run across the columns. */
  "no-data": { readonly table: string; readonly across: boolean };
  "setting-missing": { readonly setting: string };
  /** `value`: the fallback used, as text. */
  "setting-default": { readonly setting: string; readonly value: string };
  "setting-duplicate": {
    readonly setting: string;
    readonly firstCell: string;
    readonly value: string;
    readonly firstValue: string;
    /** Both rows give the same value (a warning), else an error. */
    readonly same: boolean;
  };
  "setting-zero": { readonly setting: string; readonly key: ZeroSetting };
  /** `length`: the value's characters; `max`: the setting's limit. */
  "setting-too-long": { readonly setting: string; readonly length: number; readonly max: number };
  "nts-rate-high": { readonly setting: string; readonly shown: string; readonly max: string; readonly meant: string };
  "population-implausible": { readonly shown: string };
  "population-old": {
    readonly estimateYear: string;
    readonly age: number;
    readonly reportYear: string;
    readonly limit: number;
  };
  /** With `first`: a figure missing in a run of periods that began at `first`. */
  blank: CellContext | (CellContext & { readonly first: string; readonly kindNoun: string });
  "formula-not-calculated": CellContext;
  /** `number`: the number Excel would have read (a share as "92%"). */
  "number-as-text": CellContext & { readonly value: string; readonly number: number | string };
  "not-a-number": CellContext & { readonly value: string };
  negative: CellContext & { readonly value: number };
  "not-integer": CellContext & { readonly value: number };
  /** `date`: the cell as the officer sees it; `value`: the serial the workbook holds. */
  "date-in-count": CellContext & { readonly date: string; readonly value: number };
  "share-out-of-range": CellContext & { readonly value: string; readonly shown: string };
  "date-unreadable": CellContext & { readonly value: string };
  /** `value`: the cell's own value (a serial from 1 to 60, or text); `date`: the day it names, in words. */
  "date-before-1900": CellContext & { readonly value: string; readonly date: string };
  "end-before-start": {
    readonly what: string;
    readonly end: string;
    readonly endDate: string;
    readonly start: string;
    readonly startDate: string;
  };
  /** `date`: Excel holds the cell as a date, shown in `value` as dd/mm/yyyy. */
  "period-unreadable": CellContext & { readonly value: string; readonly kindNoun: string; readonly date: boolean };
  "period-wrong-kind": CellContext & {
    readonly value: string;
    readonly found: string;
    readonly kindNoun: string;
    readonly example: string;
  };
  /** `value`: the date as the officer sees it (dd/mm/yyyy); `period`: the year it is read as. */
  "period-as-date": CellContext & { readonly value: string; readonly period: string };
  "period-duplicate": { readonly period: string; readonly firstCell: string };
  "period-missing": {
    readonly after: string;
    readonly from: string;
    readonly to: string;
    readonly count: number;
    readonly kindNoun: string;
  };
  "period-order": { readonly period: string; readonly previous: string };
  "part-above-whole": {
    readonly what: string;
    readonly part: string;
    readonly whole: string;
    readonly partValue: number;
    readonly wholeValue: number;
  };
  "timeliness-mismatch": Timeliness;
  "share-without-count": {
    readonly what: string;
    readonly stated: string;
    readonly column: string;
    readonly count: string;
  };
  "log-timeliness-mismatch": Timeliness & { readonly limit: number };
  "uasc-above-quota": {
    readonly value: number;
    readonly what: string;
    readonly quota: number;
    readonly rate: string;
    readonly population: number;
  };
  /** `noun`: what to add ("row", "column", "quarters"); `line`: what the table's periods run along. */
  "report-year-missing": {
    readonly table: string;
    readonly year: string;
    readonly noun: string;
    readonly line: "row" | "column";
  };
  /** The officer's figure beside DfE's for the same council and year; `source` names DfE's release. */
  /** One measure's years that differ from DfE's by more than a child or two. */
  "published-differs": {
    readonly what: string;
    readonly council: string;
    readonly source: string;
    readonly count: number;
    /** "2019-20: 3,000, DfE 2,512; 2020-21: ...". */
    readonly years: string;
  };
  /** Every figure within a child or two of DfE's, grouped. */
  "published-close": {
    readonly count: number;
    readonly council: string;
    /** "2017-18 children looked after at 31 March (1,592, DfE 1,593); ...". */
    readonly list: string;
  };
  /** A count compared by relative `change`, or a share by `points`. */
  "trend-jump": { readonly column: string; readonly previous: string; readonly what: string } & TrendJump;
  "more-issues": { readonly count: number; readonly code: IssueCode };
  /** `step`: what the add-in was doing; never the exception's text, which may quote a child's record. */
  "internal-error": { readonly step: InternalStep };
}

/**
 * The steps of validation and report planning a fault can be reported at: a rule or builder
 * that throws is a bug in the add-in, reported as an "internal-error" issue naming the step.
 */
export type InternalStep =
  | "locate"
  | "settings"
  | "table"
  | "rows"
  | "trends"
  | "report-year"
  | "uasc-quota"
  | "published"
  | "log"
  | "log-timeliness"
  | "data"
  | "report";

/**
 * A trend jump's measure: a count's relative `change` ("900%"), or a share's `points` ("90"),
 * by its size; `direction` says which way (src/core/indicators/percent.ts: no signs in prose).
 */
export type TrendJump =
  | {
      readonly direction: "rose" | "fell";
      readonly change: string;
      readonly previousValue: number;
      readonly value: number;
      readonly threshold: string;
    }
  | {
      readonly direction: "rose" | "fell";
      readonly points: string;
      readonly previousValue: string;
      readonly value: string;
      readonly threshold: string;
    };

/** The settings whose value 0 breaks the report. */
export type ZeroSetting = "timelinessLimit" | "under18Population" | "ntsRate";

/** What a rule finds for one code: where and what, without wording. */
export interface FindingOf<C extends IssueCode> {
  readonly code: C;
  readonly severity: Severity;
  readonly sheet: string;
  /** A1 address on `sheet` ("C14"). */
  readonly cell: string;
  readonly params: IssueParams[C];
}

/** What a rule finds: one of the codes with that code's parameters. */
export type Finding = { [C in IssueCode]: FindingOf<C> }[IssueCode];

/** A validation issue as the task pane and the CLI show it. */
export interface Issue {
  readonly code: IssueCode;
  readonly severity: Severity;
  readonly sheet: string;
  /** A1 address on `sheet`. For "sheet-missing" the sheet does not exist: A1 is where it would start. */
  readonly cell: string;
  readonly message: string;
  readonly hint: string;
}

/** A single code, never a union of codes: a union would accept any one code's parameters. */
type One<C extends IssueCode, D extends IssueCode = C> = D extends unknown ? ([C] extends [D] ? C : never) : never;

/** A finding with the code's usual severity. */
export function finding<C extends IssueCode>(
  code: C & One<C>,
  sheet: string,
  cell: string,
  params: IssueParams[C],
  severity?: Severity,
): FindingOf<C> {
  return { code, severity: severity ?? ISSUE_CODES[code], sheet, cell, params };
}

/** Collects findings, keeping at most `cap` of one code per sheet and column so a broken
 * 200,000-row log yields a readable list, then one "more-issues" summary per run. */
export class FindingSink {
  readonly findings: Finding[] = [];
  private readonly counts = new Map<string, { n: number; last: Finding }>();

  constructor(private readonly cap = 50) {}

  /** Adds a finding; `group` (e.g. the column letter) narrows the cap. */
  add(f: Finding, group = ""): void {
    const key = `${f.sheet}\u0000${group}\u0000${f.code}`;
    const seen = this.counts.get(key);
    if (!seen) {
      this.counts.set(key, { n: 1, last: f });
      this.findings.push(f);
      return;
    }
    seen.n++;
    if (seen.n <= this.cap) {
      seen.last = f;
      this.findings.push(f);
    }
  }

  /** True when an error has been added. */
  get hasError(): boolean {
    return this.findings.some((f) => f.severity === "error");
  }

  /** The findings with a summary after each capped run. */
  finish(): Finding[] {
    const out = [...this.findings];
    for (const { n, last } of this.counts.values()) {
      if (n > this.cap) {
        out.push(
          finding("more-issues", last.sheet, last.cell, { count: n - this.cap, code: last.code }, last.severity),
        );
      }
    }
    return out;
  }
}
