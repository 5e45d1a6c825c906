/** What the 903 rules look at: this year's return, its year, and last year's return when given. */
import { periodEndSerial, type FinancialYear, type Serial } from "../../dates";
import type { Episode903, Return903 } from "./model";

export interface Context903 {
  readonly ret: Return903;
  readonly year: FinancialYear;
  /** 1 April of the collection year. */
  readonly start: Serial;
  /** 31 March at its end. */
  readonly end: Serial;
  /** Last year's return, for the continuity rules (502, NoE, 205A-D). */
  readonly previous?: Return903;
  /** This year's episodes by child, in order of DECOM (episodes without one last). */
  readonly episodesByChild: Map<string, Episode903[]>;
}

/** The return's episodes by child, each child's in order of start (sorted in place, once). */
export function byChild(ret: Return903): Map<string, Episode903[]> {
  const key = (e: Episode903) => (Number.isNaN(e.decom) ? Infinity : e.decom);
  for (const list of ret.episodesByChild.values()) if (list.length > 1) list.sort((a, b) => key(a) - key(b));
  return ret.episodesByChild;
}

/** The context for a return and year. */
export function context903(ret: Return903, year: FinancialYear, previous?: Return903): Context903 {
  return {
    ret,
    year,
    start: periodEndSerial({ kind: "year", startYear: year.startYear - 1 }) + 1,
    end: periodEndSerial(year),
    ...(previous ? { previous } : {}),
    episodesByChild: byChild(ret),
  };
}
