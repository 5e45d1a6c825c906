/**
 * How csc-report knows its own report sheet: a hidden defined name scoped to that sheet
 * (ECMA-376 Part 1 §18.2.5 definedName, localSheetId) holding the fingerprint of the values it
 * wrote. Excel keeps hidden names when it saves and deletes a sheet's scoped names with the
 * sheet, so a sheet someone else made has no mark, and one edited by hand no longer matches.
 * The sheet is found as Excel matches sheet names, ignoring case. What it holds is read here;
 * whose it is, core decides (reportSheetOwnership, core/report/ownership.ts), for this host and
 * the add-in alike (which keeps its fingerprint in a document setting, src/excel/report.ts).
 */
import { sheetAdditions, type ReportSheetSeen } from "../../core/report";
import { sheetObjects } from "./sheet-objects";
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

/**
 * The hidden, sheet-scoped defined name that records the names of the charts csc-report drew
 * on the report sheet, as an array constant (`{"CSC_chart_a","CSC_chart_b"}`, ECMA-376 Part 1
 * §18.17.2 constants): a refresh replaces only those, and any other chart is the officer's.
 */
export const REPORT_CHARTS_NAME = "CSC_REPORT_CHARTS";

/** The value of {@link REPORT_CHARTS_NAME} for these chart names. */
export function chartsText(names: readonly string[]): string {
  return `{${(names.length ? names : [""]).map((n) => `"${n.replace(/"/g, '""')}"`).join(",")}}`;
}

/** The chart names in a {@link REPORT_CHARTS_NAME} value. */
function chartsOf(text: string): string[] {
  return [...text.matchAll(/"((?:[^"]|"")*)"/g)].map((m) => (m[1] ?? "").replace(/""/g, '"')).filter((n) => n !== "");
}

/**
 * The names of csc-report's charts on sheet `entry`: those it recorded ({@link REPORT_CHARTS_NAME});
 * on a sheet it marked before it recorded them, every chart (it drew them all then); on a sheet
 * it did not mark, none.
 */
export function ownChartsOf(file: WorkbookFile, entry: SheetEntry, charts: readonly string[]): string[] {
  const wb = file.pkg.xml(file.pkg.workbookPart);
  const recorded = scopedNames(wb, entry.index, REPORT_CHARTS_NAME)[0];
  if (recorded) return chartsOf(recorded.text);
  return scopedNames(wb, entry.index, REPORT_MARK_NAME).length > 0 ? [...charts] : [];
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
 * What is at the report's name: the sheet (by its own spelling), its mark, the fingerprint of
 * its values now, and what lies on it that csc-report did not draw (its drawing, notes and
 * threaded comments, ./sheet-objects.ts; the charts recorded in {@link REPORT_CHARTS_NAME} are
 * csc-report's, and on a sheet marked before that name was written, every chart is). A
 * chartsheet or dialog sheet there is not one csc-report writes, so its mark does not count; a
 * sheet with a table holds what csc-report never writes, so it has no content fingerprint to
 * match. The officer's charts and shapes do not make the sheet edited: the writer carries them
 * into the new drawing (./kept-drawing.ts), as the add-in leaves them in place.
 */
export function reportSheetSeen(file: WorkbookFile, sheetName: string): ReportSheetSeen {
  const entry = findReportSheet(file, sheetName);
  if (!entry) return { present: false };
  const wb = file.pkg.xml(file.pkg.workbookPart);
  const mark = scopedNames(wb, entry.index, REPORT_MARK_NAME)[0];
  const m = mark ? /^"csc-report 1 ([0-9a-f]{8})"$/.exec(mark.text.trim()) : null;
  const raw = file.raw.sheets.find((s) => s.name === entry.name);
  const objects =
    entry.kind === "worksheet" && entry.part
      ? sheetObjects(file.pkg, entry.part)
      : { charts: [], shapes: [], notes: [], comments: [] };
  const own = ownChartsOf(file, entry, objects.charts);
  return {
    present: true,
    name: entry.name,
    mark: m && entry.kind === "worksheet" ? m[1] : undefined,
    content: raw && raw.tables.length === 0 ? sheetFingerprint(raw.cells) : undefined,
    added: sheetAdditions(objects, own),
  };
}
