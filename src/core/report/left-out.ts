/**
 * Why a part of the report is left out, in one catalogue (as HyperFormula keeps its error
 * messages apart from its functions): a builder decides that a table or headline has no
 * figures to stand on and picks the reason here; the plan's `omitted` list carries the
 * sentence, which the report's "Not included" note, the pane and the CLI show as it is.
 * A topic with no figure in its window is left out with a reason, never an error.
 */

/** The headlines the report states, by id. */
export type HeadlineId =
  | "uascCareLeaversChange"
  | "contactsChange"
  | "lookedAfterChange"
  | "timeliness"
  | "uascQuota"
  | "uascLookedAfter"
  | "cpRateComparison"
  | "claRateComparison";

/** What each headline is about, for the note when it is left out. */
export const HEADLINE_TOPICS: Readonly<Record<HeadlineId, string>> = {
  uascCareLeaversChange: "Change in UASC care leavers",
  contactsChange: "Change in contacts",
  lookedAfterChange: "Change in children looked after",
  timeliness: "Assessment timeliness",
  uascQuota: "UASC National Transfer Scheme threshold",
  uascLookedAfter: "Looked-after UASC",
  cpRateComparison: "Child protection plans against the comparators",
  claRateComparison: "Children looked after against the comparators",
};

/** Why a headline is not stated: the clause after "because". Periods and dates come worded. */
export const HEADLINE_REASONS = {
  noCareLeavers: () => "the workbook has no UASC care leavers figure",
  noCareLeaversAt: (quarter: string) => `the workbook has no UASC care leavers figure for ${quarter}`,
  noEarlierFigure: () => "there is no earlier figure to compare with",
  noContacts: (year: string) => `the workbook lacks contacts for ${year} or the year before`,
  previousContactsZero: () => "the previous year's contacts are 0",
  noLookedAfter: (year: string) =>
    `the workbook lacks children looked after at 31 March for ${year} or the year before`,
  previousFigureZero: () => "the previous year's figure is 0",
  noTransferRate: (date: string) => `no National Transfer Scheme rate applies on ${date}`,
  noUascLookedAfter: (year: string) => `the workbook has no looked-after UASC figure from ${year} on`,
  noAssessments: (year: string) => `the workbook has no assessments for ${year}`,
  noPublishedRate: (indicator: string, council: string, year: string) =>
    `DfE published no ${indicator} for ${council} in ${year}`,
} as const satisfies Record<string, (...args: never[]) => string>;

/** The note for a headline left out. */
export function headlineLeftOut(id: HeadlineId, reason: string): string {
  return `${HEADLINE_TOPICS[id]}: not stated, because ${reason}.`;
}

/**
 * The note for a table left out.
 * @param topic what the table shows ("Child and Family Assessments").
 * @param periods the labels of its window, oldest first: worded "2015-16 to 2019-20", or
 *   "2021-22" alone for a window of one period (never "2021-22 to 2021-22").
 */
export function tableLeftOut(topic: string, periods: readonly string[]): string {
  const first = periods[0] ?? "";
  const last = periods[periods.length - 1] ?? first;
  const window = first === last ? first : `${first} to ${last}`;
  return `${topic}: no figures in the workbook for ${window}, so the table is left out.`;
}

/**
 * The note for a comparison a change headline leaves out: DfE published no figure for the
 * comparator in the report year or the year before, so no change is stated for it (never guessed).
 * @param who the comparators worded ("England, the South East").
 */
export function comparisonLeftOut(who: string, year: string, previous: string): string {
  return `Comparison with ${who}: DfE published no figure for ${year} or ${previous}, so the headline does not compare with it.`;
}
