/**
 * The wording of every issue, kept apart from the rules (as zod keeps its locale files):
 * a rule yields a code and parameters, this file says it in plain English for a
 * performance officer. To reword an issue, change it here only.
 */
import type { FindingOf, InternalStep, Issue, IssueCode, IssueParams, ZeroSetting } from "./issues";
import { ASSESSMENT_WORKING_DAYS, formatNumber } from "../base";
import { LAYOUT } from "./layout";

/** A code's wording: a message (what is wrong) and a hint (how to fix it), from its parameters. */
export interface Wording<C extends IssueCode> {
  readonly message: (p: IssueParams[C]) => string;
  readonly hint: (p: IssueParams[C]) => string;
}

/** The wording of every code, each typed by its own parameters. */
export type Catalogue = { readonly [C in IssueCode]: Wording<C> };

/** A number with thousands separators ("16,020"); text as written. */
function t(v: string | number): string {
  return typeof v === "number" ? formatNumber(v) : v;
}

/**
 * A table in an officer's words: a table of the layout by its sheet and what it holds ("the
 * Looked After table"), never by its Excel name (tblLookedAfter), which only the hints that
 * ask for it spell out; a table of the officer's own by the name they gave it.
 */
function tableWords(table: string): string {
  const spec = LAYOUT.find((d) => d.table.toLowerCase() === table.toLowerCase());
  return spec ? `the ${spec.sheet} table` : `the table "${table}"`;
}

/** What a setting of 0 does to the report, by setting key. */
const ZERO_EFFECT: Readonly<Record<ZeroSetting, string>> = {
  timelinessLimit: "no assessment can be completed within 0 working days, so every one would count as late",
  under18Population: "the UASC threshold and every rate per 10,000 children need the population",
  ntsRate: "the National Transfer Scheme threshold would be 0 children, so any UASC would be above it",
};

/** How to fix a setting of 0, by setting key. */
const ZERO_HINT: Readonly<Record<ZeroSetting, string>> = {
  timelinessLimit: `type the limit in working days: ${ASSESSMENT_WORKING_DAYS} (Working Together to Safeguard Children)`,
  under18Population: "type the authority's under-18 population from the ONS mid-year estimate (e.g. 274,300)",
  ntsRate:
    "leave the cell blank to use the NTS protocol's rate (0.1% from 24 August 2022), or type the rate with a % sign",
};

