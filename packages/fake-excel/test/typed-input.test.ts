import { dateSerial, isDateTimeFormat, parseTypedEntry, type TypedEntry } from "../src/model/typed-input";
import { createFakeExcel, formatText } from "../src";

const YEAR = 2026; // the "current year" Excel assumes for "Jun-19" or "6/1"
const serial = (y: number, m: number, d: number): number => dateSerial(y, m, d) ?? NaN;
const num = (value: number, numberFormat?: string): TypedEntry =>
  numberFormat === undefined ? { kind: "number", value } : { kind: "number", value, numberFormat };
const text = (value: string): TypedEntry => ({ kind: "text", value });
const formula = (f: string): TypedEntry => ({ kind: "formula", formula: f });

describe("parseTypedEntry: strings as en-US Excel reads them", () => {
  const cases: [string, TypedEntry][] = [
    // numbers
    ["42", num(42)],
    [" 42 ", num(42)],
    ["007", num(7)],
    ["-5.5", num(-5.5)],
    ["+5", num(5)],
    [".5", num(0.5)],
    ["1,234", num(1234, "#,##0")],
    ["19,712 ", num(19712, "#,##0")],
    ["1,234.50", num(1234.5, "#,##0.00")],
    ["5%", num(0.05, "0%")],
    ["12.5%", num(0.125, "0.00%")],
    ["-5%", num(-0.05, "0%")],
    ["$1", num(1, "$#,##0")],
    ["$1,234.50", num(1234.5, "$#,##0.00")],
    ["-$5", num(-5, "$#,##0")],
    ["(12)", num(-12)],
    ["1e5", num(100000, "0.00E+00")],
    ["1 1/2", num(1.5, "# ?/?")],
    // booleans
    ["TRUE", { kind: "boolean", value: true }],
    ["false", { kind: "boolean", value: false }],
    // dates: month-year and year-month
    ["Jun-2019", num(serial(2019, 6, 1), "mmm-yy")],
    ["June 2019", num(serial(2019, 6, 1), "mmm-yy")],
    ["Sept 2019", num(serial(2019, 9, 1), "mmm-yy")],
    ["Jun-32", num(serial(1932, 6, 1), "mmm-yy")],
    ["Jun-19", num(serial(YEAR, 6, 19), "d-mmm")],
    ["2011-12", num(serial(2011, 12, 1), "mmm-yy")],
    ["2019/6", num(serial(2019, 6, 1), "mmm-yy")],
    ["6/2019", num(serial(2019, 6, 1), "mmm-yy")],
    ["2019-Jun", num(serial(2019, 6, 1), "mmm-yy")],
    // dates: full dates, US order
    ["2018-12-31", num(serial(2018, 12, 31), "m/d/yyyy")],
    ["01/04/2020", num(serial(2020, 1, 4), "m/d/yyyy")],
    ["1-4-20", num(serial(2020, 1, 4), "m/d/yyyy")],
    ["12/13/99", num(serial(1999, 12, 13), "m/d/yyyy")],
    ["1/2", num(serial(YEAR, 1, 2), "d-mmm")],
    ["1-2", num(serial(YEAR, 1, 2), "d-mmm")],
    ["1-Jun-2019", num(serial(2019, 6, 1), "d-mmm-yy")],
    ["1 June 2019", num(serial(2019, 6, 1), "d-mmm-yy")],
    ["1-Jun", num(serial(YEAR, 6, 1), "d-mmm")],
    ["June 1, 2019", num(serial(2019, 6, 1), "d-mmm-yy")],
    ["2/29/1900", num(60, "m/d/yyyy")],
    // times
    ["10:30", num(10.5 / 24, "h:mm")],
    ["10:30:15", num((10 * 3600 + 30 * 60 + 15) / 86400, "h:mm:ss")],
    ["10:30 PM", num(22.5 / 24, "h:mm AM/PM")],
    ["7 am", num(7 / 24, "h:mm AM/PM")],
    ["6/1/2019 10:30", num(serial(2019, 6, 1) + 10.5 / 24, "m/d/yyyy h:mm")],
    // formulas
    ["=1+1", formula("=1+1")],
    ["-Assessments fell", formula("=-Assessments fell")],
    ["+A1", formula("=+A1")],
    ["@SUM(A1:A2)", formula("=@SUM(A1:A2)")],
    // text
    ["'Jun-2019", text("Jun-2019")],
    ["'=1+1", text("=1+1")],
    ["'007", text("007")],
    ["Apr-Jun 2019", text("Apr-Jun 2019")],
    ["2019-20", text("2019-20")],
    ["2012-13", text("2012-13")],
    ["2020-21 Q1", text("2020-21 Q1")],
    ["21/12/2020", text("21/12/2020")],
    ["13/01/2020", text("13/01/2020")],
    ["2/30/2020", text("2/30/2020")],
    ["1/1/1899", text("1/1/1899")],
    ["12 fewer children were on a plan", text("12 fewer children were on a plan")],
    ["1,2", text("1,2")],
    ["Monday", text("Monday")],
    ["-", text("-")],
    ["=", text("=")],
    ["  spaced  ", text("  spaced  ")],
    ["", text("")],
  ];
  test.each(cases)("%j", (input, expected) => {
    const got = parseTypedEntry(input, YEAR);
    if (expected.kind === "number" && got.kind === "number") {
      expect(got.value).toBeCloseTo(expected.value, 10);
      expect(got.numberFormat).toBe(expected.numberFormat);
    } else expect(got).toEqual(expected);
  });
});

