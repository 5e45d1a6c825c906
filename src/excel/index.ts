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
  type WorkbookValidation,
} from "./validate";
export { selectCell } from "./navigate";
export { officePlatform, officeThemeIsDark } from "./platform";
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
  type Survivor,
} from "./report";
export {
  readMappingState,
  readSelection,
  saveMapping,
  removeMapping,
  MappingProblem,
  type MappingState,
} from "./mapping";
export { ExcelFailure, isExcelFailure, type ExcelFailureCode, type ExcelFailureParams } from "./failures";
export { setUpWorkbook, isWorkbookEmpty, SetupBlocked, type SetupResult } from "./setup";
