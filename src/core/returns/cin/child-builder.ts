/**
 * Builds one `Child` of the census from the elements the reader hands it, by their path inside
 * the child ("CINdetails/Assessments/AssessmentActualStartDate"). The census's structure by
 * year (DfE CIN census specifications 2019-20 to 2025-26):
 * - `CINPlanDates` exists from 2021-22; in an earlier year's file it is ignored with a note.
 * - `Sex` (M, F, U) replaces `GenderCurrent` (0, 1, 2, 9) from 2024-25; the one that does not
 *   belong to the file's year is ignored with a note.
 * - Any other element the reader does not know (a module from a later year, a local addition)
 *   is ignored with a note, not an error: the figures and rules never read it.
 */
import { serialFromIso } from "../../dates";
import type { ReturnReadProblem } from "../types";
import type {
  CinAssessment,
  CinChild,
  CinDate,
  CinEpisode,
  CinPlanDates,
  CinProtectionPlan,
  CinSection47,
  CinValue,
} from "./model";

/** Mutable versions of the model, while a child is being read. */
type Mutable<T> = { -readonly [K in keyof T]: T[K] extends readonly (infer U)[] ? U[] : T[K] };
type EpisodeDraft = Mutable<Omit<CinEpisode, "assessments" | "cinPlans" | "section47s" | "plans">> & {
  assessments: Mutable<CinAssessment>[];
  cinPlans: Mutable<CinPlanDates>[];
  section47s: Mutable<CinSection47>[];
  plans: Mutable<CinProtectionPlan>[];
};

/** Groups: elements that hold other elements. */
const CONTAINERS: ReadonlySet<string> = new Set([
  "ChildIdentifiers",
  "ChildCharacteristics",
  "ChildCharacteristics/Disabilities",
  "CINdetails",
  "CINdetails/Assessments",
  "CINdetails/Assessments/FactorsIdentifiedAtAssessment",
  "CINdetails/CINPlanDates",
  "CINdetails/Section47",
  "CINdetails/ChildProtectionPlans",
  "CINdetails/ChildProtectionPlans/Reviews",
]);

/** Elements of the census that no figure or rule here reads: accepted silently. */
const KNOWN_UNUSED: ReadonlySet<string> = new Set([
  "ChildIdentifiers/FormerUPN",
  "ChildIdentifiers/UPNunknown",
  "ChildIdentifiers/PersonDeathDate",
  "ChildCharacteristics/Ethnicity",
  "ChildCharacteristics/Disabilities/Disability",
]);

/** Elements that belong to some census years only (by the start year of the census year). */
const YEARS: Readonly<Record<string, { from?: number; to?: number }>> = {
  "CINdetails/CINPlanDates": { from: 2021 },
  "ChildIdentifiers/Sex": { from: 2024 },
  "ChildIdentifiers/GenderCurrent": { to: 2023 },
};

/** Whether `path` (inside a child) is part of the census of `year`'s structure. */
function belongs(path: string, year: number): boolean {
  const y = YEARS[path];
  return !y || ((y.from === undefined || year >= y.from) && (y.to === undefined || year <= y.to));
}

/** Reads a census date: ISO yyyy-mm-dd, as the schema's xs:date. */
export function cinDate(text: string, line: number): CinDate {
  const t = text.trim();
  const serial = serialFromIso(t);
  return serial === undefined ? { text: t, line } : { text: t, line, serial };
}

/** The reader's view of a child being built. */
export class ChildBuilder {
  private id: CinValue | undefined;
  private readonly child: Mutable<Omit<CinChild, "episodes">> & { episodes: EpisodeDraft[] };
  private badDates: { element: string; value: CinDate }[] = [];

  constructor(
    line: number,
    private readonly year: number,
  ) {
    this.child = { id: "", line, episodes: [] };
  }

  /** The child's LAchildID once read ("" before). */
  get childId(): string {
    return this.child.id;
  }

  /**
   * An element opens at `path` (relative to the child). Returns false when the element is not
   * part of this year's census: the reader then skips it and its contents, with a note.
   */
  open(path: string, line: number): boolean {
    if (!belongs(path, this.year)) return false;
    const episode = this.child.episodes[this.child.episodes.length - 1];
    switch (path) {
      case "CINdetails":
        this.child.episodes.push({ line, assessments: [], cinPlans: [], section47s: [], plans: [] });
        return true;
      case "CINdetails/Assessments":
        episode?.assessments.push({ line, factors: [] });
        return true;
      case "CINdetails/CINPlanDates":
        episode?.cinPlans.push({ line });
        return true;
      case "CINdetails/Section47":
        episode?.section47s.push({ line });
        return true;
      case "CINdetails/ChildProtectionPlans":
        episode?.plans.push({ line, reviews: [] });
        return true;
      default:
        return CONTAINERS.has(path) || KNOWN_UNUSED.has(path) || this.setter(path) !== undefined;
    }
  }

  /** A leaf element closes with its text. */
  close(path: string, text: string, line: number): void {
    this.setter(path)?.(text, line);
  }

