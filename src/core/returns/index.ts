/**
 * The statutory returns area's entry point: the shared shapes, the shared pieces (CSV
 * tokenizer, DfE dates, rule running, reconciliation, file dispatch) and each return's reader.
 */
export * from "./types";
export { CsvTokenizer, csvRows } from "./shared/csv";
export { parseUkDate, ukDateProblemWords, birthday, type UkDate, type UkDateProblem } from "./shared/uk-date";
export {
  runRules,
  ruleInForce,
  findingLine,
  locationWords,
  type RuleRun,
  type ReturnRule,
  type FindingDraft,
} from "./shared/rules";
export { sourceForm, peekSource, type SourceForm } from "./dispatch";
export { read903, analyse903, type Analysis903 } from "./ssda903/read";
export { RULE_SPECS_903 } from "./ssda903/rules";
export type { Return903 } from "./ssda903/model";
export {
  reconcile,
  RECONCILE_TARGETS,
  type ReconcileRow,
  type ReconcileTarget,
  type WorkbookTarget,
} from "./reconcile";
export {
  analyseReturns,
  read903Return,
  type AnalyseOptions,
  type ReaderInput,
  type ReaderOutput,
  type ReturnAnalysis,
  type ReturnReader,
  type ReturnsAnalysis,
} from "./analyse";
export {
  planReturnsFill,
  fillSummary,
  type FillCell,
  type FillDifference,
  type FillRow,
  type ReturnsFillPlan,
} from "./fill";
