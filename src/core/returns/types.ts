/**
 * The statutory child-level returns as core sees them: the shapes every returns module shares
 * (the SSDA903 children-looked-after return and the children in need census), so that the
 * readers, the derivations, the DfE rules, the reconciliation, the CLI and the pane speak one
 * language. Nothing here reads bytes or knows about Node, the DOM or Excel: the hosts feed the
 * readers text chunks (src/cli from files, the pane from `File` objects).
 *
 * Privacy: these values hold children's identifiers and dates. They live in memory while a
 * return is read; nothing here is written to settings, storage or logs. A finding carries the
 * child's ID from the return and the values it is about, nothing more.
 */
import type { FinancialYear, Serial } from "../dates";

/** Which return a value came from. */
export type ReturnKind = "ssda903" | "cin";

/** One input the officer gave: a file's name and its text, in chunks (any split). */
export interface ReturnSource {
  /** The file's name as the officer knows it (no folder needed); used in every message. */
  readonly name: string;
  /** The file's text, decoded, in chunks of any size. */
  readonly chunks: AsyncIterable<string> | Iterable<string>;
}

/**
 * Where in a return a value sits. CSV: `row` is the 1-based line of the file (the header is
 * row 1) and `column` the header's name. XML: `line` is the 1-based line and `element` the
 * element's name (with its parent where that helps: "Assessments/AssessmentAuthorisationDate").
 */
export interface ReturnLocation {
  readonly file: string;
  readonly row?: number;
  readonly column?: string;
  readonly line?: number;
  readonly element?: string;
}

/** A return that cannot be read at all, or a part of one: one clear message, where it happened. */
export interface ReturnReadProblem {
  /** A stable code for tests and wording ("not-a-903-table", "bad-date", "mixed-years", ...). */
  readonly code: string;
  readonly where: ReturnLocation;
  /** The child, when the problem is in one child's data. */
  readonly child?: string;
  /** The officer-facing sentence (names the file, the row or element, and the value). */
  readonly message: string;
  /**
   * "fatal": the input cannot be used (exit 2 in the CLI); "skipped": one value or row was
   * left out and reading went on (reported beside the findings).
   */
  readonly level: "fatal" | "skipped";
}

/** DfE's severity: an error must be fixed before submission; a query asks the council to check. */
export type ReturnSeverity = "error" | "query";

/**
 * A DfE validation rule as data: easy to add a year's new rule or retire an old one. The check
 * itself is a function of the return's model, kept beside the rule in the return's module.
 */
export interface ReturnRuleSpec {
  /** DfE's code exactly as DfE writes it: "501", "205A", "8670Q". */
  readonly code: string;
  readonly kind: ReturnKind;
  readonly severity: ReturnSeverity;
  /** DfE's wording, in the officer's language. */
  readonly message: string;
  /** The fields (903 columns, CIN elements) the rule reads. */
  readonly fields: readonly string[];
  /**
   * The collection years the rule applies to, by the start year of the financial year
   * (2017 for 2017-18); open-ended when absent.
   */
  readonly years?: { readonly from?: number; readonly to?: number };
}

/** One rule failing for one child. */
export interface ReturnFinding {
  /** DfE's code ("501", "8670Q"). */
  readonly code: string;
  readonly kind: ReturnKind;
  readonly severity: ReturnSeverity;
  /** The child's ID as the return gives it (903 CHILD, CIN LAchildID). */
  readonly child: string;
  /** Where the failing value is (the first one, when the rule reads several rows). */
  readonly where: ReturnLocation;
  /** The fields involved, as named in the return. */
  readonly fields: readonly string[];
  /** The values the rule is about, by field (as written in the return; "" for blank). */
  readonly values: Readonly<Record<string, string>>;
  /** The rule's message, in the officer's language. */
  readonly message: string;
}

/** The ids of the figures derived from the returns (the CLI's --json ids). */
export type ReturnFigureId =
  // SSDA903
  | "cla"
  | "uasc_looked_after"
  | "cla_started"
  | "cla_ceased"
  // CIN census
  | "referrals"
  | "children_referred"
  | "nfa_referrals"
  | "rereferrals"
  | "assessments_completed"
  | "assessments_within_limit"
  | "s47_started"
  | "icpcs"
  | "cp_started"
  | "cp_subsequent"
  | "cp_ended"
  | "cp_ended_2plus"
  | "cp_plans";

/**
 * A figure derived from a return, with its definition beside it. Exactly one of `date` (a count
 * of children on a day) and `year` (a count over a financial year) is set.
 */
export interface ReturnFigure {
  readonly id: ReturnFigureId;
  readonly kind: ReturnKind;
  readonly value: number;
  /** A count on a day: the day (an Excel serial; ISO at the edges). */
  readonly date?: Serial;
  /** A count over a financial year. */
  readonly year?: FinancialYear;
  /** A short label for tables ("Children looked after"). */
  readonly label: string;
  /** The definition, in words, with its source (DfE table or guide). */
  readonly definition: string;
  /**
   * More about this return's figure, when there is something the officer should see beside it
   * (e.g. the same count measured another way where the two differ). Absent when there is none.
   */
  readonly detail?: string;
}
