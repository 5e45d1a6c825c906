/**
 * The National Transfer Scheme (NTS) threshold for unaccompanied asylum-seeking children
 * (UASC): a local authority is at its share when its looked-after UASC under 18 (care
 * leavers do not count) reach a percentage of its under-18 population (ONS mid-year
 * estimate). NTS protocol: 0.07% from 1 July 2016 (when the scheme began), 0.1% from
 * 24 August 2022. Before 1 July 2016 there was no threshold.
 */
import { ERROR_MESSAGES as M, CellError } from "../base";
import { serialFromYmd, type Serial } from "../dates";
import { roundHalfUp } from "./rounding";

/** The NTS threshold rates with the date each took effect, newest first. */
const NTS_RATES: readonly { readonly from: Serial; readonly rate: number }[] = [
  { from: serialFromYmd(2022, 8, 24), rate: 0.001 },
  { from: serialFromYmd(2016, 7, 1), rate: 0.0007 },
];

/**
 * Highest NTS threshold rate taken as typed: 1%. The NTS protocol's rates are 0.07% (from
 * 1 July 2016) and 0.1% (from 24 August 2022); a rate above 1%, ten times the current one,
 * is almost surely a percentage typed as a whole number (0.1 in a General cell is 10%).
 * The workbook's Settings check and CSC.UASC_QUOTA refuse the same rates.
 */
export const NTS_RATE_MAX = 0.01;

/**
 * The NTS threshold rate in force on a date (0.0007 = 0.07%).
 * @returns the rate, or undefined before 1 July 2016 (no scheme).
 */
export function ntsRate(asOf: Serial): number | undefined {
  return NTS_RATES.find((r) => asOf >= r.from)?.rate;
}

/**
 * The number of UASC at the NTS threshold: population x rate, rounded to the nearest whole
 * child (0.07% of 274,300 is 192).
 * @param population under-18 population (ONS mid-year estimate).
 * @param asOf date serial whose rate applies.
 * @param rate a rate that overrides the date's (0.001 = 0.1%).
 * @returns the count; `#VALUE!` for a negative population or a rate outside 0..1% (the
 *   error Excel shows with its message, see the custom-functions errors page on Microsoft
 *   Learn); `#N/A` before 1 July 2016 when no rate is given.
 */
export function uascQuota(population: number, asOf: Serial, rate?: number): number | CellError {
  if (!Number.isFinite(population) || population < 0) {
    return new CellError("#VALUE!", M.under18NotCount(population));
  }
  if (rate !== undefined && (!Number.isFinite(rate) || rate < 0 || rate > NTS_RATE_MAX)) {
    return new CellError("#VALUE!", M.rateNotShare(rate));
  }
  const r = rate ?? ntsRate(Math.floor(asOf)); // a date-time is its day
  if (r === undefined) {
    return new CellError("#N/A", M.beforeTransferScheme());
  }
  return roundHalfUp(population * r, 0);
}
