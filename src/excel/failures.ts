/**
 * The failures the Office.js layer reports to the task pane, as codes with typed
 * parameters (the way findings carry a code, not a sentence): the pane words each one from
 * its code (src/taskpane/errors.ts), so no caller matches message text. `message` is for a
 * developer's console only.
 */
import type { ReportConflict } from "../core/report";

/** Every failure code and its parameters. */
export interface ExcelFailureParams {
  /** Set-up would add a sheet, and the workbook's structure is protected. */
  "setup-structure-protected": Record<string, never>;
  /** Set-up would add a table to a protected sheet. */
  "setup-sheet-protected": { readonly sheet: string };
  /** The report needs new sheets, and the workbook's structure is protected. */
  "report-structure-protected": { readonly sheet: string };
  /** The report sheet is protected. */
  "report-sheet-protected": { readonly sheet: string };
  /** Excel lacks the requirement set a safe refresh needs. */
  "excel-too-old": { readonly set: string; readonly version: string };
  /** The report sheet was edited by hand since it was generated (core's conflict, core/report/ownership.ts). */
  "report-sheet-edited": ReportConflict["params"];
  /** A sheet has the report's name but the add-in did not make it (core's conflict). */
  "report-sheet-foreign": ReportConflict["params"];
  /** A sheet has a name the refresh reserves for its staging sheets, and no refresh of the add-in's left it. */
  "report-reserved-sheet": { readonly sheet: string };
  /** Another session (a co-author, another window) started a refresh of the report `minutes` ago. */
  "report-refresh-elsewhere": { readonly minutes: number };
  /** A refresh failed; `why` is the cause's own text. */
  "refresh-failed": { readonly why: string };
  /** The selection is one row: no header and figures. */
  "selection-too-small": Record<string, never>;
  /** The selection is whole columns, not a table's cells. */
  "selection-whole-columns": Record<string, never>;
  /** The selection is several blocks. */
  "selection-not-one-block": Record<string, never>;
  /** The selection is several areas (Ctrl+click): getSelectedRanges' areaCount above 1. */
  "selection-several-areas": { readonly count: number };
  /** A chart, shape or picture is selected, not cells (InvalidSelection, office-js #2268). */
  "selection-not-cells": Record<string, never>;
  /** The table chosen for a mapping is gone. */
  "mapping-table-gone": { readonly table: string };
  /** The sheet of the range chosen for a mapping is gone (`sheet` as a formula quotes it). */
  "mapping-sheet-gone": { readonly sheet: string };
}

/** A failure code of the Office.js layer. */
export type ExcelFailureCode = keyof ExcelFailureParams;

/** A failure with its code and parameters; subclasses keep the fields callers already read. */
export class ExcelFailure<C extends ExcelFailureCode = ExcelFailureCode> extends Error {
  constructor(
    readonly code: C,
    readonly params: ExcelFailureParams[C],
  ) {
    super(`${code}${Object.keys(params).length ? ` ${JSON.stringify(params)}` : ""}`);
    this.name = "ExcelFailure";
  }
}

/** True for a failure of the Office.js layer. */
export function isExcelFailure(e: unknown): e is ExcelFailure {
  return e instanceof ExcelFailure;
}
