/**
 * The SSDA903 return in memory: what the figures and the rules read, one record per child and
 * per episode, dates as Excel serials (NaN when blank or not a date; the text of a bad date is
 * kept in `bad` for the rule that reports it). Both the CSV and the XML readers build this, so
 * every figure and rule is the same whichever form the council sent. Records are kept lean
 * (a million episodes is a large council's history): the place is the file and the row (CSV)
 * or line (XML), made into a ReturnLocation only for a finding.
 *
 * Privacy: child-level data, in memory only while a return is looked at.
 */
import { ukFromSerial, type Serial } from "../../dates";
import type { ReturnLocation, ReturnReadProblem } from "../types";
import type { UkDateProblem } from "../common/uk-date";
import type { Table903 } from "./tables";

/** A date that is not one: its text and why. */
export interface BadDate {
  readonly text: string;
  readonly problem: UkDateProblem;
}

/** Where a record sits: the file, and the CSV row or the XML element's line. */
export interface Place903 {
  readonly file: string;
  /** CSV: the 1-based line of the row (the header is row 1). */
  readonly row?: number;
  /** XML: the line of the record's element (CHILD's HEADER, EPISODE). */
  readonly line?: number;
  /** XML: the record's element, to name a field's element ("EPISODE/DEC"). */
  readonly element?: string;
  /** Dates that are not dates, by field. */
  readonly bad?: Readonly<Record<string, BadDate>>;
}

/** One child of the Header table (XML: HEADER). */
export interface Child903 extends Place903 {
  readonly id: string;
  readonly sex: string;
  readonly dob: Serial;
  readonly ethnic: string;
  /** The UASC flag where the form has one (XML HEADER/UASC); undefined in the CSV Header of 2017-18. */
  readonly uasc?: string;
}

/** One episode of care (Episodes table; XML: EPISODE). */
export interface Episode903 extends Place903 {
  readonly child: string;
  readonly decom: Serial;
  readonly rne: string;
  readonly ls: string;
  readonly dec: Serial;
  readonly rec: string;
}

/** One row of the UASC table (XML: a HEADER with UASC 1 or a DUC). */
export interface Uasc903 extends Place903 {
  readonly child: string;
  readonly dob: Serial;
  readonly duc: Serial;
  /** XML: the HEADER's UASC flag (rule 303); undefined for the CSV table. */
  readonly flag?: string;
}

/** A table read but not modelled: its children (the first row of each) for the joins. */
export interface OtherTable903 {
  readonly table: Table903;
  readonly file: string;
  readonly children: Map<string, number>;
}

/** A file read: its name, form and the tables found in it. */
export interface File903 {
  readonly name: string;
  readonly form: "csv" | "xml";
  readonly tables: Table903[];
  /** How many event dates (DECOM, DEC, REVIEW, ...) fall in each financial year (by startYear). */
  readonly eventYears: Map<number, number>;
}

/** A return as read from one set of files. */
export interface Return903 {
  readonly files: File903[];
  readonly children: Map<string, Child903>;
  /** Header rows for a child already seen. */
  readonly duplicateChildren: Child903[];
  readonly episodes: Episode903[];
  /** The episodes by child, in file order (built while reading: one index for the figures and rules). */
  readonly episodesByChild: Map<string, Episode903[]>;
  readonly uasc: Uasc903[];
  readonly others: OtherTable903[];
  /** Which tables were given (a rule about a table runs only when it is there). */
  readonly tables: Set<Table903>;
  readonly problems: ReturnReadProblem[];
}

/** An empty return, for a reader to fill. */
export function emptyReturn903(): Return903 {
  return {
    files: [],
    children: new Map(),
    duplicateChildren: [],
    episodes: [],
    episodesByChild: new Map(),
    uasc: [],
    others: [],
    tables: new Set(),
    problems: [],
  };
}

/** The text of a date field as written ("" for blank). */
export function dateText(record: Place903, field: string, serial: Serial): string {
  const bad = record.bad?.[field];
  if (bad) return bad.text;
  return Number.isNaN(serial) ? "" : ukFromSerial(serial);
}

/** Where a field of a record is, for a finding. */
export function locate(record: Place903, field: string): ReturnLocation {
  if (record.row !== undefined) return { file: record.file, row: record.row, column: field };
  return {
    file: record.file,
    ...(record.line !== undefined ? { line: record.line } : {}),
    element: record.element ? `${record.element}/${field}` : field,
  };
}
