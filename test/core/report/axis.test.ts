import { niceCeil, niceStep } from "../../../src/core/report/axis";

describe("niceCeil (the slides' axis maximum)", () => {
  it.each([
    [423 * 1.15, 500],
    [21188 * 1.15, 25000],
    [1, 1],
    [0.07, 0.08],
    [0.0123, 0.015],
    [101, 120],
    [7, 8],
    [8.5, 10],
  ])("rounds %p up to %p", (x, nice) => expect(niceCeil(x)).toBe(nice));
});

describe("niceStep (the HTML charts' tick step)", () => {
  it.each([
    [500, 5, 100],
    [600, 5, 200],
    [1.1, 5, 0.5],
    [0.3, 5, 0.1],
    [0.07, 5, 0.02],
    [23000, 5, 5000],
    [10, 5, 2],
  ])("steps a span of %p in about %p parts by %p", (span, parts, step) => expect(niceStep(span, parts)).toBe(step));
});
