/**
 * Why a part of the report is left out, as a code with parameters (as validation findings
 * are: core/workbook/issues.ts), worded in one catalogue at the edge. A builder decides that
 * a table or headline has no figures to stand on and records the code; the plan's `omitted`
 * list carries the codes, and the report's "Not included" note, the slides, the pane and the
 * CLI word them with {@link leftOutMessage}. A topic with no figure in its window is left out
 * with a reason, never an error.
 */

/** The tables the report shows, by id (TableBlock.id). */
export type TableId = "assessments" | "childProtection" | "lookedAfter" | "contacts" | "uascCareLeavers";

/** The headlines the report states, by id (Headline.id). */
export type HeadlineId =
  | "uascCareLeaversChange"
  | "contactsChange"
  | "lookedAfterChange"
  | "timeliness"
  | "uascQuota"
  | "uascLookedAfter"
  | "cpRateComparison"
  | "claRateComparison";

/** A change headline's comparison with DfE's comparators, left out on its own. */
export type ComparisonId = `${HeadlineId}Comparison`;

/** Every left-out code, with what it leaves out (which decides the kind of id it takes). */
export const LEFT_OUT_CODES = {
  "table-no-figures": "table",
  "no-care-leavers": "headline",
  "no-care-leavers-at": "headline",
  "no-earlier-figure": "headline",
  "no-contacts": "headline",
  "no-looked-after": "headline",
  "no-transfer-rate": "headline",
  "no-uasc-looked-after": "headline",
  "no-assessments": "headline",
  "no-published-rate": "headline",
  "comparison-not-published": "comparison",
} as const satisfies Record<string, "table" | "headline" | "comparison">;

export type LeftOutCode = keyof typeof LEFT_OUT_CODES;

/** The id each kind of code leaves out. */
interface IdOfKind {
  readonly table: TableId;
  readonly headline: HeadlineId;
  readonly comparison: ComparisonId;
}

/**
 * The parameters of each code. Periods and dates come worded as the report labels them
 * ("2021-22", "Apr-Jun 2022", "30 June 2022"); the sentence around them is worded here only.
 */
export interface LeftOutParams {
  /** `periods`: the labels of the table's window, oldest first. */
  "table-no-figures": { readonly periods: readonly string[] };
  "no-care-leavers": Record<string, never>;
  "no-care-leavers-at": { readonly quarter: string };
  "no-earlier-figure": Record<string, never>;
  "no-contacts": { readonly year: string };
  "no-looked-after": { readonly year: string };
  "no-transfer-rate": { readonly date: string };
  "no-uasc-looked-after": { readonly year: string };
  "no-assessments": { readonly year: string };
  /** `indicator`: DfE's indicator as a reader says it ("cp rate"). */
  "no-published-rate": { readonly indicator: string; readonly council: string; readonly year: string };
  /** `who`: the comparators DfE has no figure for ("England", "the South East"). */
  "comparison-not-published": { readonly who: readonly string[]; readonly year: string; readonly previous: string };
}

/** One part left out: its id, why (the code) and the parameters the wording quotes. */
export interface LeftOutOf<C extends LeftOutCode> {
  readonly id: IdOfKind[(typeof LEFT_OUT_CODES)[C]];
  readonly code: C;
  readonly params: LeftOutParams[C];
}

/** Any part left out: one of the codes with that code's id kind and parameters. */
export type LeftOut = { [C in LeftOutCode]: LeftOutOf<C> }[LeftOutCode];

/** Why a headline is left out, before it is paired with its id. */
export type HeadlineReason = {
  [C in LeftOutCode]: (typeof LEFT_OUT_CODES)[C] extends "headline"
    ? { readonly code: C; readonly params: LeftOutParams[C] }
    : never;
}[LeftOutCode];

/** A single code, never a union of codes: a union would accept any one code's parameters. */
type One<C extends LeftOutCode, D extends LeftOutCode = C> = D extends unknown ? ([C] extends [D] ? C : never) : never;

/** A part left out, typed by its code. */
export function leftOut<C extends LeftOutCode>(
  id: LeftOutOf<C>["id"],
  code: C & One<C>,
  params: LeftOutParams[C],
): LeftOutOf<C> {
  return { id, code, params };
}

/** A headline left out for `why`. */
export function headlineLeftOut(id: HeadlineId, why: HeadlineReason): LeftOut {
  return { id, ...why };
}

/** What each table shows, for the note when it is left out. */
export const TABLE_TOPICS: Readonly<Record<TableId, string>> = {
  assessments: "Child and Family Assessments",
  childProtection: "Child Protection Plans",
  lookedAfter: "Children looked after",
  contacts: "Contacts and referrals",
  uascCareLeavers: "UASC care leavers",
};

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

/** A window worded: "2015-16 to 2019-20", or "2021-22" alone (never "2021-22 to 2021-22"). */
function windowWords(periods: readonly string[]): string {
  const first = periods[0] ?? "";
  const last = periods[periods.length - 1] ?? first;
  return first === last ? first : `${first} to ${last}`;
}

/** Why a headline is not stated: the clause after "because", per code. */
type HeadlineWording = {
  readonly [C in HeadlineReason["code"]]: (p: LeftOutParams[C]) => string;
};

const BECAUSE: HeadlineWording = {
  "no-care-leavers": () => "the workbook has no UASC care leavers figure",
  "no-care-leavers-at": (p) => `the workbook has no UASC care leavers figure for ${p.quarter}`,
  "no-earlier-figure": () => "there is no earlier figure to compare with",
  "no-contacts": (p) => `the workbook lacks contacts for ${p.year} or the year before`,
  "no-looked-after": (p) => `the workbook lacks children looked after at 31 March for ${p.year} or the year before`,
  "no-transfer-rate": (p) => `no National Transfer Scheme rate applies on ${p.date}`,
  "no-uasc-looked-after": (p) => `the workbook has no looked-after UASC figure from ${p.year} on`,
  "no-assessments": (p) => `the workbook has no assessments for ${p.year}`,
  "no-published-rate": (p) => `DfE published no ${p.indicator} for ${p.council} in ${p.year}`,
};

/** The wording of every code, each typed by its own id and parameters. */
const MESSAGES: { readonly [C in LeftOutCode]: (o: LeftOutOf<C>) => string } = {
  "table-no-figures": (o) =>
    `${TABLE_TOPICS[o.id]}: no figures in the workbook for ${windowWords(o.params.periods)}, so the table is left out.`,
  "no-care-leavers": headline,
  "no-care-leavers-at": headline,
  "no-earlier-figure": headline,
  "no-contacts": headline,
  "no-looked-after": headline,
  "no-transfer-rate": headline,
  "no-uasc-looked-after": headline,
  "no-assessments": headline,
  "no-published-rate": headline,
  // DfE published no figure for the comparator in the report year or the year before, so no
  // change is stated for it (never guessed).
  "comparison-not-published": (o) =>
    `Comparison with ${o.params.who.join(", ")}: DfE published no figure for ${o.params.year} or ${o.params.previous}, so the headline does not compare with it.`,
};

function headline<C extends HeadlineReason["code"]>(o: LeftOutOf<C>): string {
  const because: (p: LeftOutParams[C]) => string = BECAUSE[o.code];
  return `${HEADLINE_TOPICS[o.id as HeadlineId]}: not stated, because ${because(o.params)}.`;
}

/** The sentence the report, the slides, the pane and the CLI show for a part left out. */
export function leftOutMessage<C extends LeftOutCode>(o: LeftOutOf<C>): string {
  const words: (o: LeftOutOf<C>) => string = MESSAGES[o.code];
  return words(o);
}
