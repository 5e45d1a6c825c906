/** What the 903 rules look at: this year's return, its year, and last year's return when given. */
import type { Steps } from "../../base";
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

/** Episodes without a start date sort last. */
const startKey = (e: Episode903) => (Number.isNaN(e.decom) ? Infinity : e.decom);

/** The return's episodes by child, each child's in order of start (sorted in place, once). */
export function byChild(ret: Return903): Map<string, Episode903[]> {
  for (const list of ret.episodesByChild.values()) if (list.length > 1) list.sort((a, b) => startKey(a) - startKey(b));
  return ret.episodesByChild;
}

/** Children sorted between two yields of {@link context903Steps}. */
const PART = 2048;

/**
 * The context for a return and year, as steps: sorting every child's episodes is a pass over
 * the whole return, so it yields after each part of the children as the rules do.
 */
export function* context903Steps(ret: Return903, year: FinancialYear, previous?: Return903): Steps<Context903> {
  let i = 0;
  for (const list of ret.episodesByChild.values()) {
    if (list.length > 1) list.sort((a, b) => startKey(a) - startKey(b));
    if (++i % PART === 0) yield PART;
  }
  return {
    ret,
    year,
    start: periodEndSerial({ kind: "year", startYear: year.startYear - 1 }) + 1,
    end: periodEndSerial(year),
    ...(previous ? { previous } : {}),
    episodesByChild: ret.episodesByChild,
  };
}
