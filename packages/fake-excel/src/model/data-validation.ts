/**
 * Data validation as document state: the validations of a sheet and the one over a cell. The
 * Office.js DataValidation proxy, with the rules it enforces and their sources, is
 * proxy/data-validation.ts.
 */
import type { CellRect } from "./address";

/** The prompt shown when a cell is selected (Excel.DataValidationPrompt). */
export interface PromptState {
  message: string;
  showPrompt: boolean;
  title: string;
}

/** The alert shown when invalid data is typed (Excel.DataValidationErrorAlert). */
export interface ErrorAlertState {
  message: string;
  showAlert: boolean;
  style: "Stop" | "Warning" | "Information";
  title: string;
}

/** One data validation over a block of cells. */
export interface DataValidationState {
  readonly id: string;
  /** Where it applies; moves when cells are inserted above it (structure.ts). */
  rect: CellRect;
  /** The DataValidationRule as set (one criterion), or {} before a rule is set. */
  rule: Record<string, unknown>;
  type: string;
  prompt: PromptState;
  errorAlert: ErrorAlertState;
  ignoreBlanks: boolean;
  deleted: boolean;
}

/** A sheet as data validation sees it (SheetState has this field). */
type SheetValidations = { dataValidations?: DataValidationState[] };

/** The live validations of a sheet. */
export function sheetDataValidations(sheet: SheetValidations): DataValidationState[] {
  return (sheet.dataValidations ?? []).filter((d) => !d.deleted);
}

/** The validation that applies to one cell, if any (for tests and the preview). */
export function dataValidationAt(sheet: SheetValidations, row: number, col: number): DataValidationState | undefined {
  return sheetDataValidations(sheet).find(
    (d) => row >= d.rect.startRow && row <= d.rect.endRow && col >= d.rect.startCol && col <= d.rect.endCol,
  );
}
