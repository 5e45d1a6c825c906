/**
 * How csc-report knows its own report sheet: a hidden defined name scoped to that sheet
 * (ECMA-376 Part 1 §18.2.5 definedName, localSheetId) holding the fingerprint of the values it
 * wrote. Excel keeps hidden names when it saves and deletes a sheet's scoped names with the
 * sheet, so a sheet someone else made has no mark, and one edited by hand no longer matches.
 * The sheet is found as Excel matches sheet names, ignoring case. This mirrors the add-in,
 * which keeps the same fingerprint in a document setting (src/excel/report.ts).
 */
import type { SheetEntry, WorkbookFile } from "../read-xlsx";
import { sheetFingerprint } from "./report-sheet";
import { child, children, type XmlElement } from "../../package/xml";

/** The hidden, sheet-scoped defined name that marks the report sheet csc-report wrote. */
export const REPORT_MARK_NAME = "CSC_REPORT_SHEET";

/** What is at the report sheet's name now (as the add-in's `inspectReportSheet` tells it). */
export type ReportSheetState = "absent" | "ours" | "edited" | "foreign";

/** Excel compares sheet names ignoring case (it refuses two sheets "Report" and "REPORT"). */
const sameSheetName = (a: string, b: string): boolean => a.toLocaleUpperCase("en") === b.toLocaleUpperCase("en");

/** The sheet at the report's name, if any. */
export function findReportSheet(file: WorkbookFile, sheetName: string): SheetEntry | undefined {
  return file.sheets.find((s) => sameSheetName(s.name, sheetName));
}

export function markText(fingerprint: string): string {
  return `"csc-report 1 ${fingerprint}"`;
}

/** The defined names of the workbook part scoped to sheet `index`, named `name`. */
export function scopedNames(wb: XmlElement, index: number, name: string): XmlElement[] {
  return children(child(wb, "definedNames"), "definedName").filter(
    (d) => d.attrs.get("localSheetId") === String(index) && d.attrs.get("name")?.toUpperCase() === name.toUpperCase(),
  );
}

/** Whether the sheet at the report's name is absent, csc-report's as written, edited since, or another's. */
export function reportSheetState(file: WorkbookFile, sheetName: string): ReportSheetState {
  const entry = findReportSheet(file, sheetName);
  if (!entry) return "absent";
  const mark = scopedNames(file.pkg.xml(file.pkg.workbookPart), entry.index, REPORT_MARK_NAME)[0];
  const m = mark ? /^"csc-report 1 ([0-9a-f]{8})"$/.exec(mark.text.trim()) : null;
  if (!m || entry.kind !== "worksheet") return "foreign";
  const raw = file.raw.sheets.find((s) => s.name === entry.name);
  if (!raw || raw.tables.length) return "edited";
  return sheetFingerprint(raw.cells) === m[1] ? "ours" : "edited";
}

/**
 * Thrown when the report's name is taken by a sheet csc-report did not write, or one edited
 * since. It carries a code; the command words it (generate.ts), not this message.
 */
export class ReportSheetConflict extends Error {
  readonly code: "report-sheet-edited" | "report-sheet-foreign";
  constructor(
    readonly state: "edited" | "foreign",
    readonly sheetName: string,
  ) {
    super(`${state === "edited" ? "report-sheet-edited" : "report-sheet-foreign"}: ${sheetName}`);
    this.code = state === "edited" ? "report-sheet-edited" : "report-sheet-foreign";
    this.name = "ReportSheetConflict";
  }
}
