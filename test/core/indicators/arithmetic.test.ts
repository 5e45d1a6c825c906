import { CellError } from "../../../src/core/base";
import { pctChangeOrError, rag, ratePer10k, type Rag } from "../../../src/core/indicators/arithmetic";
import { toNumber } from "../../../src/core/indicators/numbers";
import { roundHalfUp } from "../../../src/core/indicators/rounding";

describe("pctChangeOrError", () => {
  it.each<[number, number, number]>([
    [137, 423, 209], // 2021-22 report: UASC care leavers Jun-2017 137 -> Jun-2022 423 is +209%
    [126153, 153033, 21], // 2021-22 report: contacts 126,153 -> 153,033 is 21% higher
    [100, 50, -50],
    [100, 100, 0],
    [-50, -25, -50], // (new - old) / old, as defined
  ])("%d -> %d is %d%%", (oldValue, newValue, percent) => {
    const r = pctChangeOrError(oldValue, newValue) as number;
    expect(roundHalfUp(r * 100, 0)).toBe(percent);
  });

  it.each<[number, number, CellError["type"]]>([
    [0, 10, "#DIV/0!"],
    [Number.NaN, 10, "#VALUE!"],
    [10, Number.POSITIVE_INFINITY, "#VALUE!"],
  ])("(%d, %d) is %s", (a, b, type) => {
    expect((pctChangeOrError(a, b) as CellError).type).toBe(type);
  });
});

describe("ratePer10k", () => {
  it.each<[number, number, number]>([
    [1000, 274300, 36.46],
    [274300, 274300, 10000],
    [0, 274300, 0],
    [1, 10000, 1],
  ])("%d per 10,000 of %d is %d (2 dp)", (count, population, rate) => {
    expect(roundHalfUp(ratePer10k(count, population) as number, 2)).toBe(rate);
  });

  it.each<[number, number, CellError["type"]]>([
    [10, 0, "#DIV/0!"],
    [10, -5, "#VALUE!"],
    [Number.NaN, 100, "#VALUE!"],
  ])("(%d, %d) is %s", (count, population, type) => {
    expect((ratePer10k(count, population) as CellError).type).toBe(type);
  });
});

describe("rag", () => {
  it.each<[number, number, number, boolean | undefined, Rag]>([
    [0.9261, 0.9, 0.8, undefined, "Green"],
    [0.9, 0.9, 0.8, true, "Green"],
    [0.85, 0.9, 0.8, true, "Amber"],
    [0.8, 0.9, 0.8, true, "Amber"],
    [0.79, 0.9, 0.8, true, "Red"],
    [5, 10, 20, false, "Green"], // lower is better
    [10, 10, 20, false, "Green"],
    [15, 10, 20, false, "Amber"],
    [20, 10, 20, false, "Amber"],
    [21, 10, 20, false, "Red"],
    [5, 5, 5, true, "Green"],
  ])("rag(%d, %d, %d, %s) is %s", (value, green, amber, higher, expected) => {
    expect(rag(value, green, amber, higher)).toBe(expected);
  });

  it.each<[number, number, number, boolean, CellError["type"]]>([
    [1, 0.8, 0.9, true, "#VALUE!"],
    [1, 20, 10, false, "#VALUE!"],
    [Number.NaN, 1, 0, true, "#VALUE!"],
  ])("rag(%d, %d, %d, %s) is %s", (value, green, amber, higher, type) => {
    expect((rag(value, green, amber, higher) as CellError).type).toBe(type);
  });
});

describe("roundHalfUp", () => {
  it.each<[number, number, number]>([
    [1.452, 2, 1.45],
    [145.2, 0, 145], // the reports: 145.2% is written 145%
    [92.61, 2, 92.61], // 0.9261 shows as 92.61%
    [0.9261 * 100, 2, 92.61],
    [2.5, 0, 3],
    [-2.5, 0, -3], // half away from zero, as Excel's ROUND
    [1.005, 2, 1.01], // binary noise: 1.005 * 100 = 100.49999999999999
    [192.01, 0, 192],
    [1234, -2, 1200],
    [208.76, 0, 209],
  ])("%d to %i dp is %d", (x, dp, expected) => {
    expect(roundHalfUp(x, dp)).toBe(expected);
  });
});

describe("toNumber", () => {
  it.each<[unknown, number]>([
    [42, 42],
    [" 42 ", 42],
    ["1,234", 1234],
    ["-1.5", -1.5],
    ["1e3", 1000],
  ])("%j -> %d", (value, n) => {
    expect(toNumber(value, "the value")).toBe(n);
  });

  it.each<[unknown, string]>([
    ["abc", '"abc"'],
    ["", '""'],
    [null, "blank"],
    [undefined, "blank"],
    [true, "true"],
    [Number.NaN, "NaN"],
  ])("%j is #VALUE! naming %s", (value, named) => {
    const r = toNumber(value, "the old value") as CellError;
    expect(r.type).toBe("#VALUE!");
    expect(r.message).toContain(named);
    expect(r.message).toContain("The old value must be a number");
  });
});
