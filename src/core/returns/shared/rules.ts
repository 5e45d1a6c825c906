/**
 * Running a return's DfE rules: the specs are data (code, severity, DfE's wording, fields,
 * years), each paired with its check; a year's run keeps the rules in force that year, and
 * every finding takes its code, severity and wording from its spec, so no check can drift from
 * the rule it implements. Errors and queries stay apart in the result.
 */
import type { ReturnFinding, ReturnLocation, ReturnRuleSpec } from "../types";

/** What a check says about one child: where, and the values by field (as written). */
export interface FindingDraft {
  readonly child: string;
  readonly where: ReturnLocation;
  readonly values: Readonly<Record<string, string>>;
  /** Said after DfE's wording, when the values need explaining ("31/02/2018 is not a day"). */
  readonly detail?: string;
}

/** A rule: its spec and its check over the return's context. */
export interface ReturnRule<C> {
  readonly spec: ReturnRuleSpec;
  readonly check: (context: C) => Iterable<FindingDraft>;
}

/** True when a rule is in force in the collection year starting `startYear` (2017 for 2017-18). */
export function ruleInForce(spec: ReturnRuleSpec, startYear: number): boolean {
  const { from, to } = spec.years ?? {};
  return (from === undefined || startYear >= from) && (to === undefined || startYear <= to);
}

/** The findings of a return, errors first then queries, each group in rule order then file order. */
export interface RuleRun {
  readonly errors: readonly ReturnFinding[];
  readonly queries: readonly ReturnFinding[];
}

/** Runs the rules in force in the year over the context. */
export function runRules<C>(rules: readonly ReturnRule<C>[], context: C, startYear: number): RuleRun {
  const errors: ReturnFinding[] = [];
  const queries: ReturnFinding[] = [];
  for (const { spec, check } of rules) {
    if (!ruleInForce(spec, startYear)) continue;
    for (const d of check(context)) {
      const f: ReturnFinding = {
        code: spec.code,
        kind: spec.kind,
        severity: spec.severity,
        child: d.child,
        where: d.where,
        fields: spec.fields,
        values: d.values,
        message: d.detail ? `${spec.message} ${d.detail}` : spec.message,
      };
      (spec.severity === "error" ? errors : queries).push(f);
    }
  }
  return { errors, queries };
}

/** "episodes.csv row 12 (DECOM)" / "return.xml line 40 (EPISODE/DEC)": where a finding is, in words. */
export function locationWords(w: ReturnLocation): string {
  const place = w.row !== undefined ? ` row ${w.row}` : w.line !== undefined ? ` line ${w.line}` : "";
  const field = w.column ?? w.element;
  return `${w.file}${place}${field ? ` (${field})` : ""}`;
}

/** One line for a finding: `error 501 child 1234, episodes.csv row 12 (DECOM): message`. */
export function findingLine(f: ReturnFinding): string {
  return `${f.severity.padEnd(5)} ${f.code.padEnd(5)} child ${f.child}, ${locationWords(f.where)}: ${f.message}`;
}
