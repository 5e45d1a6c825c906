/**
 * Dates before 1 March 1900 in the assessment log: a serial from 1 to 60 (what a date cell
 * holds for January and February 1900) and text of an earlier day (Excel keeps "15/06/1899" as
 * text: its calendar starts in 1900). The message gives the cell's own value and the real day
 * it names, never "is not a date" (core/dates/parse.ts, dateBefore1900).
 */
import { validateWorkbookInExcel } from "../../src/excel";
import { serialFromIso } from "../../src/core/dates";
import { withHost } from "./harness";

let host: ReturnType<typeof withHost> | undefined;
afterEach(() => host?.done());

describe("dates before 1900 in the log", () => {
  it("are named by the cell's own value and the real day", async () => {
    host = withHost("sample");
    const start = serialFromIso("2021-04-01") ?? 0;
    host.wb.addSheet("Assessment Log");
    host.wb.setValues("Assessment Log", "A1:C4", [
      ["Child ID", "Referral date", "Assessment completed"],
      ["C1", start, start + 10],
      ["C2", 30, start + 12],
      ["C3", "15/06/1899", start + 14],
    ]);
    host.wb.addTable("Assessment Log", "A1:C4", "tblAssessmentLog", true);
    const { issues } = await validateWorkbookInExcel();
    const early = issues.filter((i) => i.code === "date-before-1900");
    expect(early.map((i) => [i.cell, i.severity])).toEqual([
      ["B3", "error"],
      ["B4", "error"],
    ]);
    expect(early[0]?.message).toContain("30 in Referral date for child C2 is 30 January 1900, before 1 March 1900");
    expect(early[1]?.message).toContain(
      "15/06/1899 in Referral date for child C3 is 15 June 1899, before 1 March 1900",
    );
    expect(issues.some((i) => i.code === "date-unreadable")).toBe(false);
  });
});
