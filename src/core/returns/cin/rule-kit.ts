/**
 * What every CIN rule is made of: its DfE spec (code, severity, wording, fields, years) and the
 * check, a function of one child (and the census header) that reports each failing value.
 */
import type { HolidayCalendar } from "../../dates";
import type { ReturnRuleSpec, ReturnSeverity } from "../types";
import type { CinChild, CinHeader, CinValue } from "./model";

/** The census a rule checks a child against. */
export interface CinRuleContext {
  readonly file: string;
  readonly header: CinHeader;
  readonly calendar: HolidayCalendar;
  /** LAchildIDs seen so far, with the line of the first (rule 8510). */
  readonly seen: Map<string, number>;
}

/** One failing value: where it is, the values involved, and a sentence on this child's case. */
export interface CinFailure {
  readonly line: number;
  readonly element: string;
  readonly values: Readonly<Record<string, string>>;
  /** This case in words ("CINreferralDate is 2024-04-02, after the census ends on 2024-03-31"). */
  readonly detail: string;
}

/** A rule: its DfE spec and its check. */
export interface CinRule {
  readonly spec: ReturnRuleSpec;
  readonly check: (child: CinChild, ctx: CinRuleContext, fail: (failure: CinFailure) => void) => void;
}

/** A CIN rule spec, in DfE's words; `from`/`to` are the census years' start years. */
export function cinSpec(
  code: string,
  severity: ReturnSeverity,
  message: string,
  fields: readonly string[],
  years?: { from?: number; to?: number },
): ReturnRuleSpec {
  return { code, kind: "cin", severity, message, fields, ...(years ? { years } : {}) };
}

/** A value's text as written ("" for blank or missing). */
export function text(value: CinValue | undefined): string {
  return value?.text ?? "";
}

/** "missing" or the value in quotes, for details. */
export function shown(value: CinValue | undefined): string {
  return value === undefined || value.text === "" ? "missing" : `"${value.text}"`;
}
