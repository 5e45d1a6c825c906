/**
 * One house style for percentages in prose: whole or one decimal, half up, no sign; two
 * decimals below 1% so the NTS protocol's 0.07% stays 0.07%.
 */
import { changeVerb, percentText, pointsText } from "../../../src/core/indicators/percent";

describe("percentText", () => {
  it.each([
    [0.4386, "43.9%"],
    [0.44, "44%"],
    [0.4395, "44%"],
    [0.43949, "43.9%"],
    [0.9261, "92.6%"],
    [0.25, "25%"],
    [9, "900%"],
    [2.088, "208.8%"],
    [1, "100%"],
    [0, "0%"],
    [0.0007, "0.07%"],
    [0.001, "0.1%"],
    [0.0093, "0.93%"],
    [0.01, "1%"],
    [-0.05, "-5%"],
    [-0.00001, "0%"],
  ])("%s -> %s", (share, text) => {
    expect(percentText(share)).toBe(text);
  });

  it("never signs a change and never shows more than one decimal from 1% up", () => {
    for (let i = -3000; i <= 3000; i += 7) {
      const text = percentText(Math.abs(i / 1237));
      expect(text).not.toMatch(/^\+/);
      if (Math.abs(i / 1237) >= 0.01) expect(text).toMatch(/^\d+(\.\d)?%$/);
    }
  });
});

describe("pointsText / changeVerb", () => {
  it("gives points unsigned in the same style, and the direction in words", () => {
    expect(pointsText(-0.8997)).toBe("90");
    expect(pointsText(0.1234)).toBe("12.3");
    expect(changeVerb(-0.8997)).toBe("fell");
    expect(changeVerb(0.4386)).toBe("rose");
  });
});
