/**
 * Whose sheet is at the report's name: the one rule both hosts decide by (the add-in from its
 * document setting, csc-report from its hidden defined name), and the conflict each words.
 */
import {
  reportConflict,
  reportSheetOwnership,
  type ReportSheetOwnership,
  type ReportSheetSeen,
} from "../../../src/core/report";

const at = (mark: string | undefined, content: string | undefined): ReportSheetSeen => ({
  present: true,
  name: "Safeguarding Report",
  mark,
  content,
});

it.each<[string, ReportSheetSeen, ReportSheetOwnership]>([
  ["no sheet at the name", { present: false }, "absent"],
  ["marked, values as written", at("0a1b2c3d", "0a1b2c3d"), "ours"],
  ["marked, values changed since", at("0a1b2c3d", "ffff0000"), "edited"],
  ["marked, holding what the host never writes (a table)", at("0a1b2c3d", undefined), "edited"],
  ["not marked", at(undefined, "0a1b2c3d"), "foreign"],
  ["not marked, with a table", at(undefined, undefined), "foreign"],
])("%s: %s", (_, seen, ownership) => {
  expect(reportSheetOwnership(seen)).toBe(ownership);
});

it.each<[ReportSheetOwnership, ReturnType<typeof reportConflict>]>([
  ["absent", undefined],
  ["ours", undefined],
  ["edited", { code: "report-sheet-edited", params: { sheet: "safeguarding report" } }],
  ["foreign", { code: "report-sheet-foreign", params: { sheet: "safeguarding report" } }],
])("a sheet found %s raises %j", (ownership, conflict) => {
  // The conflict names the sheet as the workbook spells it.
  expect(reportConflict(ownership, "safeguarding report")).toEqual(conflict);
});
