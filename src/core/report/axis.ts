/**
 * "Nice" numbers for a chart's value axis: the HTML report's SVG ticks and the slides' axis
 * maximum both round up to a short mantissa times a power of ten, so an axis reads 0, 100,
 * 200 (or ends at 25,000) rather than at the data's own odd figure.
 */

/** Tick steps: 1, 2 or 5 times a power of ten (the usual chart ticks). */
const STEPS = [1, 2, 5, 10] as const;
/** Axis ends: finer, so the tallest column fills most of the plot. */
const ENDS = [1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10] as const;

/** The smallest of `mantissas` (ascending, ending at 10) times a power of ten that is >= x (x > 0). */
function niceAtLeast(x: number, mantissas: readonly number[]): number {
  const mag = 10 ** Math.floor(Math.log10(x));
  // The tolerance keeps a value that is a nice number but for floating-point noise (0.07 / 0.01 = 7.000000000000001).
  const m = mantissas.find((k) => k * mag >= x * (1 - 1e-12)) ?? 10;
  return Number((m * mag).toPrecision(12));
}

/** The smallest of 1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8 times a power of ten that is >= x (x > 0): an axis maximum. */
export function niceCeil(x: number): number {
  return niceAtLeast(x, ENDS);
}

/** A tick step of 1, 2 or 5 times a power of ten for a span divided into about `parts` parts (span > 0). */
export function niceStep(span: number, parts: number): number {
  return niceAtLeast(span / parts, STEPS);
}
