/** The formula engine of the preview and the tests (support/formulas.ts): HyperFormula with the CSC plugin. */
import "../../support/custom-functions-runtime";
import { createEvaluator } from "../../support/formulas";
import { loadWorkbook, parseVariant, XSS_SHEET_NAME } from "../../support/sample-workbook";
import { FakeWorkbook } from "@csc/fake-excel";

describe("preview formulas", () => {
  const wb = FakeWorkbook.fromSheets({
    Data: [
      ["a", 137, 423],
      ["", 44105, 44171],
    ],
    "Other sheet": [[274300]],
  });
  wb.evaluate = createEvaluator(wb);
  /** The value of `f` typed into Data!Z1. */
  const ev = (f: string): unknown => {
    wb.setFormula("Data", "Z1", f);
    return wb.getValues("Data", "Z1")[0]?.[0];
  };

  it.each([
    ['=CSC.WORKDAYS("2020-04-01","2020-06-09")', 45],
    ["=CSC.PCT_CHANGE(B1,C1)", (423 - 137) / 137],
    ["=CSC.UASC_QUOTA('Other sheet'!A1,\"2020-03-31\")", 192],
    ['=CSC.FINANCIAL_YEAR("2020-03-31")', "2019-20"],
    ['=CSC.QUARTER("2020-05-15","range")', "Apr-Jun 2020"],
    ["=CSC.RAG(0.9261,0.9,0.8)", "Green"],
    ["=CSC.RAG(5,10,20,FALSE)", "Green"],
    ["=CSC.RAG(0.5,0.9,0.8,FALSE)", "#VALUE!"], // thresholds the wrong way round: #VALUE! carries the reason
    ["=CSC.PCT_CHANGE(0,5)", "#DIV/0!"],
    ['=CSC.PCT_CHANGE("x",5)', "#VALUE!"],
    ["=CSC.WORKDAYS(B2,C2)", expect.any(Number)],
    ['=CSC.PCT_CHANGE(137,CSC.UASC_QUOTA(274300,"2020-03-31"))', (192 - 137) / 137],
    ["=SUM(B1:C1)", 560], // Excel's own functions compute too
    ['=CSC.FINANCIAL_YEAR(B2)&" to "&CSC.FINANCIAL_YEAR(C2)', "2020-21 to 2020-21"],
    ["=B1", 137],
    ["=CSC.NOPE(1)", "#NAME?"],
    ["=CSC.PCT_CHANGE(1,", "#NAME?"], // a formula Excel would not take
    ["=A2", 0], // an empty cell reads as 0 in a formula
  ])("%s -> %p", (formula, expected) => {
    expect(ev(formula)).toEqual(expected);
  });

  it("gives #VALUE! for a formula that reaches its own cell instead of recursing", () => {
    const w = FakeWorkbook.fromSheets({ S: [[]] });
    w.evaluate = createEvaluator(w);
    w.setFormula("S", "A1", "=CSC.PCT_CHANGE(A1,2)");
    expect(w.getValues("S", "A1")).toEqual([["#VALUE!"]]);
  });

  it("reads quoted sheet names with doubled quotes, and text cells as text", () => {
    const w = FakeWorkbook.fromSheets({
      "O'Brien": [
        ["x", 1],
        ["2020-04", 2],
      ],
      S: [[]],
    });
    w.evaluate = createEvaluator(w);
    w.updateCell(w.requireSheet("O'Brien"), 1, 0, (c) => (c.value = "2020-04")); // text, as a Text cell keeps it
    w.setFormula("S", "A1", "=SUM('O''Brien'!B1:B2)");
    w.setFormula("S", "B1", "=ISTEXT('O''Brien'!A2)");
    expect(w.getValues("S", "A1:B1")).toEqual([[3, true]]);
  });

  it("recomputes after a cell the formula reads changes", () => {
    const w = FakeWorkbook.fromSheets({ S: [[137, 423]] });
    w.evaluate = createEvaluator(w);
    w.setFormula("S", "C1", "=CSC.PCT_CHANGE(A1,B1)");
    expect(w.getValues("S", "C1")[0]?.[0]).toBeCloseTo(2.09, 2);
    w.writeGrid(w.requireSheet("S"), 0, 1, [[274]], "seed");
    expect(w.getValues("S", "C1")).toEqual([[1]]);
  });
});

describe("preview workbooks", () => {
  it.each([
    ["?workbook=fault", "fault"],
    ["?workbook=xss", "xss"],
    ["?workbook=empty", "empty"],
    ["?workbook=other", "sample"],
    ["", "sample"],
  ])("parseVariant(%s) = %s", (search, expected) => {
    expect(parseVariant(search)).toBe(expected);
  });

  it("lays the sample out as tables with number formats, and a demo sheet that computes", () => {
    const wb = loadWorkbook("sample");
    wb.evaluate = createEvaluator(wb);
    expect(wb.findTable("tblUASC")?.sheet.name).toBe("UASC");
    expect(wb.getCell("Assessments", "B8")?.numberFormat).toBe("#,##0");
    expect(wb.getCell("Assessments", "D8")?.numberFormat).toBe("0.00%");
    expect(wb.getValues("Functions demo", "G2:G5")).toEqual([[45], [expect.any(Number)], [expect.any(Number)], [192]]);
  });

  it("blanks UASC!C14 in the fault variant and renames the UASC sheet in the XSS one", () => {
    expect(loadWorkbook("sample").getValues("UASC", "A14:C14")).toEqual([["Jun-2020", "", 335]]);
    expect(loadWorkbook("fault").getValues("UASC", "A14:C14")).toEqual([["Jun-2020", "", ""]]);
    expect(loadWorkbook("xss").findTable("tblUASC")?.sheet.name).toBe(XSS_SHEET_NAME);
    expect(loadWorkbook("empty").sheets.map((s) => s.name)).toEqual(["Sheet1"]);
  });
});
