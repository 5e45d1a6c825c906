/**
 * The children in need census as core holds it: one child at a time, as the reader builds it
 * when the child's `<Child>` element closes. Every value keeps its text as the council wrote it
 * and the line it sits on, so a rule can name the element, the value and the line; dates also
 * keep their serial (undefined when the text is not a date: the reader reports it once).
 *
 * Element names follow DfE's CIN census specification (the XML schema's element names), so a
 * finding's field is the name the council's case-management system exports.
 */
import type { FinancialYear, Serial } from "../../dates";

/** A value as written in the census, on its line. */
export interface CinValue {
  readonly text: string;
  readonly line: number;
}

/** A date element: its text, line and serial (undefined when the text is not a yyyy-mm-dd date). */
export interface CinDate extends CinValue {
  readonly serial?: Serial;
}

/** The `Header/CollectionDetails` of the census, with the census year it implies. */
export interface CinHeader {
  /** `Collection`, "CIN" for the census. */
  readonly collection: string;
  /** `Year` as written (DfE writes the year the census ends, e.g. "2024"). */
  readonly yearText: string;
  /** `ReferenceDate`, the last day of the census year (31 March). */
  readonly referenceDate: CinDate & { readonly serial: Serial };
  /**
   * The census year: the financial year ending on `ReferenceDate` (2023-24 for 2024-03-31).
   * Taken from the reference date, never from the file's name or `Year`.
   */
  readonly year: FinancialYear;
  /** First day of the census year (1 April). */
  readonly start: Serial;
  /** Last day of the census year (`ReferenceDate`). */
  readonly end: Serial;
  /** `Source/LEA`, the council's DfE number, when given. */
  readonly la?: string;
}

/** One `Assessments` group of an episode. */
export interface CinAssessment {
  readonly line: number;
  readonly startDate?: CinDate;
  readonly internalReviewDate?: CinDate;
  readonly authorisationDate?: CinDate;
  /** `FactorsIdentifiedAtAssessment/AssessmentFactors`, in order. */
  readonly factors: readonly CinValue[];
}

/** One `CINPlanDates` group (from 2021-22). */
export interface CinPlanDates {
  readonly line: number;
  readonly startDate?: CinDate;
  readonly endDate?: CinDate;
}

/** One `Section47` group. */
export interface CinSection47 {
  readonly line: number;
  readonly startDate?: CinDate;
  readonly icpcTarget?: CinDate;
  readonly icpcDate?: CinDate;
  readonly icpcNotRequired?: CinValue;
}

/** One `ChildProtectionPlans` group. */
export interface CinProtectionPlan {
  readonly line: number;
  readonly startDate?: CinDate;
  readonly endDate?: CinDate;
  readonly initialCategory?: CinValue;
  readonly latestCategory?: CinValue;
  readonly previousPlans?: CinValue;
  readonly reviews: readonly CinDate[];
}

/** One `CINdetails` episode: a referral and what followed it. */
export interface CinEpisode {
  readonly line: number;
  readonly referralDate?: CinDate;
  readonly referralSource?: CinValue;
  readonly primaryNeed?: CinValue;
  readonly closureDate?: CinDate;
  readonly reasonForClosure?: CinValue;
  readonly referralNfa?: CinValue;
  /** `DateOfInitialCPC` at episode level (used when no Section47 group records the conference). */
  readonly icpcDate?: CinDate;
  readonly assessments: readonly CinAssessment[];
  readonly cinPlans: readonly CinPlanDates[];
  readonly section47s: readonly CinSection47[];
  readonly plans: readonly CinProtectionPlan[];
}

/** One `Child`. */
export interface CinChild {
  /** `LAchildID` ("" when missing: rule 8500 reports it). */
  readonly id: string;
  /** Line of the `<Child>` tag. */
  readonly line: number;
  readonly idValue?: CinValue;
  readonly upn?: CinValue;
  readonly birthDate?: CinDate;
  readonly expectedBirthDate?: CinDate;
  /** `GenderCurrent` (to 2023-24). */
  readonly genderCurrent?: CinValue;
  /** `Sex` (from 2024-25, replacing GenderCurrent). */
  readonly sex?: CinValue;
  readonly episodes: readonly CinEpisode[];
}

/**
 * Whether `ReferralNFA` says "no further action". The schema's boolean: "true" or "1"
 * (DfE rule 8568 allows 1, 0, true, false; case as written).
 */
export function isNfa(value: CinValue | undefined): boolean {
  const t = value?.text.trim().toLowerCase();
  return t === "true" || t === "1";
}

/** Whether a serial falls in the census year [start, end]. */
export function inCensusYear(header: CinHeader, serial: Serial | undefined): serial is Serial {
  return serial !== undefined && serial >= header.start && serial <= header.end;
}
