/**
 * Year labels Excel turned into dates: "2011-12" typed into a cell that is not Text is read as
 * year-month, 1 December 2011 shown "Dec-11" ("Stop automatically changing numbers to dates",
 * support.microsoft.com; the host's typed input models it, packages/fake-excel/src/typed-input.ts).
 * The add-in reads such a cell as the year 2011-12 with a warning to format the column as
 * Text, naming the date as the officer sees it, never its serial (core/workbook/cells.ts).
 */
import { validateWorkbookInExcel } from "../../src/excel";
import { withHost } from "./harness";

let host: ReturnType<typeof withHost> | undefined;
afterEach(() => host?.done());

const YEARS = ["2007-08", "2008-09", "2009-10", "2010-11", "2011-12"];

/** The sample with Contacts' five years replaced by YEARS, typed into Text cells or General ones. */
async function contactsYears(typedAs: "text" | "general") {
  host = withHost("sample");
  await Excel.run(async (context) => {
    const range = context.workbook.worksheets.getItem("Contacts").getRange("A2:A6");
    range.numberFormat = YEARS.map(() => [typedAs === "text" ? "@" : "General"]);
    range.values = YEARS.map((y) => [y]);
    await context.sync();
  });
  const stored = host.wb.getValues("Contacts", "A2:A6").map((r) => r[0]);
  const result = await validateWorkbookInExcel();
  host.done();
  host = undefined;
  return { stored, result };
}

describe("years Excel turned into dates", () => {
  it("reads each as its year, with a warning naming the date as shown, and nothing else changes", async () => {
    const text = await contactsYears("text");
    const dates = await contactsYears("general");
    expect(text.stored).toEqual(YEARS);
    expect(dates.stored.every((v) => typeof v === "number")).toBe(true); // Excel's dates
    const warnings = dates.result.issues.filter((i) => i.code === "period-as-date");
    expect(warnings.map((i) => [i.sheet, i.cell, i.severity])).toEqual(
      ["A2", "A3", "A4", "A5", "A6"].map((cell) => ["Contacts", cell, "warning"]),
    );
    expect(warnings[4]?.message).toContain("the date 01/12/2011 is read as the financial year 2011-12");
    expect(warnings[4]?.hint).toMatch(/format the column as Text/);
    expect(warnings.some((i) => /\b40878\b/.test(`${i.message} ${i.hint ?? ""}`))).toBe(false);
    // Every other issue is the one the same years typed as text give.
    expect(dates.result.issues.filter((i) => i.code !== "period-as-date")).toEqual(text.result.issues);
  });
});
