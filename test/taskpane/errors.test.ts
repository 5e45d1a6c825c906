/**
 * The pane's words for the Office.js layer's failures: each code worded from its
 * parameters, exactly, and never from the failure's message.
 */
import {
  ExcelFailure,
  MappingProblem,
  ReportBlocked,
  ReportRefreshElsewhere,
  ReportRefreshFailed,
  ReportReservedSheet,
  ReportSheetConflict,
  SetupBlocked,
  type ExcelFailureCode,
} from "../../src/excel";
import { FAILURE_TEXT, errorText } from "../../src/taskpane/errors";

const CASES: readonly [ExcelFailureCode, ExcelFailure, string][] = [
  [
    "setup-structure-protected",
    new SetupBlocked("workbook-structure-protected"),
    "The workbook's structure is protected, so sheets can't be added. Choose Review > Protect Workbook to unprotect it, then set up again.",
  ],
  [
    "setup-sheet-protected",
    new SetupBlocked("sheet-protected", "Settings"),
    "The sheet “Settings” is protected, so its table can't be added. Choose Review > Unprotect Sheet on it, then set up again.",
  ],
  [
    "report-structure-protected",
    new ReportBlocked("workbook-structure-protected", "Safeguarding Report"),
    "The workbook's structure is protected, so the add-in can't add the sheets it needs.",
  ],
  [
    "report-sheet-protected",
    new ReportBlocked("report-sheet-protected", "Safeguarding Report"),
    "The sheet “Safeguarding Report” is protected, so the add-in can't write the report on it.",
  ],
  [
    "excel-too-old",
    new ReportBlocked("excel-too-old", "Safeguarding Report"),
    "This version of Excel does not offer what a safe refresh needs (ExcelApi 1.9).",
  ],
  [
    "report-sheet-edited",
    new ReportSheetConflict("edited", "Safeguarding Report"),
    "The Safeguarding Report sheet has been edited by hand since it was generated. Replace it?",
  ],
  [
    "report-sheet-edited",
    new ReportSheetConflict("edited", "Safeguarding Report", {
      charts: ["My chart"],
      shapes: [],
      notes: ["B5"],
      comments: ["C7", "D9"],
      unread: [],
    }),
    "The Safeguarding Report sheet has been edited by hand since it was generated (it has a note on B5 and comments on C7 and D9, which replacing it removes). Replace it?",
  ],
  [
    "report-reserved-sheet",
    new ReportReservedSheet("CSC report (building)"),
    "The workbook has a sheet called “CSC report (building)”, a name the add-in needs while it refreshes the report. The add-in did not leave it there, so it has not touched it. Rename that sheet, then generate the report again.",
  ],
  [
    "report-refresh-elsewhere",
    new ReportRefreshElsewhere(3),
    "Someone else working on this workbook started refreshing the report 3 minutes ago. Wait for it to finish (up to 10 minutes), then generate the report again. Nothing was changed.",
  ],
  [
    "report-sheet-foreign",
    new ReportSheetConflict("foreign", "Safeguarding Report"),
    "A sheet called Safeguarding Report exists but was not made by this add-in. Replace it?",
  ],
  [
    "refresh-failed",
    new ReportRefreshFailed("previous report kept", true, new Error("The request failed.")),
    "The report refresh failed: The request failed.",
  ],
  [
    "selection-too-small",
    new MappingProblem("selection-too-small", {}),
    "Select the whole table: its header row and at least one row of figures.",
  ],
  [
    "selection-whole-columns",
    new MappingProblem("selection-whole-columns", {}),
    "Select just the table's cells, not whole columns.",
  ],
  [
    "selection-not-one-block",
    new MappingProblem("selection-not-one-block", {}),
    "Select one block of cells: the table, header row first.",
  ],
  [
    "selection-several-areas",
    new MappingProblem("selection-several-areas", { count: 3 }),
    "You have 3 separate areas selected. Select one block of cells: the table, header row first.",
  ],
  [
    "selection-not-cells",
    new MappingProblem("selection-not-cells", {}),
    "A chart or picture is selected, not cells. Click a cell of your table, then select the whole table, header row first.",
  ],
  [
    "mapping-table-gone",
    new MappingProblem("mapping-table-gone", { table: "Assess2020" }),
    "The table Assess2020 is no longer in the workbook. Pick it again.",
  ],
  [
    "mapping-sheet-gone",
    new MappingProblem("mapping-sheet-gone", { sheet: "'Other data'" }),
    "The sheet 'Other data' is no longer in the workbook. Select the range again.",
  ],
];

it.each(CASES)("words %s from its code", (code, failure, text) => {
  expect(failure.code).toBe(code);
  expect(errorText(failure)).toBe(text);
  // The message is a developer's; the pane's words do not come from it.
  expect(failure.message).not.toBe(text);
});

it("words every code the Office.js layer has", () => {
  expect([...new Set(CASES.map(([c]) => c))].sort()).toEqual((Object.keys(FAILURE_TEXT) as ExcelFailureCode[]).sort());
});

it("shows Office's own message, never its error code", () => {
  expect(errorText(Object.assign(new Error("The workbook is busy."), { code: "InvalidOperation" }))).toBe(
    "The workbook is busy.",
  );
  // Without a message, the code is put in words.
  expect(errorText({ message: "", code: "ItemNotFound" })).toBe(
    "Something the add-in needs is no longer in the workbook: a sheet, table or name may have been deleted.",
  );
  for (const code of ["ItemNotFound", "InvalidArgument", "GeneralException", "InvalidOperation"])
    expect(errorText({ message: " ", code })).not.toContain(code);
});
