/**
 * Running a return's DfE rules: the specs are data (code, severity, DfE's wording, fields,
 * years), each paired with its check; a year's run keeps the rules in force that year, and
 * every finding takes its code, severity and wording from its spec, so no check can drift from
 * the rule it implements. Errors and queries stay apart in the result.
 *
 * A check walks the whole return (every episode, every child), which on a large return is more
 * than a pane can wait for in one go; so a check goes through its records in {@link parts} and
 * yields each part's size between them (a number, beside its findings), and {@link ruleSteps}
 * passes those on as steps a slicer can pause between (core/base/slices.ts says why).
 */
import type { Steps } from "../../base";
import type { ReturnFinding, ReturnLocation, ReturnRuleSpec } from "../types";

/** What a check says about one child: where, and the values by field (as written). */
export interface FindingDraft {
  readonly child: string;
  readonly where: ReturnLocation;
  readonly values: Readonly<Record<string, string>>;
  /** Said after DfE's wording, when the values need explaining ("31/02/2018 is not a day"). */
  readonly detail?: string;
}

/**
 * A rule: its spec and its check over the return's context. The check yields its findings and,
 * between parts of the records it walks, how many it has just checked (a number).
 */
export interface ReturnRule<C> {
  readonly spec: ReturnRuleSpec;
  readonly check: (context: C) => Iterable<FindingDraft | number>;
}

/**
 * Records a check handles between two yields: a few milliseconds' work at most on a large
 * return (bench/returns-903.bench.ts measures the longest slice), few enough yields to cost nothing.
 */
const PART = 2048;

/** The records in parts of `size`, in order: a check yields each part's size after checking it. */
export function* parts<T>(items: Iterable<T>, size: number = PART): Generator<readonly T[], void, void> {
  if (Array.isArray(items)) {
    for (let i = 0; i < items.length; i += size) yield items.slice(i, i + size) as T[];
    return;
  }
  let part: T[] = [];
  for (const x of items) {
    part.push(x);
    if (part.length === size) {
      yield part;
      part = [];
    }
  }
  if (part.length) yield part;
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

/** How far the rules have got: rules finished of those in force. */
export interface RuleProgress {
  readonly done: number;
  readonly total: number;
}

/**
 * The rules in force in the year over the context, as steps: each step is a part of a rule's
 * records (its size), or the end of a rule (0), so a slicer can pause between any two.
 * @param onRule hears each rule finished (for a progress bar).
 */
export function* ruleSteps<C>(
  rules: readonly ReturnRule<C>[],
  context: C,
  startYear: number,
  onRule?: (progress: RuleProgress) => void,
): Steps<RuleRun> {
  const errors: ReturnFinding[] = [];
  const queries: ReturnFinding[] = [];
  const inForce = rules.filter((r) => ruleInForce(r.spec, startYear));
  onRule?.({ done: 0, total: inForce.length });
  for (const [i, { spec, check }] of inForce.entries()) {
    for (const d of check(context)) {
      if (typeof d === "number") {
        yield d;
        continue;
      }
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
    onRule?.({ done: i + 1, total: inForce.length });
    yield 0;
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
  return `${f.severity.padEnd(5)} ${f.code.padEnd(5)} ${findingPlace(f)}: ${f.message}`;
}

/**
 * Who and where a finding is about: "child 1234, episodes.csv row 5 (DEC)", or only the place
 * for a finding about the file itself (the census header's rule 100 has no child).
 */
export function findingPlace(f: ReturnFinding): string {
  return f.child ? `child ${f.child}, ${locationWords(f.where)}` : locationWords(f.where);
}
