/**
 * The in-memory Excel host ("fake Excel"): an Office.js-faithful stand-in for
 * `Excel.run` over a {@link FakeWorkbook}, for Jest and the browser preview.
 */
import { type ExcelRunFn, excelRun } from "./context";
import { installGlobalExcel } from "./globals";
import { FakeWorkbook } from "./workbook";

export {
  type A1Address,
  type CellRect,
  columnToLetters,
  formatA1,
  formatCell,
  lettersToColumn,
  MAX_COLS,
  MAX_ROWS,
  parseA1,
  quoteSheetName,
  rectCellCount,
  rectColumnCount,
  rectRowCount,
} from "./address";
export { pageState, type PageLayoutState } from "./page-layout";
export {
  apiNotFound,
  compareVersions,
  emulateExcelApi,
  emulatedExcelApi,
  isSetSupported,
  parseVersion,
  requiredExcelApi,
  type Version,
} from "./api-sets";
export {
  type CellData,
  type CellFormat,
  type CellScalar,
  ERROR_VALUES,
  formatText,
  serialToDate,
  utf8Length,
} from "./cells";
export { type ChartModel } from "./chart-model";
export { type CustomFunctionOptions } from "./custom-functions";
export { conditionalStyleAt } from "./conditional-format";
export { dataValidationAt, sheetDataValidations, type DataValidationState } from "./data-validation";
export { PLACEHOLDER_PNG_BASE64 } from "./chart";
export { type ExcelRunFn, excelRun, FakeRequestContext } from "./context";
export { FakeErrorCodes, FakeOfficeError, isOfficeError } from "./errors";
export { createOfficeGlobal, installGlobalExcel, type FakeOfficeTheme, type FakePlatform } from "./globals";
export { DEFAULT_COLUMN_WIDTH, type Json, type SheetState } from "./model";
export { type SavedWorkbook } from "./persist";
export { FakeClientResult } from "./proxy";
export { parseTypedEntry } from "./typed-input";
export { failLargeResponses, type LargeResponseFault } from "./read-faults";
export { clearSpecialSelection, selectAreas, selectChart } from "./selection";
export { useDate1904, usesDate1904 } from "./date-system";
export {
  type FailOnSyncOptions,
  type FakeExcelLimits,
  type FakeExcelStats,
  FakeWorkbook,
  type FormulaEvaluator,
} from "./workbook";

/** A workbook with its bound `run` and an installer for the globals. */
export interface FakeExcel {
  workbook: FakeWorkbook;
  run: ExcelRunFn;
  /** Installs `Excel`/`Office` globals; returns the uninstaller. */
  install(): () => void;
}

/** Creates a fake Excel over `FakeWorkbook.fromSheets(sheets)` (one empty "Sheet1" by default). */
export function createFakeExcel(sheets: Record<string, unknown[][]> = { Sheet1: [] }): FakeExcel {
  const workbook = FakeWorkbook.fromSheets(sheets);
  return { workbook, run: excelRun(workbook), install: () => installGlobalExcel(workbook) };
}
