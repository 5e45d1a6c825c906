import { isBlank, isBlankDate, toSerial } from "../../../src/core/dates/parse";
import { serialFromIso } from "../../../src/core/dates/serial";
import { CellError } from "../../../src/core/base";

describe("toSerial", () => {
  it.each<[unknown, string | null]>([
    [null, null],
    [undefined, null],
    ["", null],
    ["   ", null],
    [43922, "2020-04-01"],
    [43922.75, "2020-04-01"],
    [61, "1900-03-01"],
    ["2020-04-01", "2020-04-01"],
    [" 2020-04-01 ", "2020-04-01"],
    ["01/04/2020", "2020-04-01"],
    ["1/4/2020", "2020-04-01"],
    ["29/02/2020", "2020-02-29"],
    ["31/12/2019", "2019-12-31"],
    ["2020-04-01 17:00", "2020-04-01"], // a date-time is its day
    ["2020-04-01T08:00:30", "2020-04-01"],
    ["01/04/2020 17:00", "2020-04-01"],
    ["9/6/2020 08:00", "2020-06-09"],
  ])("%j -> %s", (value, iso) => {
    expect(toSerial(value)).toBe(iso === null ? null : serialFromIso(iso));
  });

  it.each<[unknown, string]>([
    ["31/02/2020", "31/02/2020"],
    ["29/02/2019", "29/02/2019"],
    ["2020-13-01", "2020-13-01"],
    ["2020-02-30", "2020-02-30"],
    ["04/31/2020", "04/31/2020"],
    ["1 April 2020", "1 April 2020"],
    ["2020/04/01", "2020/04/01"],
    ["01/04/2020 25:00", "25:00"],
    ["2020-04-01 17:60", "17:60"],
    ["2020-04-01 5pm", "5pm"],
    ["43922", "43922"],
    ["soon", "soon"],
    [60, "60"],
    [0, "0"],
    [-5, "-5"],
    [Number.NaN, "NaN"],
    [Number.POSITIVE_INFINITY, "Infinity"],
    [1e9, "1000000000"],
    [true, "true"],
    [{}, "object"],
  ])("%j is #VALUE! naming %s", (value, named) => {
    const result = toSerial(value);
    expect(result).toBeInstanceOf(CellError);
    expect((result as CellError).type).toBe("#VALUE!");
    expect((result as CellError).message).toContain(named);
  });

  it.each<[unknown, boolean]>([
    [null, true],
    [undefined, true],
    ["", true],
    [" \t", true],
    [0, false],
    ["x", false],
    [false, false],
  ])("isBlank(%j) is %s", (value, blank) => {
    expect(isBlank(value)).toBe(blank);
  });

  it.each<[unknown, boolean]>([
    [null, true],
    ["", true],
    [0, true], // Excel on Windows passes a blank cell to a custom function as 0
    [61, false],
    ["0", false],
    [false, false],
  ])("isBlankDate(%j) is %s", (value, blank) => {
    expect(isBlankDate(value)).toBe(blank);
  });
});
