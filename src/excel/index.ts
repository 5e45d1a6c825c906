/**
 * The Office.js adapter: the only code that calls Excel.run. The task pane and the ribbon
 * commands use these functions and never Excel.* directly.
 */
export {
  readWorkbook,
  type Progress,
  type ProgressListener,
  type ReadOptions,
  CHUNK_ROWS,
  CHUNK_BYTES,
  PROBE_ROWS,
} from "./read";
export {
  validateWorkbookInExcel,
  realTimeSlicer,
  yieldToEventLoop,
  SLICE_BUDGET_MS,
  type ValidateOptions,
  type ValidationResult,
} from "./validate";
export { selectCell } from "./navigate";
export { reportSheetYear } from "./report-year";
export {
  placeExample,
  undoExample,
  UndoRefused,
  type ExampleTarget,
  type CellContents,
  type PlaceResult,
  type PlaceOptions,
} from "./insert-example";
export { highlightIssues, clearHighlights, hasHighlights } from "./highlight";
export {
  inspectReportSheet,
  applyReportPlan,
  recoverReportSheets,
  exportChartImage,
  ReportSheetConflict,
  ReportBlocked,
  ReportRefreshFailed,
  type ReportBlock,
  type ReportSheetState,
  type Survivor,
  type ApplyResult,
} from "./report";
export {
  readMappingState,
  readSelection,
  saveMapping,
  removeMapping,
  MappingProblem,
  type CurrentMapping,
  type MappingState,
  type TableChoice,
} from "./mapping";
export { setUpWorkbook, isWorkbookEmpty, SetupBlocked, type SetupBlock, type SetupResult } from "./setup";
