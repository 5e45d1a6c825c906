/**
 * How csc-report knows its own report sheet: a hidden defined name scoped to that sheet
 * (ECMA-376 Part 1 §18.2.5 definedName, localSheetId) holding the fingerprint of the values it
 * wrote. Excel keeps hidden names when it saves and deletes a sheet's scoped names with the
 * sheet, so a sheet someone else made has no mark, and one edited by hand no longer matches.
 * The sheet is found as Excel matches sheet names, ignoring case. What it holds is read here;
 * whose it is, core decides (reportSheetOwnership, core/report/ownership.ts), for this host and
 * the add-in alike (which keeps its fingerprint in a document setting, src/excel/report.ts).
 */
import type { ReportSheetSeen } from "../../core/report";
import type { SheetEntry, WorkbookFile } from "../read-xlsx";
import { sheetFingerprint } from "./report-sheet";
import { child, children, type XmlElement } from "../../package/xml";

/** The hidden, sheet-scoped defined name that marks the report sheet csc-report wrote. */
export const REPORT_MARK_NAME = "CSC_REPORT_SHEET";

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

/**
 * What is at the report's name: the sheet (by its own spelling), its mark, and the fingerprint
 * of its values now. A chartsheet or dialog sheet there is not one csc-report writes, so its mark
 * does not count; a sheet with a table holds what csc-report never writes, so it has no content
 * fingerprint to match.
 */
export function reportSheetSeen(file: WorkbookFile, sheetName: string): ReportSheetSeen {
  const entry = findReportSheet(file, sheetName);
  if (!entry) return { present: false };
  const mark = scopedNames(file.pkg.xml(file.pkg.workbookPart), entry.index, REPORT_MARK_NAME)[0];
  const m = mark ? /^"csc-report 1 ([0-9a-f]{8})"$/.exec(mark.text.trim()) : null;
  const raw = file.raw.sheets.find((s) => s.name === entry.name);
  return {
    present: true,
    name: entry.name,
    mark: m && entry.kind === "worksheet" ? m[1] : undefined,
    content: raw && raw.tables.length === 0 ? sheetFingerprint(raw.cells) : undefined,
  };
}
