import { PLATFORMS } from "./custom-functions-mock";
import { serialFromIso } from "../../src/core/dates";
import { setClock } from "../../src/functions/clock";
import { buildEngine as build } from "../../support/hyperformula-plugin";

const d = (iso: string): number => serialFromIso(iso) ?? NaN;

// Empty cells reach the functions as null (Excel on the web) or 0 (Windows desktop): the
// sheet's open row, blank row and the empty rows below the log (rows 11-20 of A2:A20) all
// go through both.
describe.each(PLATFORMS)("formulas evaluated by HyperFormula, as on Excel %s", (platform) => {
  const buildEngine = (rows: (string | number | boolean | null)[][]) => build(rows, platform);
  // An assessment log: referral dates in A, completion dates in B (row 1 is the header).
  const sheet = (): (string | number | null)[][] => [
    ["Referral", "Completed"],
    [d("2020-04-01"), d("2020-06-09")], // 45 working days: within
    [d("2020-04-01"), d("2020-06-10")], // 46: late
    ["2020-04-01", "2020-04-01"], // same day: 0
    ["01/04/2020", "01/05/2020"], // within
    [d("2020-05-01"), null], // open: not counted
    [null, null], // blank: skipped
    [d("2022-05-31"), d("2022-08-04")], // 45 working days with the Jubilee holidays: within
    [d("2022-05-31"), d("2022-08-05")], // 46: late
  ];

  it("=CSC.TIMELINESS(A2:A9,B2:B9) is 4 of 6 completed", () => {
    const rows = [...sheet(), ["=CSC.TIMELINESS(A2:A9,B2:B9)"]];
    const hf = buildEngine(rows);
    expect(hf.getCellValue({ sheet: 0, row: 9, col: 0 })).toBeCloseTo(4 / 6, 9);
    // Change a cell and the result changes.
    hf.setCellContents({ sheet: 0, row: 2, col: 1 }, d("2020-06-09"));
    expect(hf.getCellValue({ sheet: 0, row: 9, col: 0 })).toBeCloseTo(5 / 6, 9);
    hf.destroy();
  });

  it("=CSC.TIMELINESS(A2:A20,B2:B20,D1,D2:D5) skips the empty rows below the log, with a blank limit and blank holidays", () => {
    const rows: (string | number | null)[][] = sheet().map((r) => [...r, null, null]);
    rows[0] = ["Referral", "Completed", "=CSC.TIMELINESS(A2:A20,B2:B20,D1,D2:D5)", null];
    const hf = buildEngine(rows);
    // D1 blank: the limit is 45; D2:D5 blank: no holidays, so the 45-day rows are 49 days.
    expect(hf.getCellValue({ sheet: 0, row: 0, col: 2 })).toBeCloseTo(2 / 6, 9);
    hf.setCellContents({ sheet: 0, row: 0, col: 3 }, 50);
    expect(hf.getCellValue({ sheet: 0, row: 0, col: 2 })).toBeCloseTo(6 / 6, 9);
    hf.destroy();
  });

  it("recalculates the volatile =CSC.UASC_QUOTA(274300) when only the date changes", () => {
    const restore = setClock(() => d("2022-08-23"));
    const rows: (string | number | null)[][] = [...sheet(), ["=CSC.UASC_QUOTA(274300)"]];
    const hf = buildEngine(rows);
    expect(hf.getCellValue({ sheet: 0, row: 9, col: 0 })).toBe(192);
    setClock(() => d("2022-08-24"));
    hf.setCellContents({ sheet: 0, row: 0, col: 5 }, "any edit recalculates volatile cells");
    expect(hf.getCellValue({ sheet: 0, row: 9, col: 0 })).toBe(274);
    hf.destroy();
    setClock(restore);
  });

  it("gives #VALUE! naming the row for an end date before its start", () => {
    const rows = [...sheet(), ["=CSC.TIMELINESS(A2:A9,B2:B9)"]];
    const hf = buildEngine(rows);
    hf.setCellContents({ sheet: 0, row: 3, col: 1 }, d("2020-03-01"));
    const value = hf.getCellValue({ sheet: 0, row: 9, col: 0 });
    expect(value).toMatchObject({
      value: "#VALUE!",
      message: expect.stringContaining("Row 3: the end date is before"),
    });
    hf.destroy();
  });

  it.each<[string, unknown]>([
    ["=CSC.WORKDAYS(A2,B2)", 45],
    ["=CSC.WORKDAY_DUE(A2)", d("2020-06-09")],
    ["=CSC.WORKDAY_DUE(A2,B7)", d("2020-06-09")], // a blank count is 45
    ["=CSC.UASC_QUOTA(274300,B7)", 192], // a blank as_of is today
    ["=CSC.QUARTER(A2,B7)", "Jun-2020"], // a blank style is the default
    ["=CSC.RAG(B7,0.9,0.8,B7)", "Red"], // a blank value is 0; a blank switch is TRUE
    ["=CSC.TIMELINESS(A2:A9,B2:B9,46)", 1], // both 46-day rows now count
    ["=CSC.UASC_QUOTA(274300)", 192],
    ['=CSC.UASC_QUOTA(274300,"2022-08-24")', 274],
    ["=ROUND(CSC.PCT_CHANGE(137,423)*100,0)", 209],
    ["=ROUND(CSC.PCT_CHANGE(126153,153033)*100,0)", 21],
    ["=CSC.FINANCIAL_YEAR(A2)", "2020-21"],
    ['=CSC.QUARTER(A2,"range")', "Apr-Jun 2020"],
    ["=CSC.RAG(0.9261,0.9,0.8)", "Green"],
    ["=CSC.RAG(12,10,20,FALSE())", "Amber"],
  ])("%s = %j", (formula, expected) => {
    const restore = setClock(() => d("2020-03-31"));
    const hf = buildEngine([...sheet(), [formula]]);
    const value = hf.getCellValue({ sheet: 0, row: 9, col: 0 });
    if (typeof expected === "number") expect(value).toBeCloseTo(expected, 9);
    else expect(value).toBe(expected);
    hf.destroy();
    setClock(restore);
  });

  it.each<[string, string, string | undefined]>([
    ["=CSC.PCT_CHANGE(0,5)", "#DIV/0!", undefined], // Excel shows #DIV/0! without a message
    ["=CSC.PCT_CHANGE(A7,5)", "#DIV/0!", undefined], // a blank old value counts as 0
    ["=CSC.RATE_PER_10K(5,0)", "#DIV/0!", undefined],
    ['=CSC.UASC_QUOTA(274300,"2016-01-01")', "#N/A", "1 July 2016"],
    ["=CSC.UASC_QUOTA(A7)", "#VALUE!", "The under-18 population is blank or 0"],
    ['=CSC.WORKDAYS("soon",A2)', "#VALUE!", '"soon"'],
    ["=CSC.WORKDAYS(A7,A2)", "#VALUE!", "The start date is blank."],
    ["=CSC.WORKDAY_DUE(A2,1000000000)", "#VALUE!", "would fall after 31 December 9999"],
    ["=CSC.TIMELINESS(A2:A9,B2:B8)", "#VALUE!", "same shape"],
    ["=CSC.TIMELINESS(A6:A7,B6:B7)", "#DIV/0!", undefined],
  ])("%s is %s", (formula, error, message) => {
    const hf = buildEngine([...sheet(), [formula]]);
    const value = hf.getCellValue({ sheet: 0, row: 9, col: 0 });
    expect(value).toMatchObject({ value: error });
    if (message === undefined) expect((value as { message?: string }).message ?? "").toBe("");
    else expect(value).toMatchObject({ message: expect.stringContaining(message) });
    hf.destroy();
  });
});
