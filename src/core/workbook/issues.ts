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
  "column-missing": "error",
  "name-broken": "error",
  "name-headers": "error",
  "no-data": "error",
  "setting-missing": "error",
  "setting-default": "warning",
  "setting-duplicate": "error",
  "setting-zero": "error",
  "nts-rate-high": "error",
  "population-old": "warning",
  // cells
  blank: "error",
  "number-as-text": "error",
  "not-a-number": "error",
  negative: "error",
  "not-integer": "error",
  "date-in-count": "error",
  "share-out-of-range": "error",
  "date-unreadable": "error",
  "end-before-start": "error",
  // periods
  "period-unreadable": "error",
  "period-wrong-kind": "error",
  "period-duplicate": "error",
  "period-missing": "error",
  "period-order": "error",
  // within a row
  "part-above-whole": "error",
  "timeliness-mismatch": "error",
  // across datasets
  "log-timeliness-mismatch": "warning",
  "uasc-above-quota": "warning",
  "report-year-missing": "warning",
  "published-differs": "warning",
  // trends
  "trend-jump": "warning",
  // a long run of one code in one column, summarised
  "more-issues": "warning",
} as const satisfies Record<string, Severity>;

export type Severity = "error" | "warning";
export type IssueCode = keyof typeof ISSUE_CODES;

/** Values a message template may quote: text as written, numbers formatted by messages.ts. */
export type Params = Readonly<Record<string, string | number>>;

/** What a rule finds: where and what, without wording. */
export interface Finding {
  readonly code: IssueCode;
  readonly severity: Severity;
  readonly sheet: string;
  /** A1 address on `sheet` ("C14"). */
  readonly cell: string;
  readonly params: Params;
}

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

/** A finding with the code's usual severity. */
export function finding(
  code: IssueCode,
  sheet: string,
  cell: string,
  params: Params = {},
  severity?: Severity,
): Finding {
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
