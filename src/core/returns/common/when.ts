/**
 * When a return's figure applies, in words, for every place that shows one (the pane's figure
 * list and reconciliation, the CLI's text, the reconciliation's messages): one wording so the
 * same figure never reads two ways.
 */
import { formatPeriod, serialFromYmd, ukFromSerial, ymdFromSerial } from "../../dates";
import type { ReturnFigure } from "../types";

/** A label's closing words for a count on 31 March. */
const AT_31_MARCH = /\s+at 31 March$/;

/**
 * "at 31/03/2018" for a count on a day, "in 2017-18" for a count over a year. A label that
 * already says "at 31 March" (the census's children on a plan) takes only the year of a
 * 31 March day, so it reads "... at 31 March 2020", never "at 31 March at 31/03/2020".
 */
export function figureWhen(f: Pick<ReturnFigure, "label" | "date" | "year">): string {
  if (f.date !== undefined) {
    const y = ymdFromSerial(f.date).year;
    if (AT_31_MARCH.test(f.label) && f.date === serialFromYmd(y, 3, 31)) return String(y);
    return `at ${ukFromSerial(f.date)}`;
  }
  return f.year ? `in ${formatPeriod(f.year)}` : "";
}

/**
 * The figure's label with {@link figureWhen}: "Children looked after at 31/03/2018". A label
 * that says "at 31 March" on another day loses those words for the day's own date.
 */
export function figureHeading(f: Pick<ReturnFigure, "label" | "date" | "year">): string {
  const when = figureWhen(f);
  const label = when.startsWith("at ") ? f.label.replace(AT_31_MARCH, "") : f.label;
  return when ? `${label} ${when}` : label;
}
