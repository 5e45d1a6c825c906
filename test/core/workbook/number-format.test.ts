/** Which Excel number format codes show a date: the date-in-a-count check rests on it. */
import { BUILTIN_NUMBER_FORMATS, isDateFormat } from "../../../src/core/workbook/number-format";
import { ukFromSerial, serialFromYmd } from "../../../src/core/dates";

describe("isDateFormat", () => {
  it.each([
    "dd/mm/yyyy",
    "d/m/yy",
    "mm-dd-yy", // ExcelJS's name for built-in format 14
    "mmm-yy",
    "d mmmm yyyy",
    "[$-809]d mmmm yyyy",
    "[$-F800]dddd, mmmm dd, yyyy",
    "yyyy-mm-dd",
    "m/d/yy h:mm",
    "h:mm AM/PM",
    "[h]:mm:ss",
    "DD/MM/YYYY",
  ])("%s is a date or time", (code) => {
    expect(isDateFormat(code)).toBe(true);
  });

  it.each([
    "General",
    "general",
    "",
    "0",
    "#,##0",
    "0.00%",
    "0%",
    "@",
    "0.00E+00",
    "[$£-809]#,##0.00",
    "[Red]#,##0;[Blue]-#,##0",
    '#,##0" days"',
    '0 "children"',
    "\\d#,##0",
    '_(* #,##0_);_(* (#,##0);_(* "-"_);_(@_)',
  ])("%s is not", (code) => {
    expect(isDateFormat(code)).toBe(false);
  });
});

describe("ukFromSerial", () => {
  it.each([
    [serialFromYmd(2020, 3, 31), "31/03/2020"],
    [serialFromYmd(1904, 5, 21), "21/05/1904"],
    [serialFromYmd(2022, 8, 24), "24/08/2022"],
  ])("%i is %s", (serial, text) => {
    expect(ukFromSerial(serial)).toBe(text);
  });
});

describe("built-in number formats (ECMA-376 18.8.30)", () => {
  const dates = Object.entries(BUILTIN_NUMBER_FORMATS)
    .filter(([, code]) => isDateFormat(code))
    .map(([id]) => Number(id));
  it("are dates for ids 14-22, 27-36, 45-47 and 50-58 only", () => {
    const expected = [14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47];
    expect(dates).toEqual([...expected, 50, 51, 52, 53, 54, 55, 56, 57, 58]);
  });
});
