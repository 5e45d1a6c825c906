import { serialFromYmd, ymdFromSerial, dayOfWeek, isoFromSerial } from "../../src/core/dates";

describe("Excel serials", () => {
  it.each([
    [1900, 3, 1, 61],
    [2020, 4, 1, 43922],
    [2020, 6, 9, 43991],
    [1970, 1, 1, 25569],
  ])("%i-%i-%i is serial %i", (y, m, d, s) => {
    expect(serialFromYmd(y, m, d)).toBe(s);
    expect(ymdFromSerial(s)).toEqual({ year: y, month: m, day: d });
  });
  it("knows 1 April 2020 was a Wednesday", () => {
    expect(dayOfWeek(43922)).toBe(3);
    expect(isoFromSerial(43922)).toBe("2020-04-01");
  });
});