/** English wording for every code. */
export const EN: Catalogue = {
  "sheet-missing": {
    message: (p) => `sheet "${t(p.sheet)}" not found`,
    hint: (p) =>
      `add a sheet named "${t(p.sheet)}" holding an Excel table named "${t(p.table)}" with the headers ${t(p.headers)} (Set up workbook adds one), or give a renamed sheet its name back`,
  },
  "table-missing": {
    message: (p) => `no ${tableWords(p.table).slice(4)} and no header row starting "${t(p.header)}" on this sheet`,
    hint: (p) =>
      `put the header row ${t(p.headers)} in row 1 from A1 and format it as an Excel table named "${t(p.table)}"`,
  },
  "table-renamed": {
    message: (p) => `${tableWords(p.table)} here is named "${t(p.found)}"`,
    hint: (p) => `rename it "${t(p.table)}" (Table Design > Table Name) so it is found even if the sheet is renamed`,
  },
  "no-table": {
    message: (p) => `the ${t(p.sheet)} figures are a plain block of cells, not an Excel table`,
    hint: (p) => `select the block, choose Insert > Table (my table has headers) and name the table "${t(p.table)}"`,
  },
  "table-duplicate": {
    message: (p) =>
      `a second table of ${t(p.sheet)} figures: "${t(p.found)}" has the same headers, but only ${tableWords(p.used)} (${t(p.usedAt)}) is read`,
    hint: () =>
      "keep the figures in one table: copy any newer rows into the table that is read, then delete this one or change its headers",
  },
  "table-name-duplicate": {
    message: (p) =>
      `this table has the same name as the one the ${t(p.sheet)} figures are read from (at ${t(p.usedAt)}), so it is not read`,
    hint: () =>
      "give this table another name (Table Design > Table Name), or move any newer rows into the table that is read and delete this one",
  },
  "column-missing": {
    message: (p) => `column "${t(p.column)}" not found in ${tableWords(p.table)}`,
    hint: (p) =>
      `the headers here are ${t(p.headers)}; add a column headed "${t(p.column)}" or give a renamed header its name back`,
  },
  // The officer linked these figures to a table of their own in "Use my own tables": say so in
  // those words, never by the defined name or its formula, which the officer never typed.
  "name-broken": {
    message: (p) => `the ${t(p.sheet)} figures are linked to a table of your own that is no longer in this workbook`,
    hint: (p) =>
      `choose the table again in the pane's "Use my own tables", or remove the link there to use ${tableWords(p.table)}`,
  },
  "name-headers": {
    message: (p) => `your own table for the ${t(p.sheet)} figures has no "${t(p.column)}"`,
    hint: (p) =>
      `its headers are ${t(p.headers)}; name a measure "${t(p.column)}", or choose which column it is in the pane's "Use my own tables"`,
  },
  "no-data": {
    message: (p) => `${tableWords(p.table)} has no rows of figures`,
    hint: (p) =>
      p.across
        ? "add a column for each period, oldest first, with the period in the header row"
        : "add a row under the header for each period, oldest first",
  },
  "setting-missing": {
    message: (p) => `setting "${t(p.setting)}" not found`,
    hint: (p) => `add a row to the Settings table with "${t(p.setting)}" in the Setting column and its value beside it`,
  },
  "setting-default": {
    message: (p) => `setting "${t(p.setting)}" is not set, so ${t(p.value)} is used`,
    hint: (p) => `add a row "${t(p.setting)}" to the Settings table with the value your authority uses`,
  },
  "setting-duplicate": {
    message: (p) =>
      p.same
        ? `setting "${t(p.setting)}" is given twice (first at ${t(p.firstCell)})`
        : `setting "${t(p.setting)}" is given twice with different values: ${t(p.value)} here, ${t(p.firstValue)} at ${t(p.firstCell)}, which is the one read`,
    hint: () => "keep one row for each setting: delete the other row or correct its label",
  },
  "setting-zero": {
    message: (p) => `setting "${t(p.setting)}" is 0: ${ZERO_EFFECT[p.key]}`,
    hint: (p) => ZERO_HINT[p.key],
  },
  "setting-too-long": {
    message: (p) =>
      `setting "${t(p.setting)}" is ${t(p.length)} characters long, more than ${t(p.max)}: the report prints it in every page's header and footer, where Excel allows 255 characters in all`,
    hint: (p) => `type the council's name alone, in ${t(p.max)} characters or fewer, as DfE publishes it`,
  },
  "nts-rate-high": {
    message: (p) =>
      `setting "${t(p.setting)}" is ${t(p.shown)}, above ${t(p.max)}: the NTS protocol's rates are 0.07% (from 1 July 2016) and 0.1% (from 24 August 2022)`,
    hint: (p) =>
      `if you meant ${t(p.meant)}, type it with the % sign (${t(p.meant)}); or leave the cell blank to use the protocol's rate for each date`,
  },
  "population-implausible": {
    message: (p) =>
      `the under-18 population is ${t(p.shown)}, far outside English councils' (ONS: about 400 in the Isles of Scilly to about 350,000 in Kent)`,
    hint: () =>
      "type the council's own under-18 population from the ONS mid-year estimate (persons aged 0 to 17), in full, e.g. 274,300 rather than 274.3",
  },
  "population-old": {
    message: (p) =>
      `the under-18 population is the mid-${t(p.estimateYear)} estimate, ${t(p.age)} years before the ${t(p.reportYear)} report year (more than ${t(p.limit)})`,
    hint: () =>
      "ONS publishes a mid-year population estimate every year: use the latest (ONS mid-year estimates, persons aged 0 to 17) and update both settings",
  },
  blank: {
    message: (p) =>
      "first" in p
        ? `value missing for ${t(p.what)}; every ${t(p.kindNoun)} from ${t(p.first)} needs a figure`
        : `${t(p.column)} missing for ${t(p.what)}`,
    hint: (p) => `type the ${t(p.column)} for ${t(p.what)} in this cell`,
  },
  "formula-not-calculated": {
    message: (p) =>
      `${t(p.column)} for ${t(p.what)} is a formula whose result the file does not hold, so its figure cannot be read`,
    hint: () =>
      "open the workbook in Excel (or LibreOffice) and save it, so each formula's result is stored with it: the file was written by a program that does not calculate",
  },
  "number-as-text": {
    message: (p) => `number stored as text: "${t(p.value)}" in ${t(p.column)} for ${t(p.what)}`,
    hint: (p) => `retype it as the number ${t(p.number)} (no spaces or quote mark), or use Excel's "Convert to Number"`,
  },
  "not-a-number": {
    message: (p) => `"${t(p.value)}" is not a number (${t(p.column)} for ${t(p.what)})`,
    hint: (p) => `type the ${t(p.column)} figure as a number`,
  },
  negative: {
    message: (p) => `${t(p.column)} for ${t(p.what)} is negative (${t(p.value)})`,
    hint: () => "a count cannot be below 0: check the sign and the source figure",
  },
  "not-integer": {
    message: (p) => `${t(p.column)} for ${t(p.what)} is not a whole number (${t(p.value)})`,
    hint: () => "counts of children, assessments and contacts are whole numbers: check the source figure",
  },
  "date-in-count": {
    message: (p) =>
      `${t(p.column)} for ${t(p.what)} is formatted as a date (${t(p.date)}), so the count would be read as ${t(p.value)}`,
    hint: () =>
      "format the cell as a number (Home > Number Format > Number) and type the count; a date in this column is a slip",
  },
  "share-out-of-range": {
    message: (p) => `${t(p.column)} for ${t(p.what)} is ${t(p.shown)}, outside 0% to 100%`,
    hint: () => "type the percentage with a % sign (92.6%), or as a share between 0 and 1 (0.926)",
  },
  "date-unreadable": {
    message: (p) => `"${t(p.value)}" in ${t(p.column)} for ${t(p.what)} is not a date`,
    hint: () => "use an Excel date or text such as 01/04/2020 (day first) or 2020-04-01",
  },
  "date-before-1900": {
    message: (p) => `${t(p.value)} in ${t(p.column)} for ${t(p.what)} is ${t(p.date)}, before 1 March 1900`,
    hint: () =>
      "check the year: no record here is that old (a year typed with two digits, or a number in a date column, reads so); dates are read from 1 March 1900",
  },
  "end-before-start": {
    message: (p) => `${t(p.end)} (${t(p.endDate)}) is before ${t(p.start)} (${t(p.startDate)}) for ${t(p.what)}`,
    hint: () => "check both dates: an assessment cannot be completed before the referral",
  },
  "period-unreadable": {
    message: (p) =>
      p.date ? `the date ${t(p.value)} is not a ${t(p.kindNoun)}` : `"${t(p.value)}" is not a ${t(p.kindNoun)}`,
    hint: (p) =>
      p.date
        ? "Excel holds this cell as a date: format it as Text (Home > Number Format > Text) and type the period, e.g. 2019-20 or Jun-2017"
        : "write financial years as 2019-20 (or 2019/20) and quarters as Jun-2017, Apr-Jun 2019 or 2020-21 Q1, typed as text",
  },
  "period-wrong-kind": {
    message: (p) => `${t(p.value)} is a ${t(p.found)}, but this column holds ${t(p.kindNoun)}s`,
    hint: (p) => `write a ${t(p.kindNoun)} here (for example ${t(p.example)})`,
  },
  "period-as-date": {
    message: (p) =>
      `the date ${t(p.value)} is read as the financial year ${t(p.period)}: Excel turned the label into a date`,
    hint: (p) =>
      `format the column as Text (Home > Number Format > Text) and type ${t(p.period)} again, so Excel keeps it as written`,
  },
  "period-duplicate": {
    message: (p) => `${t(p.period)} appears twice (first at ${t(p.firstCell)})`,
    hint: () => "keep one row per period: delete or correct the repeated one",
  },
  "period-missing": {
    message: (p) =>
      p.count === 1
        ? `no row for ${t(p.from)} after ${t(p.after)}`
        : `no rows for ${t(p.from)} to ${t(p.to)} (${t(p.count)} ${t(p.kindNoun)}s) after ${t(p.after)}`,
    hint: (p) => `insert a row after this one for each missing ${t(p.kindNoun)}; the sequence must run without gaps`,
  },
  "period-order": {
    message: (p) => `${t(p.period)} comes after ${t(p.previous)}: out of order`,
    hint: () => "sort the table by period, oldest first",
  },
  "part-above-whole": {
    message: (p) => `${t(p.part)} (${t(p.partValue)}) is more than ${t(p.whole)} (${t(p.wholeValue)}) for ${t(p.what)}`,
    hint: (p) => `${t(p.part)} counts some of the ${t(p.whole)}: check both figures`,
  },
  "timeliness-mismatch": {
    message: (p) =>
      `timeliness for ${t(p.what)} is ${t(p.stated)}, but ${t(p.within)} of ${t(p.completed)} within the limit is ${t(p.computed)}`,
    hint: () => "correct the timeliness or the counts so they agree (allowing for rounding to 1%)",
  },
  "share-without-count": {
    message: (p) =>
      `${t(p.column)} for ${t(p.what)} is ${t(p.stated)}, but ${t(p.count)} is 0: a share of nothing cannot be stated`,
    hint: (p) => `check ${t(p.count)} for ${t(p.what)}; if none were completed, leave ${t(p.column)} blank`,
  },
  "log-timeliness-mismatch": {
    message: (p) =>
      `timeliness for ${t(p.what)} is ${t(p.stated)}, but the assessment log gives ${t(p.computed)} (${t(p.within)} of ${t(p.completed)} completed within ${t(p.limit)} working days)`,
    hint: () => "check the summary figure against the log; a log that does not cover the whole year will differ",
  },
  "uasc-above-quota": {
    message: (p) =>
      `${t(p.value)} UASC looked after at ${t(p.what)} is above the National Transfer Scheme threshold of ${t(p.quota)} (${t(p.rate)} of ${t(p.population)} under-18s)`,
    hint: () =>
      "above the threshold the authority may ask for new arrivals to be transferred; check the figure and the under-18 population setting",
  },
  "published-differs": {
    message: (p) =>
      `${t(p.what)} differ from DfE's published figures for ${t(p.council)} (${t(p.source)}) in ${p.count === 1 ? "1 year" : `${t(p.count)} years`}: ${t(p.years)}`,
    hint: () =>
      "a gap this size usually means something else is counted (a local count against the statutory return's definition); correct the figures, or say in the report how they are counted",
  },
  "published-close": {
    message: (p) =>
      `${p.count === 1 ? "1 figure is" : `${t(p.count)} figures are`} within a child or two of DfE's published figures for ${t(p.council)}: ${t(p.list)}`,
    hint: () =>
      "differences this small come from records added or corrected after the return, and DfE revises its tables; no action is needed unless you expected them to agree",
  },
  "report-year-missing": {
    message: (p) => `${tableWords(p.table)} has no figures for the report year ${t(p.year)}`,
    hint: (p) => `add the ${t(p.year)} ${t(p.noun)} after the last ${t(p.line)}, or check the Report year setting`,
  },
  "trend-jump": {
    message: (p) =>
      "points" in p
        ? `${t(p.column)} ${p.direction} by ${t(p.points)} percentage points from ${t(p.previous)} (${t(p.previousValue)}) to ${t(p.what)} (${t(p.value)}), more than the ${t(p.threshold)} percentage point threshold`
        : `${t(p.column)} ${p.direction} by ${t(p.change)} from ${t(p.previous)} (${t(p.previousValue)}) to ${t(p.what)} (${t(p.value)}), more than the ${t(p.threshold)} threshold`,
    hint: () => "check for a typing slip (an extra or missing digit); if the figure is right, no action is needed",
  },
  "more-issues": {
    message: (p) => `and ${t(p.count)} more "${t(p.code)}" issues in this column`,
    hint: () => "fix the ones listed and validate again",
  },
  "internal-error": {
    message: (p) =>
      `the add-in failed while ${STEP_WORDS[p.step]}: this is a fault in the add-in, not in your workbook, so no report is made until it is fixed`,
    hint: () =>
      "send this message and the add-in's version (shown at the foot of the task pane) to whoever supports the add-in; do not send the workbook, which holds children's records",
  },
};

/** What the add-in was doing at each step, for an internal error. */
const STEP_WORDS: Readonly<Record<InternalStep, string>> = {
  locate: "finding the data tables",
  settings: "reading the Settings",
  table: "reading this sheet's table",
  rows: "checking the figures within each row",
  trends: "checking the trends between periods",
  "report-year": "checking the report year's figures",
  "uasc-quota": "checking UASC against the National Transfer Scheme threshold",
  published: "comparing the figures with DfE's published figures",
  log: "reading the assessment log",
  "log-timeliness": "checking the timeliness against the assessment log",
  data: "gathering the checked figures for the report",
  report: "planning the report",
};

/** Turns a rule's finding into an issue with its wording. */
export function renderFinding<C extends IssueCode>(f: FindingOf<C>, wording: Catalogue = EN): Issue {
  const w: Wording<C> = wording[f.code];
  return {
    code: f.code,
    severity: f.severity,
    sheet: f.sheet,
    cell: f.cell,
    message: w.message(f.params),
    hint: w.hint(f.params),
  };
}
