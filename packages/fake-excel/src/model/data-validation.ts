/**
 * Data validation as document state: the validations of a sheet and the one over a cell. The
 * Office.js DataValidation proxy, with the rules it enforces and their sources, is
 * proxy/data-validation.ts.
 */
import type { DataValidationState, SheetState } from "./state";

/** The live validations of a sheet. */
export function sheetDataValidations(sheet: SheetState): DataValidationState[] {
  return (sheet.dataValidations ?? []).filter((d) => !d.deleted);
}

/** The validation that applies to one cell, if any (for tests and the preview). */
export function dataValidationAt(sheet: SheetState, row: number, col: number): DataValidationState | undefined {
  return sheetDataValidations(sheet).find(
    (d) => row >= d.rect.startRow && row <= d.rect.endRow && col >= d.rect.startCol && col <= d.rect.endCol,
  );
}
