/**
 * Turns whatever an adapter call threw into a sentence for the pane's MessageBar, so a
 * failure is never only a console.error the user cannot see. The Office.js layer's own
 * failures are worded here from their code and parameters (never by matching its message).
 */
import { describeAdditions, listed } from "../core/report";
import { isExcelFailure, type ExcelFailure, type ExcelFailureCode, type ExcelFailureParams } from "../excel";

/** The pane's words for each failure of the Office.js layer. */
export const FAILURE_TEXT: { readonly [C in ExcelFailureCode]: (p: ExcelFailureParams[C]) => string } = {
  "setup-structure-protected": () =>
    "The workbook's structure is protected, so sheets can't be added. Choose Review > Protect Workbook to unprotect it, then set up again.",
  "setup-sheet-protected": (p) =>
    `The sheet “${p.sheet}” is protected, so its table can't be added. Choose Review > Unprotect Sheet on it, then set up again.`,
  "report-structure-protected": () =>
    "The workbook's structure is protected, so the add-in can't add the sheets it needs.",
  "report-sheet-protected": (p) => `The sheet “${p.sheet}” is protected, so the add-in can't write the report on it.`,
  "excel-too-old": (p) => `This version of Excel does not offer what a safe refresh needs (${p.set} ${p.version}).`,
  "report-sheet-edited": (p) => {
    const removed = p.added ? describeAdditions(p.added).removed : [];
    const has = removed.length ? ` (it has ${listed(removed)}, which replacing it removes)` : "";
    return `The ${p.sheet} sheet has been edited by hand since it was generated${has}. Replace it?`;
  },
  "report-sheet-foreign": (p) => `A sheet called ${p.sheet} exists but was not made by this add-in. Replace it?`,
  "report-reserved-sheet": (p) =>
    `The workbook has a sheet called “${p.sheet}”, a name the add-in needs while it refreshes the report. The add-in did not leave it there, so it has not touched it. Rename that sheet, then generate the report again.`,
  "report-refresh-elsewhere": (p) =>
    `Someone else working on this workbook started refreshing the report ${p.minutes < 1 ? "less than a minute" : p.minutes === 1 ? "a minute" : `${p.minutes} minutes`} ago. Wait for it to finish (up to 10 minutes), then generate the report again. Nothing was changed.`,
  "refresh-failed": (p) => `The report refresh failed: ${p.why}`,
  "selection-too-small": () => "Select the whole table: its header row and at least one row of figures.",
  "selection-whole-columns": () => "Select just the table's cells, not whole columns.",
  "selection-not-one-block": () => "Select one block of cells: the table, header row first.",
  "selection-several-areas": (p) =>
    `You have ${p.count} separate areas selected. Select one block of cells: the table, header row first.`,
  "selection-not-cells": () =>
    "A chart or picture is selected, not cells. Click a cell of your table, then select the whole table, header row first.",
  "mapping-table-gone": (p) => `The table ${p.table} is no longer in the workbook. Pick it again.`,
  "mapping-sheet-gone": (p) => `The sheet ${p.sheet} is no longer in the workbook. Select the range again.`,
};

/** The pane's sentence for a failure of the Office.js layer, from its code. */
export function failureText<C extends ExcelFailureCode>(f: ExcelFailure<C>): string {
  const word: (p: ExcelFailureParams[C]) => string = FAILURE_TEXT[f.code];
  return word(f.params);
}

/**
 * Office's error codes an officer may meet, in words: the code itself ("ItemNotFound") means
 * nothing to them, so it is never shown; these stand in when Office gives no message
 * (codes: https://learn.microsoft.com/office/dev/add-ins/testing/application-specific-api-error-handling).
 */
const OFFICE_CODE_TEXT: Readonly<Record<string, string>> = {
  ItemNotFound:
    "Something the add-in needs is no longer in the workbook: a sheet, table or name may have been deleted.",
  InvalidArgument: "Excel refused a value the add-in gave it. Validate again, then try once more.",
  InvalidOperation: "Excel could not do that now. Finish any cell you are editing, then try again.",
  GeneralException: "Excel could not do that now. Try again in a moment.",
  AccessDenied: "Excel did not allow the change: the sheet or workbook may be protected or read-only.",
};

/** A readable message for a thrown value: Office's own message, never its error code. */
export function errorText(e: unknown): string {
  if (isExcelFailure(e)) return failureText(e);
  if (e instanceof Error || (typeof e === "object" && e !== null && "message" in e)) {
    const rec = e as { message?: unknown; code?: unknown };
    if (typeof rec.message === "string" && rec.message.trim() !== "") return rec.message.trim();
    return (typeof rec.code === "string" && OFFICE_CODE_TEXT[rec.code]) || "Something went wrong.";
  }
  if (typeof e === "string" && e.trim() !== "") return e;
  return "Something went wrong.";
}
