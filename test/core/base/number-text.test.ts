import { formatNumber } from "../../../src/core/base/number-text";

it.each([
  [16020, "16,020"],
  [-1234567, "-1,234,567"],
  [0.25, "0.25"],
  [1234.5, "1,234.5"],
  [999, "999"],
  [0, "0"],
  [1000000, "1,000,000"],
  [Number.NaN, "NaN"],
])("formats %p as %p", (n, text) => expect(formatNumber(n)).toBe(text));
