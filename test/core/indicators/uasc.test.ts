import { serialFromIso } from "../../../src/core/dates";
import { CellError } from "../../../src/core/base";
import { ntsRate, uascQuota } from "../../../src/core/indicators/uasc";

const d = (iso: string): number => serialFromIso(iso) ?? NaN;

describe("ntsRate (NTS protocol)", () => {
  it.each<[string, number | undefined]>([
    ["2016-06-30", undefined],
    ["2016-07-01", 0.0007],
    ["2020-03-31", 0.0007],
    ["2022-08-23", 0.0007],
    ["2022-08-24", 0.001],
    ["2025-01-01", 0.001],
  ])("%s -> %s", (iso, rate) => {
    expect(ntsRate(d(iso))).toBe(rate);
  });
});

describe("uascQuota", () => {
  it.each<[number, string, number | undefined, number]>([
    [274300, "2020-03-31", undefined, 192], // the 2019-20 report: 0.07% of 274,300 = 192
    [274300, "2022-08-24", undefined, 274], // 0.1% from 24 August 2022
    [274300, "2022-08-23", undefined, 192],
    [274300, "2015-01-01", 0.001, 274], // a rate given overrides the date
    [274300, "2020-03-31", 0.01, 2743], // 1%, the highest rate taken as typed
    [274300, "2023-01-01", 0.0007, 192],
    [275000, "2020-03-31", undefined, 193], // 192.5 rounds half up
    [0, "2020-03-31", undefined, 0],
    [100000, "2020-03-31", 0, 0],
  ])("%i at %s (rate %s) -> %i", (population, iso, rate, expected) => {
    expect(uascQuota(population, d(iso), rate)).toBe(expected);
  });

  it("takes a date-time as its day (24 August 2022 08:00 has the new rate, 23 August 23:00 the old)", () => {
    expect(uascQuota(274300, d("2022-08-24") + 8 / 24)).toBe(274);
    expect(uascQuota(274300, d("2022-08-23") + 23 / 24)).toBe(192);
  });

  it.each<[number, string, number | undefined, CellError["type"], string]>([
    [274300, "2016-06-30", undefined, "#N/A", "1 July 2016"],
    [-1, "2020-03-31", undefined, "#VALUE!", "population"],
    [Number.NaN, "2020-03-31", undefined, "#VALUE!", "population"],
    [274300, "2020-03-31", 1.5, "#VALUE!", "rate"],
    [274300, "2020-03-31", 0.1, "#VALUE!", "above 1%"], // 10%: a percentage typed as a whole number
    [274300, "2020-03-31", -0.1, "#VALUE!", "rate"],
  ])("%d at %s (rate %s) is %s", (population, iso, rate, type, message) => {
    const r = uascQuota(population, d(iso), rate);
    expect(r).toBeInstanceOf(CellError);
    expect((r as CellError).type).toBe(type);
    expect((r as CellError).message).toContain(message);
  });
});
