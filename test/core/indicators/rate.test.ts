/**
 * One house style for rates per 10,000 children: one decimal place, half up, thousands
 * separated, so a whole rate reads "45.0" beside DfE's "46.2", never "45".
 */
import { RATE_FORMAT, rateText } from "../../../src/core/indicators/rate";
import { formatValue } from "../../../src/core/report";

describe("rateText", () => {
  it.each([
    [45, "45.0"],
    [46.2, "46.2"],
    [33.6, "33.6"],
    [46.25, "46.3"],
    [46.249, "46.2"],
    [1.005, "1.0"],
    [0.05, "0.1"],
    [0, "0.0"],
    [1234.56, "1,234.6"],
    [12345, "12,345.0"],
    [999.95, "1,000.0"],
    [-2.35, "-2.4"],
    [-0.04, "0.0"],
  ])("%s -> %s", (rate, text) => {
    expect(rateText(rate)).toBe(text);
  });

  it("is the text of a report cell in the rate format, for every tenth from 0 to 200", () => {
    for (let i = 0; i <= 2000; i += 1) {
      const rate = i / 10 + 0.04;
      expect(formatValue(rate, RATE_FORMAT)).toBe(rateText(rate));
      expect(rateText(rate)).toMatch(/^\d{1,3}(,\d{3})*\.\d$/);
    }
  });

  it("is Excel's custom number format with one decimal place", () => {
    expect(RATE_FORMAT).toBe("#,##0.0");
  });
});
