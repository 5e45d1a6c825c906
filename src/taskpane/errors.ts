/**
 * Turns whatever an adapter call threw into a sentence for the pane's MessageBar, so a
 * failure is never only a console.error the user cannot see. The Office.js layer's own
 * failures are worded here from their code and parameters (never by matching its message).
 */
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
  "report-sheet-edited": (p) => `The ${p.sheet} sheet has been edited by hand since it was generated. Replace it?`,
  "report-sheet-foreign": (p) => `A sheet called ${p.sheet} exists but was not made by this add-in. Replace it?`,
  "refresh-failed": (p) => `The report refresh failed: ${p.why}`,
  "selection-too-small": () => "Select the whole table: its header row and at least one row of figures.",
  "selection-whole-columns": () => "Select just the table's cells, not whole columns.",
  "selection-not-one-block": () => "Select one block of cells: the table, header row first.",
  "mapping-table-gone": (p) => `The table ${p.table} is no longer in the workbook. Pick it again.`,
  "mapping-sheet-gone": (p) => `The sheet ${p.sheet} is no longer in the workbook. Select the range again.`,
};

/** The pane's sentence for a failure of the Office.js layer, from its code. */
export function failureText<C extends ExcelFailureCode>(f: ExcelFailure<C>): string {
  const word: (p: ExcelFailureParams[C]) => string = FAILURE_TEXT[f.code];
  return word(f.params);
}

/** A readable message for a thrown value; keeps Office's error code when there is one. */
export function errorText(e: unknown): string {
  if (isExcelFailure(e)) return failureText(e);
  if (e instanceof Error || (typeof e === "object" && e !== null && "message" in e)) {
    const rec = e as { message?: unknown; code?: unknown };
    const message =
      typeof rec.message === "string" && rec.message.trim() !== "" ? rec.message.trim() : "Something went wrong.";
    const code = typeof rec.code === "string" && rec.code !== "" && !message.includes(rec.code) ? ` (${rec.code})` : "";
    return `${message}${code}`;
  }
  if (typeof e === "string" && e.trim() !== "") return e;
  return "Something went wrong.";
}
