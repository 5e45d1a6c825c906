/**
 * The report's sentences as templates, kept apart from the figures (as zod keeps its
 * messages in locale files): a builder computes the figures, `fill` puts them in. Wording
 * follows the Cabinet reports (Hampshire Annual Safeguarding Report 2019-20 and 2021-22).
 */
import { MONTH_NAMES, ymdFromSerial, type Serial } from "../dates";
import { percentText } from "../indicators";

/** Headline and note templates; `{name}` is replaced by a figure. */
export const TEMPLATES = {
  uascChange: {
    up: "There has been a {pct} increase in the number of UASC care leavers since {baseMonth} ({base}).",
    down: "There has been a {pct} decrease in the number of UASC care leavers since {baseMonth} ({base}).",
    same: "The number of UASC care leavers at {endDate} ({end}) is the same as in {baseMonth} ({base}).",
    // No percentage grows from nothing: the counts are said instead.
    fromNone: "The number of UASC care leavers rose from none in {baseMonth} to {end} at {endDate}.",
  },
  contactsChange: {
    up: "The total number of contacts as at {endDate} is {pct} higher than the total received at {baseDate}.",
    down: "The total number of contacts as at {endDate} is {pct} lower than the total received at {baseDate}.",
    same: "The total number of contacts as at {endDate} ({end}) is the same as the total received at {baseDate}.",
    fromNone: "The total number of contacts as at {endDate} is {end}, against none received at {baseDate}.",
  },
  // {against}: the comparators' change in the same year (", against a national increase of 2%
  // in 2019-20"), or nothing.
  lookedAfterChange: {
    up: "Children looked after: {year} saw a {pct} ({diff}) increase, from {base} at {baseDate} to {end} at {endDate}{against}.",
    down: "Children looked after: {year} saw a {pct} ({diff}) decrease, from {base} at {baseDate} to {end} at {endDate}{against}.",
    same: "Children looked after: {year} saw no change, {end} at {endDate} as at {baseDate}{against}.",
    fromNone: "Children looked after: {year} saw {end} at {endDate}, against none at {baseDate}{against}.",
  },
  uascQuota:
    "At {asOfDate} the National Transfer Scheme threshold is {rate} of the under-18 population ({population}, ONS mid-year estimate {populationYear}): {rate} equates to {quota} for {la}.",
  uascLookedAfter: "As of {asOfDate} the total number of UASC (under 18 years) looked after by {la} is {count}.",
  timeliness: {
    first:
      "{pct} of the {count} Child and Family Assessments completed in {year} were completed within {limit} working days.",
    compared:
      "{pct} of the {count} Child and Family Assessments completed in {year} were completed within {limit} working days ({previousPct} in {previousYear}).",
  },
  reportTitle: "{la}: Annual Safeguarding Report, Children's Services {year}",
  sourceNote:
    "Generated from the performance workbook for {year}. Quarters are labelled {styleExample}. Counts and rates are as recorded in the workbook's tables.",
  gapNote: "No figure in the workbook for {periods}: the cell is left blank.",
  comparatorQuarterNote: "DfE publishes yearly figures only, so the comparator rows are blank for {periods}.",
  comparatorMissing: "{label}: DfE published no figure for {periods}, so the cell is left blank.",
  comparatorPartial:
    "Statistical neighbours' average for {periods}: the neighbours DfE published a figure for (of the ten).",
  comparatorSource:
    "Comparators: DfE's published statistics (children in need census, children looked after return), rates per 10,000 children; neighbours from the {model}. Contains public sector information licensed under the Open Government Licence v3.0.",
  rateComparison: "At {date} {la} had {rate} {what} per 10,000 children (DfE, {year}){against}.",
  comparatorChange: {
    up: "a {who} increase of {pct}",
    down: "a {who} decrease of {pct}",
    same: "no {who} change",
  },
  trend: {
    up: "{series} rose from {first} in {firstPeriod} to {last} in {lastPeriod}.",
    down: "{series} fell from {first} in {firstPeriod} to {last} in {lastPeriod}.",
    same: "{series} was {last} in both {firstPeriod} and {lastPeriod}.",
    single: "{series} was {last} in {lastPeriod}.",
    peak: " The highest was {peak} in {peakPeriod}.",
  },
} as const;

/** Replaces each `{name}` in `template` with `figures[name]`; an unknown name is a programming error. */
export function fill(template: string, figures: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (_m, name: string) => {
    const v = figures[name];
    if (v === undefined) throw new Error(`template figure {${name}} missing`);
    return String(v);
  });
}

/** "up" / "down" / "same" from the sign of a change: picks increase, decrease or no change wording. */
export function direction(change: number): "up" | "down" | "same" {
  return change > 0 ? "up" : change < 0 ? "down" : "same";
}

/**
 * A percentage change as a headline says it: whole percents, and "less than 1%" for a change
 * that rounds to 0% but is not none, so a sentence never reads "0% lower".
 */
export function changePercentText(wholePercent: number, change: number): string {
  if (wholePercent === 0 && change !== 0) return "less than 1%";
  return percentText(wholePercent / 100);
}

/** "31 March 2022" for a date serial. */
export function longDate(serial: Serial): string {
  const { year, month, day } = ymdFromSerial(serial);
  return `${day} ${MONTH_NAMES[month - 1] ?? ""} ${year}`;
}

/** "June 2017" for a date serial. */
export function monthYear(serial: Serial): string {
  const { year, month } = ymdFromSerial(serial);
  return `${MONTH_NAMES[month - 1] ?? ""} ${year}`;
}

/** "2015-16, 2016-17 and 2017-18" from a list of labels. */
export function listWords(items: readonly string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} and ${items[items.length - 1] ?? ""}`;
}
