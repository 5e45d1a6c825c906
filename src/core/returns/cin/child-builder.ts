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

/** The leaf elements read into the model (see {@link ChildBuilder.close}). */
const LEAVES: ReadonlySet<string> = new Set(
  ["LAchildID", "UPN", "PersonBirthDate", "ExpectedPersonBirthDate", "GenderCurrent", "Sex"]
    .map((x) => `ChildIdentifiers/${x}`)
    .concat(
      [
        "CINreferralDate",
        "ReferralSource",
        "PrimaryNeedCode",
        "CINclosureDate",
        "ReasonForClosure",
        "ReferralNFA",
        "DateOfInitialCPC",
      ].map((x) => `CINdetails/${x}`),
      [
        "AssessmentActualStartDate",
        "AssessmentInternalReviewDate",
        "AssessmentAuthorisationDate",
        "FactorsIdentifiedAtAssessment/AssessmentFactors",
      ].map((x) => `CINdetails/Assessments/${x}`),
      ["CINPlanStartDate", "CINPlanEndDate"].map((x) => `CINdetails/CINPlanDates/${x}`),
      ["S47ActualStartDate", "InitialCPCtarget", "DateOfInitialCPC", "ICPCnotRequired"].map(
        (x) => `CINdetails/Section47/${x}`,
      ),
      [
        "CPPstartDate",
        "CPPendDate",
        "InitialCategoryOfAbuse",
        "LatestCategoryOfAbuse",
        "NumberOfPreviousCPP",
        "Reviews/CPPreviewDate",
      ].map((x) => `CINdetails/ChildProtectionPlans/${x}`),
    ),
);

/** A value as written, trimmed, on its line. */
function value(text: string, line: number): CinValue {
  return { text: text.trim(), line };
}

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
        return CONTAINERS.has(path) || KNOWN_UNUSED.has(path) || LEAVES.has(path);
    }
  }

  /** A leaf element closes with its text (a switch, not a table of closures: this runs per element). */
  close(path: string, raw: string, line: number): void {
    const c = this.child;
    const e = c.episodes[c.episodes.length - 1];
    switch (path) {
      case "ChildIdentifiers/LAchildID":
        c.idValue = value(raw, line);
        c.id = c.idValue.text;
        return;
      case "ChildIdentifiers/UPN":
        c.upn = value(raw, line);
        return;
      case "ChildIdentifiers/PersonBirthDate":
        c.birthDate = this.date(path, raw, line);
        return;
      case "ChildIdentifiers/ExpectedPersonBirthDate":
        c.expectedBirthDate = this.date(path, raw, line);
        return;
      case "ChildIdentifiers/GenderCurrent":
        c.genderCurrent = value(raw, line);
        return;
      case "ChildIdentifiers/Sex":
        c.sex = value(raw, line);
        return;
    }
    if (!e) return;
    if (path.startsWith("CINdetails/Assessments/")) {
      const a = e.assessments[e.assessments.length - 1];
      if (!a) return;
      if (path === "CINdetails/Assessments/AssessmentActualStartDate") a.startDate = this.date(path, raw, line);
      else if (path === "CINdetails/Assessments/AssessmentInternalReviewDate")
        a.internalReviewDate = this.date(path, raw, line);
      else if (path === "CINdetails/Assessments/AssessmentAuthorisationDate")
        a.authorisationDate = this.date(path, raw, line);
      else if (path === "CINdetails/Assessments/FactorsIdentifiedAtAssessment/AssessmentFactors")
        a.factors.push(value(raw, line));
      return;
    }
    if (path.startsWith("CINdetails/CINPlanDates/")) {
      const p = e.cinPlans[e.cinPlans.length - 1];
      if (!p) return;
      if (path === "CINdetails/CINPlanDates/CINPlanStartDate") p.startDate = this.date(path, raw, line);
      else if (path === "CINdetails/CINPlanDates/CINPlanEndDate") p.endDate = this.date(path, raw, line);
      return;
    }
    if (path.startsWith("CINdetails/Section47/")) {
      const s = e.section47s[e.section47s.length - 1];
      if (!s) return;
      if (path === "CINdetails/Section47/S47ActualStartDate") s.startDate = this.date(path, raw, line);
      else if (path === "CINdetails/Section47/InitialCPCtarget") s.icpcTarget = this.date(path, raw, line);
      else if (path === "CINdetails/Section47/DateOfInitialCPC") s.icpcDate = this.date(path, raw, line);
      else if (path === "CINdetails/Section47/ICPCnotRequired") s.icpcNotRequired = value(raw, line);
      return;
    }
    if (path.startsWith("CINdetails/ChildProtectionPlans/")) {
      const p = e.plans[e.plans.length - 1];
      if (!p) return;
      if (path === "CINdetails/ChildProtectionPlans/CPPstartDate") p.startDate = this.date(path, raw, line);
      else if (path === "CINdetails/ChildProtectionPlans/CPPendDate") p.endDate = this.date(path, raw, line);
      else if (path === "CINdetails/ChildProtectionPlans/InitialCategoryOfAbuse") p.initialCategory = value(raw, line);
      else if (path === "CINdetails/ChildProtectionPlans/LatestCategoryOfAbuse") p.latestCategory = value(raw, line);
      else if (path === "CINdetails/ChildProtectionPlans/NumberOfPreviousCPP") p.previousPlans = value(raw, line);
      else if (path === "CINdetails/ChildProtectionPlans/Reviews/CPPreviewDate")
        p.reviews.push(this.date(path, raw, line));
      return;
    }
    switch (path) {
      case "CINdetails/CINreferralDate":
        e.referralDate = this.date(path, raw, line);
        return;
      case "CINdetails/ReferralSource":
        e.referralSource = value(raw, line);
        return;
      case "CINdetails/PrimaryNeedCode":
        e.primaryNeed = value(raw, line);
        return;
      case "CINdetails/CINclosureDate":
        e.closureDate = this.date(path, raw, line);
        return;
      case "CINdetails/ReasonForClosure":
        e.reasonForClosure = value(raw, line);
        return;
      case "CINdetails/ReferralNFA":
        e.referralNfa = value(raw, line);
        return;
      case "CINdetails/DateOfInitialCPC":
        e.icpcDate = this.date(path, raw, line);
        return;
    }
  }

  /** A date element's value; text that is not a date is remembered for one "bad-date" problem. */
  private date(element: string, raw: string, line: number): CinDate {
    const d = cinDate(raw, line);
    if (d.serial === undefined && d.text !== "") this.badDates.push({ element, value: d });
    return d;
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
