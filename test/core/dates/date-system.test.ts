/**
 * Moving a single value between Excel's date systems: the same day is 1,462 lower in the 1904
 * system (serial 0 is 1 January 1904) than in the 1900 one ("1900 and 1904 date system in Excel",
 * learn.microsoft.com/office/troubleshoot/excel/1900-and-1904-date-system).
 */
import { in1900System, inWorkbookSystem, isoFromSerial, MAX_SERIAL, serialFromIso } from "../../../src/core/dates";

const d = (iso: string): number => serialFromIso(iso) ?? Number.NaN;

describe("in1900System", () => {
  it("leaves every value of a 1900 workbook as it is", () => {
    for (const v of [d("2020-04-01"), -5, 0, "2020-04-01", null, true]) expect(in1900System(v, "1900")).toBe(v);
  });

  it("moves a 1904 workbook's numbers to the same day in the 1900 system", () => {
    expect(in1900System(0, "1904")).toBe(d("1904-01-01"));
    expect(isoFromSerial(in1900System(d("2020-04-01") - 1462, "1904") as number)).toBe("2020-04-01");
    // A date-time keeps its time of day.
    expect(in1900System(43_000.75, "1904")).toBe(44_462.75);
    expect(in1900System(MAX_SERIAL - 1462, "1904")).toBe(MAX_SERIAL);
  });

  it("leaves text dates alone: they name their day in either system", () => {
    expect(in1900System("01/04/2020", "1904")).toBe("01/04/2020");
    expect(in1900System(null, "1904")).toBeNull();
  });

  it("has no day for a number a 1904 workbook cannot show as a date", () => {
    for (const v of [-1, -0.5, MAX_SERIAL - 1461, Number.NaN, Number.POSITIVE_INFINITY])
      expect(in1900System(v, "1904")).toBeUndefined();
  });
});

describe("inWorkbookSystem", () => {
  it("gives a 1900 workbook the serial as it is", () => {
    expect(inWorkbookSystem(d("2020-06-09"), "1900")).toBe(d("2020-06-09"));
  });

  it("gives a 1904 workbook its own serial of the day, and nothing before 1 January 1904", () => {
    expect(inWorkbookSystem(d("2020-06-09"), "1904")).toBe(d("2020-06-09") - 1462);
    expect(inWorkbookSystem(d("1904-01-01"), "1904")).toBe(0);
    expect(inWorkbookSystem(d("1903-12-31"), "1904")).toBeUndefined();
  });
});
