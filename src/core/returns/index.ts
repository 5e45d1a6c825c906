/**
 * The statutory returns area's entry point: the shared shapes, the shared pieces (CSV
 * tokenizer, DfE dates, rule running, reconciliation, file dispatch) and each return's reader.
 */
export * from "./types";
export { CsvTokenizer, csvRows } from "./shared/csv";
/** @public The census's reader parses DfE's dates with these. */
export { parseUkDate, birthday, type UkDate, type UkDateProblem } from "./shared/uk-date";
export { findingLine, locationWords } from "./shared/rules";
/** @public The children in need census runs its rules with these (its reader is built beside the 903's). */
export { runRules, type RuleRun, type ReturnRule, type FindingDraft } from "./shared/rules";
export { sourceForm, peekSource } from "./dispatch";
export { read903, analyse903, type Analysis903 } from "./ssda903/read";
export { RULE_SPECS_903 } from "./ssda903/rules";
export { reconcile, RECONCILE_TARGETS, type ReconcileRow } from "./reconcile";
/** @public The census adds its rows to RECONCILE_TARGETS with these. */
export type { ReconcileTarget, WorkbookTarget } from "./reconcile";
export {
  analyseReturns,
  type AnalyseOptions,
  type ReturnAnalysis,
  type ReturnReader,
  type ReturnsAnalysis,
} from "./analyse";
export { planReturnsFill, fillSummary, type FillRow, type ReturnsFillPlan } from "./fill";
