/**
 * The Office.js adapter: the only code that calls Excel.run. The task pane and the ribbon
 * commands use these functions and never Excel.* directly.
 */
export { readWorkbook, type Progress, CHUNK_ROWS, CHUNK_BYTES } from "./read";
export { validateWorkbookInExcel, yieldToEventLoop, SLICE_BUDGET_MS, type WorkbookValidation } from "./validate";
export { createYield, type YieldChannel, type YieldHost } from "./yield";
export { selectCell } from "./navigate";
export { officePlatform } from "./platform";
export { officeThemeIsDark, watchOfficeTheme, type ThemeEnvironment } from "./theme";
export { forgetCompareAs, readCompareAs, saveCompareAs } from "./compare-as";
export { placeExample, undoExample, UndoRefused, type PlaceResult } from "./insert-example";
export { highlightIssues, clearHighlights, hasHighlights } from "./highlight";
export {
  inspectReportSheet,
  applyReportPlan,
  prepareReport,
  commitReport,
  type ReportSession,
  recoverReportSheets,
  exportChartImage,
  ReportSheetConflict,
  ReportBlocked,
  ReportRefreshFailed,
  ReportReservedSheet,
  ReportRefreshElsewhere,
  type Survivor,
} from "./report";
export type { PagePart } from "./report-page";
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
export { planFillInExcel, applyReturnsFill, undoReturnsFill, FillUndoRefused, type FillRecord } from "./returns-fill";
export { readDateSystem, onDateSystemRead, recalculateAllFormulas } from "./date-system";
