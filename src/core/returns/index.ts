/**
 * The returns area's face: the statutory child-level returns (SSDA903, the children in need
 * census) read, derived by DfE's definitions, checked against DfE's rules and reconciled. It
 * stands on workbook, benchmarks, indicators, dates and base, never on report. Code outside this
 * folder imports from here, never from its files. The shared pieces (CSV tokenizer, DfE dates,
 * rule running, reconciliation, file dispatch) sit beside each return's reader.
 */
export * from "./types";
export { CsvTokenizer, csvRows } from "./common/csv";
/** @public The census's reader parses DfE's dates with these. */
export { parseUkDate, birthday, type UkDate, type UkDateProblem } from "./common/uk-date";
export { findingLine, findingPlace } from "./common/rules";
export { figureHeading } from "./common/when";
/** @public Rules over a return's context, in steps a slicer can pause between (the 903's; the census's own checker runs child by child). */
export { ruleSteps, type RuleRun, type ReturnRule, type FindingDraft } from "./common/rules";
export { sourceForm, peekSource } from "./dispatch";
export { read903, analyse903, analyse903Steps, type Analysis903, type AnalyseProgress } from "./ssda903/read";
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
export { councilWords } from "./council";
export { planReturnsFill, fillSummary, type FillRow, type ReturnsFillPlan } from "./fill";
/** @public The census reader, for the bench and tools that read one census alone. */
export { readCinCensus, processCinCensus } from "./cin";