  /** The setter of a leaf's value, or undefined for a path that is not a leaf read here. */
  private setter(path: string): ((text: string, line: number) => void) | undefined {
    const c = this.child;
    const ep = (): EpisodeDraft | undefined => c.episodes[c.episodes.length - 1];
    const last = <T>(xs: T[] | undefined): T | undefined => xs?.[xs.length - 1];
    const value = (text: string, line: number): CinValue => ({ text: text.trim(), line });
    const date = (element: string) => (text: string, line: number) => {
      const d = cinDate(text, line);
      if (d.serial === undefined && d.text !== "") this.badDates.push({ element, value: d });
      return d;
    };
    switch (path) {
      case "ChildIdentifiers/LAchildID":
        return (t, l) => {
          this.id = value(t, l);
          c.id = this.id.text;
          c.idValue = this.id;
        };
      case "ChildIdentifiers/UPN":
        return (t, l) => void (c.upn = value(t, l));
      case "ChildIdentifiers/PersonBirthDate":
        return (t, l) => void (c.birthDate = date(path)(t, l));
      case "ChildIdentifiers/ExpectedPersonBirthDate":
        return (t, l) => void (c.expectedBirthDate = date(path)(t, l));
      case "ChildIdentifiers/GenderCurrent":
        return (t, l) => void (c.genderCurrent = value(t, l));
      case "ChildIdentifiers/Sex":
        return (t, l) => void (c.sex = value(t, l));
    }
    const e = ep();
    if (!e) return undefined;
    const a = last(e.assessments);
    const s = last(e.section47s);
    const p = last(e.plans);
    const pd = last(e.cinPlans);
    switch (path) {
      case "CINdetails/CINreferralDate":
        return (t, l) => void (e.referralDate = date(path)(t, l));
      case "CINdetails/ReferralSource":
        return (t, l) => void (e.referralSource = value(t, l));
      case "CINdetails/PrimaryNeedCode":
        return (t, l) => void (e.primaryNeed = value(t, l));
      case "CINdetails/CINclosureDate":
        return (t, l) => void (e.closureDate = date(path)(t, l));
      case "CINdetails/ReasonForClosure":
        return (t, l) => void (e.reasonForClosure = value(t, l));
      case "CINdetails/ReferralNFA":
        return (t, l) => void (e.referralNfa = value(t, l));
      case "CINdetails/DateOfInitialCPC":
        return (t, l) => void (e.icpcDate = date(path)(t, l));
      case "CINdetails/Assessments/AssessmentActualStartDate":
        return a && ((t, l) => void (a.startDate = date(path)(t, l)));
      case "CINdetails/Assessments/AssessmentInternalReviewDate":
        return a && ((t, l) => void (a.internalReviewDate = date(path)(t, l)));
      case "CINdetails/Assessments/AssessmentAuthorisationDate":
        return a && ((t, l) => void (a.authorisationDate = date(path)(t, l)));
      case "CINdetails/Assessments/FactorsIdentifiedAtAssessment/AssessmentFactors":
        return a && ((t, l) => void a.factors.push(value(t, l)));
      case "CINdetails/CINPlanDates/CINPlanStartDate":
        return pd && ((t, l) => void (pd.startDate = date(path)(t, l)));
      case "CINdetails/CINPlanDates/CINPlanEndDate":
        return pd && ((t, l) => void (pd.endDate = date(path)(t, l)));
      case "CINdetails/Section47/S47ActualStartDate":
        return s && ((t, l) => void (s.startDate = date(path)(t, l)));
      case "CINdetails/Section47/InitialCPCtarget":
        return s && ((t, l) => void (s.icpcTarget = date(path)(t, l)));
      case "CINdetails/Section47/DateOfInitialCPC":
        return s && ((t, l) => void (s.icpcDate = date(path)(t, l)));
      case "CINdetails/Section47/ICPCnotRequired":
        return s && ((t, l) => void (s.icpcNotRequired = value(t, l)));
      case "CINdetails/ChildProtectionPlans/CPPstartDate":
        return p && ((t, l) => void (p.startDate = date(path)(t, l)));
      case "CINdetails/ChildProtectionPlans/CPPendDate":
        return p && ((t, l) => void (p.endDate = date(path)(t, l)));
      case "CINdetails/ChildProtectionPlans/InitialCategoryOfAbuse":
        return p && ((t, l) => void (p.initialCategory = value(t, l)));
      case "CINdetails/ChildProtectionPlans/LatestCategoryOfAbuse":
        return p && ((t, l) => void (p.latestCategory = value(t, l)));
      case "CINdetails/ChildProtectionPlans/NumberOfPreviousCPP":
        return p && ((t, l) => void (p.previousPlans = value(t, l)));
      case "CINdetails/ChildProtectionPlans/Reviews/CPPreviewDate":
        return p && ((t, l) => void p.reviews.push(date(path)(t, l)));
    }
    return undefined;
  }

  /**
   * The finished child and one "bad-date" problem per date element whose text is not a date
   * (the value is then treated as missing by the figures and rules).
   */
  build(file: string): { child: CinChild; problems: ReturnReadProblem[] } {
    const id = this.child.id;
    const who = id === "" ? `the child on line ${this.child.line}` : `child ${id}`;
    const problems = this.badDates.map(({ element, value }): ReturnReadProblem => ({
      code: "bad-date",
      level: "skipped",
      where: { file, line: value.line, element },
      child: id,
      message:
        `${file}, line ${value.line}: ${who} has "${value.text}" in ${element}, which is not a date. ` +
        `The census writes dates as yyyy-mm-dd (2024-03-31); this date is left out.`,
    }));
    this.badDates = [];
    return { child: this.child, problems };
  }
}
