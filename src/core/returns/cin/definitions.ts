/**
 * The CIN census figures' labels and definitions, as DfE defines them in its children in need
 * census guide and the "Characteristics of children in need" tables (C1 referrals, C2
 * assessments, D3 section 47 enquiries and initial conferences, D5 plans starting, D7 plans
 * ending and their length) and Working Together to Safeguard Children (45 working days). Where
 * DfE is silent, the sentence says what the project decided.
 */
import type { ReturnFigureId } from "../types";

/** The CIN figures' ids, in the order they are listed. */
export const CIN_FIGURE_IDS = [
  "referrals",
  "children_referred",
  "nfa_referrals",
  "rereferrals",
  "assessments_completed",
  "assessments_within_limit",
  "s47_started",
  "icpcs",
  "cp_plans",
  "cp_started",
  "cp_subsequent",
  "cp_ended",
  "cp_ended_2plus",
] as const satisfies readonly ReturnFigureId[];

/** One of the CIN figures' ids. */
export type CinFigureId = (typeof CIN_FIGURE_IDS)[number];

/** Label and definition of each CIN figure. */
export const CIN_DEFINITIONS: Readonly<Record<CinFigureId, { label: string; definition: string }>> = {
  referrals: {
    label: "Referrals (CIN census)",
    definition:
      "CINdetails episodes whose CINreferralDate falls in the census year (1 April to the ReferenceDate), " +
      "including referrals with no further action (DfE CIN census guide; table C1). This is the census's count: " +
      "a workbook's referrals row is often the local front door's count of contacts and referrals, which can be " +
      "more than twice this.",
  },
  children_referred: {
    label: "Children referred (CIN census)",
    definition:
      "Children (LAchildID) with at least one referral in the census year, each counted once however many " +
      "referrals they had (DfE table C1).",
  },
  nfa_referrals: {
    label: "Referrals with no further action",
    definition:
      "Referrals in the census year with ReferralNFA true or 1: the referral led to no further action " +
      "(DfE CIN census guide; table C1).",
  },
  rereferrals: {
    label: "Re-referrals within 12 months",
    definition:
      "Referrals in the census year made within 12 months of a previous referral of the same child " +
      "(DfE table C1). A previous referral is any earlier CINreferralDate of the child, in this file or in the " +
      "previous year's census when it is given (without it, a previous referral whose episode is not in this " +
      "file cannot be seen). Within 12 months means on or before the same day 12 months later, counted as Excel's " +
      "EDATE (project decision, DfE does not say): from 29 February that is 28 February of the next year. A " +
      "referral on the same day as another is not a re-referral of it.",
  },
  assessments_completed: {
    label: "Assessments completed",
    definition:
      "Assessments whose AssessmentAuthorisationDate falls in the census year (DfE table C2): an assessment is " +
      "completed when it is authorised.",
  },
  assessments_within_limit: {
    label: "Assessments completed within 45 working days",
    definition:
      "Assessments completed in the census year within 45 working days of the referral: working days from the " +
      "episode's CINreferralDate (day 0) to the AssessmentAuthorisationDate are 45 or fewer, weekends and England " +
      "and Wales bank holidays not counted (DfE table C2; Working Together to Safeguard Children). An assessment " +
      "whose referral date is missing or not a date is counted as completed but not within the limit (project " +
      "decision: its timeliness cannot be shown).",
  },
  s47_started: {
    label: "Section 47 enquiries started",
    definition: "Section47 groups whose S47ActualStartDate falls in the census year (DfE table D3).",
  },
  icpcs: {
    label: "Initial child protection conferences",
    definition:
      "Initial child protection conferences held in the census year (DfE table D3): each DateOfInitialCPC in " +
      "the year, from the Section47 groups and the CINdetails episode (where DfE records a conference that had " +
      "no section 47 enquiry in the episode); one conference per episode and date, so a date recorded at both " +
      "levels counts once.",
  },
  cp_plans: {
    label: "Children on a child protection plan at 31 March",
    definition:
      "Children (not plans) with a plan that started on or before the ReferenceDate and had not ended by then: " +
      "no CPPendDate, or one after the ReferenceDate (DfE CIN census guide; table D1). A plan ending on 31 March " +
      "is ended, not open, on that day.",
  },
  cp_started: {
    label: "Child protection plans started",
    definition: "Plans (not children) whose CPPstartDate falls in the census year (DfE table D5).",
  },
  cp_subsequent: {
    label: "Plans started that were second or subsequent",
    definition:
      "Plans started in the census year whose NumberOfPreviousCPP is more than 0: the child had had a plan " +
      "before, at any time (DfE table D5).",
  },
  cp_ended: {
    label: "Child protection plans ended",
    definition: "Plans whose CPPendDate falls in the census year (DfE table D7).",
  },
  cp_ended_2plus: {
    label: "Plans ended that lasted two years or more",
    definition:
      "Plans ended in the census year that had lasted two years or more (DfE table D7): the CPPendDate is on or " +
      "after the second anniversary of the CPPstartDate, so a plan ending exactly two years after it started " +
      "counts (project decision, as DfE's 'two years or more'); the anniversary of 29 February is 28 February, " +
      "as Excel's EDATE.",
  },
};
