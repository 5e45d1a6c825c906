/** Small helpers the 903 rule files share: a spec in one line, a finding draft from a record. */
import { ukDateProblemWords } from "../common/uk-date";
import type { FindingDraft, ReturnRule } from "../common/rules";
import type { ReturnRuleSpec, ReturnSeverity } from "../types";
import type { Context903 } from "./context";
import { locate, type Place903 } from "./model";

/** A 903 rule: DfE's code, severity, wording and fields, with its check. */
export function rule903(
  code: string,
  severity: ReturnSeverity,
  message: string,
  fields: readonly string[],
  check: (c: Context903) => Iterable<FindingDraft | number>,
  years?: ReturnRuleSpec["years"],
): ReturnRule<Context903> {
  return { spec: { code, kind: "ssda903", severity, message, fields, ...(years ? { years } : {}) }, check };
}

/** A finding at a record's field, with the values by field. */
export function at(
  child: string,
  record: Place903,
  field: string,
  values: Record<string, string>,
  detail?: string,
): FindingDraft {
  return { child, where: locate(record, field), values, ...(detail ? { detail } : {}) };
}

/** The detail for a date field that is not a date ("31/02/2018" is not a day of the calendar.), or undefined. */
export function badDateDetail(record: Place903, field: string): string | undefined {
  const bad = record.bad?.[field];
  return bad ? `"${bad.text}" ${ukDateProblemWords(bad.problem)}.` : undefined;
}
