/**
 * The in-memory Excel host ("fake Excel"): an Office.js-faithful stand-in for
 * `Excel.run` over a {@link FakeWorkbook}, for Jest and the browser preview.
 */
import { type ExcelRunFn, excelRun } from "./harness/run";
import { installGlobalExcel } from "./harness/globals";
import { FakeWorkbook } from "./harness/workbook";

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
} from "./model/address";
export { pageState } from "./model/page-layout";
export {
  apiNotFound,
  compareVersions,
  emulateExcelApi,
  emulatedExcelApi,
  isSetSupported,
  parseVersion,
  requiredExcelApi,
  type Version,
} from "./harness/api-sets";
export { type CellData, type CellFormat, type CellScalar, ERROR_VALUES, formatText, utf8Length } from "./model/cells";
export { serialToDate } from "./model/format-more";
export { type ChartModel } from "./model/chart-model";
export { type CustomFunctionOptions } from "./harness/custom-functions";
export { conditionalStyleAt } from "./proxy/conditional-format";
export { dataValidationAt, sheetDataValidations } from "./model/data-validation";
export { PLACEHOLDER_PNG_BASE64 } from "./proxy/chart";
export { type ExcelRunFn, excelRun } from "./harness/run";
export { FakeRequestContext } from "./proxy/context";
export { FakeErrorCodes, FakeOfficeError, isOfficeError } from "./model/errors";
export { createOfficeGlobal, installGlobalExcel, type FakeOfficeTheme, type FakePlatform } from "./harness/globals";
export {
  type DataValidationState,
  DEFAULT_COLUMN_WIDTH,
  type Json,
  type PageLayoutState,
  type SheetState,
} from "./model/state";
export { type SavedWorkbook } from "./harness/persist";
export { FakeClientResult } from "./proxy/client-object";
export { parseTypedEntry } from "./model/typed-input";
export { failLargeResponses, type LargeResponseFault } from "./harness/read-faults";
export { clearSpecialSelection, selectAreas, selectChart } from "./proxy/selection";
export { useDate1904, usesDate1904 } from "./proxy/date-system";
export { type FailOnSyncOptions, type FakeExcelLimits, type FakeExcelStats, FakeWorkbook } from "./harness/workbook";
export { type FormulaEvaluator } from "./model/workbook";

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