describe("dateSerial", () => {
  test.each([
    [1900, 1, 1, 1],
    [1900, 2, 28, 59],
    [1900, 3, 1, 61],
    [2017, 6, 1, 42887],
    [2019, 6, 1, 43617],
  ])("%i-%i-%i is %i", (y, m, d, s) => expect(dateSerial(y, m, d)).toBe(s));
  test("dates that do not exist have no serial", () => {
    expect(dateSerial(2019, 2, 29)).toBeUndefined();
    expect(dateSerial(1899, 12, 31)).toBeUndefined();
  });
});

describe("isDateTimeFormat", () => {
  test.each([
    ["m/d/yyyy", true],
    ["mmm-yy", true],
    ["h:mm", true],
    ["General", false],
    ["0.0%", false],
    ["#,##0", false],
    ["@", false],
  ])("%s is %s", (f, want) => expect(isDateTimeFormat(f)).toBe(want));
});

describe("Range.values through the host", () => {
  async function write(value: unknown, numberFormat?: string): Promise<{ v: unknown; fmt: unknown; type: unknown }> {
    const fx = createFakeExcel();
    return fx.run(async (ctx) => {
      const cell = ctx.workbook.worksheets.getItem("Sheet1").getRange("A1");
      if (numberFormat !== undefined) cell.numberFormat = [[numberFormat]];
      cell.values = [[value]];
      cell.load("values, numberFormat, valueTypes");
      await ctx.sync();
      return { v: cell.values[0]?.[0], fmt: cell.numberFormat[0]?.[0], type: cell.valueTypes[0]?.[0] };
    });
  }

  test("a month-year label in a General cell becomes a date with a date format", async () => {
    expect(await write("Jun-2019")).toEqual({ v: 43617, fmt: "mmm-yy", type: "Double" });
  });

  test("the same label in a text-formatted cell stays text", async () => {
    expect(await write("Jun-2019", "@")).toEqual({ v: "Jun-2019", fmt: "@", type: "String" });
    expect(await write("=1+1", "@")).toEqual({ v: "=1+1", fmt: "@", type: "String" });
  });

  test("a cell's own number format stays for a number, a date replaces a non-date format", async () => {
    expect(await write("5%", "0.0")).toEqual({ v: 0.05, fmt: "0.0", type: "Double" });
    expect(await write("2018-12-31", "0.0")).toEqual({ v: 43465, fmt: "m/d/yyyy", type: "Double" });
    expect(await write("2018-12-31", "dd/mm/yyyy")).toEqual({ v: 43465, fmt: "dd/mm/yyyy", type: "Double" });
  });

  test("seeding helpers keep a saved workbook's text cells as text", () => {
    const fx = createFakeExcel({ S: [["Jun-2019", "19,712 ", "42"]] });
    expect(fx.workbook.getValues("S", "A1:C1")).toEqual([["Jun-2019", "19,712 ", 42]]);
  });
});

describe("Range.text of typed entries", () => {
  test.each([
    ["Jun-2019", "Jun-19"],
    ["2018-12-31", "12/31/2018"],
    ["1-Jun-2019", "1-Jun-19"],
    ["10:30", "10:30"],
    ["10:30:15", "10:30:15"],
    ["10:30 PM", "10:30 PM"],
    ["7 am", "7:00 AM"],
    ["6/1/2019 10:30", "6/1/2019 10:30"],
    ["25:30", "25:30"],
    ["$1,234.50", "$1,234.50"],
    ["-$5", "-$5"],
    ["1e5", "1.00E+05"],
    ["1 1/2", "1 1/2"],
    ["1,234", "1,234"],
    ["12.5%", "12.50%"],
  ])("%j shows as %j", (input, shown) => {
    const e = parseTypedEntry(input, YEAR);
    if (e.kind !== "number") throw new Error(`${input} is not a number`);
    expect(formatText(e.value, e.numberFormat)).toBe(shown);
  });
});
