/**
 * Rounding as the reports print figures: half away from zero, like Excel's ROUND
 * (145.2% is written 145%; 0.92615 shows as 92.62%), after clearing binary noise such as
 * 1.005 * 100 = 100.49999999999999.
 */

/**
 * Rounds `x` to `dp` decimal places, halves away from zero (Excel ROUND).
 * @param x the number.
 * @param dp decimal places (may be negative: -1 rounds to tens).
 */
export function roundHalfUp(x: number, dp = 0): number {
  if (!Number.isFinite(x)) return x;
  const f = 10 ** dp;
  const shifted = Number((Math.abs(x) * f).toPrecision(15));
  const rounded = Math.round(shifted) / f;
  return x < 0 ? -rounded : rounded;
}
