/**
 * The CIN figures as the performance workbook's datasets (src/core/workbook/model.ts), for
 * reconciling the workbook with the census or importing the census's figures into it, and the
 * Assessment Log rows when the officer asks for child rows.
 *
 * The workbook's Contacts "referrals" is often the local front door's count (contacts and
 * referrals taken at the front door), which can be more than twice the census's count of
 * referrals (CINdetails episodes starting in the year): a difference there is expected and
 * says which count the workbook holds, not that either is wrong.
 */
import type { FinancialYear } from "../../dates";
import type { AssessmentLogRow, AssessmentYear, ChildProtectionYear } from "../../workbook";
import type { ReturnFigure } from "../types";
import type { CinChild } from "./model";

/** The census's contacts figures: the workbook's Contacts row has `contacts` too, which the census lacks. */
export interface CinContactsFigures {
  readonly year: FinancialYear;
  /** The census's referrals (a workbook's row may hold the front door's larger count). */
  readonly referrals: number;
  readonly reReferrals: number;
}

/** The workbook's datasets that the CIN census gives. */
export interface CinWorkbookFigures {
  readonly assessments: AssessmentYear;
  readonly childProtection: ChildProtectionYear;
  readonly contacts: CinContactsFigures;
}

/**
 * The workbook's assessment, child protection and contacts rows for the census year.
 * @param figures the figures of {@link CinFigureCounter.figures} (one census).
 * @returns the rows, or undefined when a figure is missing. Timeliness is 0 when no assessment
 *   was completed (the workbook's share has nothing to divide).
 */
export function cinWorkbookFigures(figures: readonly ReturnFigure[]): CinWorkbookFigures | undefined {
  const get = (id: ReturnFigure["id"]) => figures.find((f) => f.kind === "cin" && f.id === id);
  const referrals = get("referrals");
  const year = referrals?.year;
  const v = (id: ReturnFigure["id"]) => get(id)?.value;
  const completed = v("assessments_completed");
  const within = v("assessments_within_limit");
  const onPlan = v("cp_plans");
  const ended = v("cp_ended");
  const lasting = v("cp_ended_2plus");
  const repeat = v("cp_subsequent");
  const rereferrals = v("rereferrals");
  if (!year || !referrals || [completed, within, onPlan, ended, lasting, repeat, rereferrals].includes(undefined)) {
    return undefined;
  }
  const done = completed ?? 0;
  const timely = within ?? 0;
  return {
    assessments: { year, completed: done, withinLimit: timely, timeliness: done === 0 ? 0 : timely / done },
    childProtection: {
      year,
      onPlan: onPlan ?? 0,
      plansEnded: ended ?? 0,
      lasting2Plus: lasting ?? 0,
      repeatPlans: repeat ?? 0,
    },
    contacts: { year, referrals: referrals.value, reReferrals: rereferrals ?? 0 },
  };
}

/**
 * A child's Assessment Log rows (childId, referral, completed): one per assessment with a
 * readable referral date; `completed` is the authorisation date, absent while open.
 */
export function cinAssessmentLogRows(child: CinChild): AssessmentLogRow[] {
  const rows: AssessmentLogRow[] = [];
  for (const e of child.episodes) {
    const referral = e.referralDate?.serial;
    if (referral === undefined) continue;
    for (const a of e.assessments) {
      const completed = a.authorisationDate?.serial;
      rows.push({ childId: child.id, referral, ...(completed === undefined ? {} : { completed }) });
    }
  }
  return rows;
}
