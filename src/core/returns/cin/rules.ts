/**
 * The CIN census's DfE validation rules as data (CIN_RULES), and the checker that runs them
 * child by child. Codes and wording are DfE's (CIN census validation rules); queries (codes
 * ending in Q) are kept apart from errors by their severity.
 */
import { englandAndWales, isoFromSerial, type HolidayCalendar } from "../../dates";
import type { ReturnFinding, ReturnRuleSpec } from "../types";
import type { CinChild, CinHeader } from "./model";
import { ASSESSMENT_RULES } from "./rules-assessments";
import { CHILD_RULES, referenceDateIsCorrect, RULE_100 } from "./rules-child";
import { PROTECTION_RULES } from "./rules-protection";
import { REFERRAL_RULES } from "./rules-referrals";
import type { CinRule, CinRuleContext } from "./rule-kit";
import { ruleInForce } from "../common/rules";

const RULES: readonly CinRule[] = [...CHILD_RULES, ...REFERRAL_RULES, ...ASSESSMENT_RULES, ...PROTECTION_RULES];

/** Every CIN rule this project checks, with the census years each applies to. */
export const CIN_RULES: readonly ReturnRuleSpec[] = [RULE_100, ...RULES.map((r) => r.spec)];

/** Checks children one at a time: `check` each, then `finish` for every finding in file order. */
export class CinChecker {
  private readonly findings: ReturnFinding[] = [];
  private readonly ctx: CinRuleContext;
  private readonly rules: readonly CinRule[];

  constructor(file: string, header: CinHeader, calendar: HolidayCalendar = englandAndWales()) {
    this.ctx = { file, header, calendar, seen: new Map() };
    this.rules = RULES.filter((r) => ruleInForce(r.spec, header.year.startYear));
    const ref = header.referenceDate;
    if (!referenceDateIsCorrect(ref.serial)) {
      this.findings.push({
        code: RULE_100.code,
        kind: "cin",
        severity: RULE_100.severity,
        child: "",
        where: { file, line: ref.line, element: "Header/CollectionDetails/ReferenceDate" },
        fields: RULE_100.fields,
        values: { ReferenceDate: ref.text },
        message: `${RULE_100.message}: ReferenceDate is ${isoFromSerial(ref.serial)}, not 31 March.`,
      });
    }
  }

  /** Runs every rule of the census year on one child. */
  check(child: CinChild): void {
    for (const rule of this.rules) {
      const { spec } = rule;
      rule.check(child, this.ctx, (f) => {
        this.findings.push({
          code: spec.code,
          kind: "cin",
          severity: spec.severity,
          child: child.id,
          where: { file: this.ctx.file, line: f.line, element: f.element },
          fields: spec.fields,
          values: f.values,
          message: `${spec.message.replace(/\.$/, "")}: ${f.detail}.`,
        });
      });
    }
  }

  /** The findings so far, in file order (by line). */
  finish(): ReturnFinding[] {
    return [...this.findings].sort((a, b) => (a.where.line ?? 0) - (b.where.line ?? 0));
  }
}

/**
 * Checks a census whose children are all in memory (small files, tests).
 * @param file the file's name, for the findings' locations.
 * @param header the census header.
 * @param children the census's children.
 * @returns errors and queries (severity tells them apart), in file order.
 */
export function checkCinCensus(file: string, header: CinHeader, children: Iterable<CinChild>): ReturnFinding[] {
  const checker = new CinChecker(file, header);
  for (const child of children) checker.check(child);
  return checker.finish();
}
