/**
 * The one list of month names: the report's prose writes them in full ("31 March 2022"), quarter
 * labels shortened to three letters ("Apr-Jun 2019", as the published reports' tables do), and
 * quarter labels are read back in either form (and "Sept", as officers also write it).
 */

/** January to December, as the report's sentences write them. */
export const MONTH_NAMES = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
] as const;

/** "Jan" to "Dec": the three-letter labels of quarters. */
export const MONTH_ABBREVIATIONS: readonly string[] = MONTH_NAMES.map((m) => m.slice(0, 3));

/** Month number 1-12 of "Jun", "June" or "Sept" (case-insensitive), else undefined. */
export function monthFromName(name: string): number | undefined {
  const n = name.toLowerCase();
  const i = MONTH_NAMES.findIndex((m) => m.toLowerCase() === n || m.slice(0, 3).toLowerCase() === n);
  if (i >= 0) return i + 1;
  return n === "sept" ? 9 : undefined;
}
