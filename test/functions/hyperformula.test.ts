import "./custom-functions-mock";
import { serialFromIso } from "../../src/core/dates/serial";
import { FUNCTION_EXAMPLES } from "../../src/functions/examples";
import { setClock } from "../../src/functions/clock";
import { buildEngine } from "./hyperformula-plugin";

const d = (iso: string): number => serialFromIso(iso) ?? NaN;

describe("formulas evaluated by HyperFormula", () => {
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

  it.each<[string, string]>([
    ["=CSC.PCT_CHANGE(0,5)", "#DIV/0!"],
    ["=CSC.RATE_PER_10K(5,0)", "#DIV/0!"],
    ['=CSC.UASC_QUOTA(274300,"2016-01-01")', "#N/A"],
    ['=CSC.WORKDAYS("soon",A2)', "#VALUE!"],
    ["=CSC.TIMELINESS(A2:A9,B2:B8)", "#VALUE!"],
    ["=CSC.TIMELINESS(A6:A7,B6:B7)", "#DIV/0!"],
  ])("%s is %s", (formula, error) => {
    const hf = buildEngine([...sheet(), [formula]]);
    expect(hf.getCellValue({ sheet: 0, row: 9, col: 0 })).toMatchObject({ value: error });
    hf.destroy();
  });

  it.each(FUNCTION_EXAMPLES.map((e) => [e.name, e.formula] as const))(
    "the %s example evaluates without an error",
    (_name, formula) => {
      const hf = buildEngine([...sheet().map((r) => [null, ...r]), [formula]]); // B:C hold the log for the examples
      const value = hf.getCellValue({ sheet: 0, row: 9, col: 0 });
      expect(typeof value === "number" || typeof value === "string").toBe(true);
      hf.destroy();
    },
  );
});
