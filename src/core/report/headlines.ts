/**
 * The headline sentences' figures, computed from the datasets; wording comes from
 * `wording.ts`. Percentages are whole percents rounded half up, as the reports round
 * ("209%", "21%", "4% (62)"); percentage change is (new - old) / old, as the
 * reports compute it (see docs/domain.md).
 */
import {
  type FinancialYear,
  formatPeriod,
  periodEndSerial,
  periodOrdinal,
  type Quarter,
  samePeriod,
  type Serial,
} from "../dates";
import type { PerformanceData } from "../workbook";
import { pctChangeOrError, percentText, roundHalfUp, ntsRate, uascQuota } from "../indicators";
import { unlessError } from "../base";
import { formatValue } from "./format";
import { TEMPLATES, changePercentText, direction, fill, longDate, monthYear } from "./wording";
import type { HeadlineId, HeadlineReason } from "./left-out";

/** A headline before placement, or why it is left out. */
export type HeadlineResult =
  | { readonly id: HeadlineId; readonly text: string; readonly figures: Readonly<Record<string, number | string>> }
  | { readonly id: HeadlineId; readonly omitted: HeadlineReason };

const count = (n: number): string => formatValue(n, "#,##0");
/** Whole percent of a share, half up, of its size: 2.088 -> 209. */
const wholePct = (share: number): number => roundHalfUp(Math.abs(share) * 100, 0);

/**
 * A change between two counts as the headlines say it: the direction (with "fromNone" when
 * the earlier count is 0, which no percentage can grow from), the whole percent and its words
 * ("21%", "less than 1%").
 */
function countChange(before: number, now: number) {
  if (before === now) return { direction: "same", pct: "0%", pctValue: 0 } as const;
  const share = unlessError(pctChangeOrError(before, now));
  if (share === undefined) return { direction: "fromNone", pct: "", pctValue: 0 } as const;
  const pct = wholePct(share);
  return { direction: direction(share), pct: changePercentText(pct, share), pctValue: pct } as const;
}

/**
 * UASC care leavers' change from the first quarter in the workbook with a figure (June 2017
 * in the sample: both reports say "since June 2017") to the last quarter of the report's
 * window (the June after the report year).
 */
export function uascChange(data: PerformanceData, windowEnd: Quarter): HeadlineResult {
  const id: HeadlineId = "uascCareLeaversChange";
  const withFigure = data.uasc.filter(
    (u) => u.careLeavers !== undefined && periodOrdinal(u.quarter) <= periodOrdinal(windowEnd),
  );
  const base = withFigure[0];
  const end = data.uasc.find((u) => samePeriod(u.quarter, windowEnd));
  if (!base || base.careLeavers === undefined) return { id, omitted: { code: "no-care-leavers", params: {} } };
  if (!end || end.careLeavers === undefined)
    return { id, omitted: { code: "no-care-leavers-at", params: { quarter: formatPeriod(windowEnd) } } };
  if (samePeriod(base.quarter, windowEnd)) return { id, omitted: { code: "no-earlier-figure", params: {} } };
  const c = countChange(base.careLeavers, end.careLeavers);
  const figures = {
    pct: c.pct,
    pctValue: c.pctValue,
    base: count(base.careLeavers),
    end: count(end.careLeavers),
    baseMonth: monthYear(periodEndSerial(base.quarter)),
    endDate: longDate(periodEndSerial(windowEnd)),
    direction: c.direction,
  };
  return { id, text: fill(TEMPLATES.uascChange[c.direction], figures), figures };
}

/** Contacts in the report year against the year before ("21% higher" for 2021-22). */
export function contactsChange(data: PerformanceData, year: FinancialYear): HeadlineResult {
  const id: HeadlineId = "contactsChange";
  const now = data.contacts.find((c) => c.year.startYear === year.startYear);
  const before = data.contacts.find((c) => c.year.startYear === year.startYear - 1);
  if (!now || !before) return { id, omitted: { code: "no-contacts", params: { year: formatPeriod(year) } } };
  const c = countChange(before.contacts, now.contacts);
  const figures = {
    pct: c.pct,
    pctValue: c.pctValue,
    base: count(before.contacts),
    end: count(now.contacts),
    baseDate: longDate(periodEndSerial(before.year)),
    endDate: longDate(periodEndSerial(year)),
    direction: c.direction,
  };
  return { id, text: fill(TEMPLATES.contactsChange[c.direction], figures), figures };
}

/**
 * Children looked after at 31 March of the report year against a year earlier ("a 4% (62) decrease" for 2019-20).
 * @param comparison the comparators' change in the same year, worded (", against a national
 *   increase of 2% in 2019-20"), when the report compares; it is also a figure (`comparison`).
 */
export function lookedAfterChange(data: PerformanceData, year: FinancialYear, comparison?: string): HeadlineResult {
  const id: HeadlineId = "lookedAfterChange";
  const at = (y: number) => data.lookedAfter.find((l) => l.period.kind === "year" && l.period.startYear === y);
  const now = at(year.startYear);
  const before = at(year.startYear - 1);
  if (!now || !before)
    return {
      id,
      omitted: { code: "no-looked-after", params: { year: formatPeriod(year) } },
    };
  const c = countChange(before.lookedAfter, now.lookedAfter);
  const diff = Math.abs(now.lookedAfter - before.lookedAfter);
  const figures = {
    pct: c.pct,
    pctValue: c.pctValue,
    diff: count(diff),
    diffValue: diff,
    base: count(before.lookedAfter),
    end: count(now.lookedAfter),
    year: formatPeriod(year),
    baseDate: longDate(periodEndSerial(before.period)),
    endDate: longDate(periodEndSerial(now.period)),
    direction: c.direction,
  };
  const text = fill(TEMPLATES.lookedAfterChange[c.direction], { ...figures, against: comparison ?? "" });
  return { id, text, figures: comparison === undefined ? figures : { ...figures, comparison } };
}

/** "0.07%" / "0.1%": a rate as the NTS protocol writes it (the house style keeps two decimals below 1%). */
function rateText(rate: number): string {
  return percentText(rate);
}

/** The NTS threshold on `asOf`: rate x under-18 population (NTS protocol; ONS mid-year estimate). */
export function quota(data: PerformanceData, asOf: Serial): HeadlineResult {
  const id: HeadlineId = "uascQuota";
  const s = data.settings;
  // The workbook's NTS rate setting, when given, replaces the protocol's rate for the date.
  const rate = s.ntsRate ?? ntsRate(asOf);
  const q = unlessError(uascQuota(s.under18Population, asOf, s.ntsRate));
  if (rate === undefined || q === undefined)
    return { id, omitted: { code: "no-transfer-rate", params: { date: longDate(asOf) } } };
  const figures = {
    rate: rateText(rate),
    rateValue: rate,
    quota: count(q),
    quotaValue: q,
    population: count(s.under18Population),
    populationYear: s.populationYear,
    asOfDate: longDate(asOf),
    la: s.localAuthority,
  };
  return { id, text: fill(TEMPLATES.uascQuota, figures), figures };
}

/**
 * The latest looked-after UASC figure from the report year's first quarter to the
 * September after it (the reports go to Cabinet in the autumn: "As of 30 September 2020 ... is 74").
 */
export function uascLookedAfter(data: PerformanceData, year: FinancialYear): HeadlineResult {
  const id: HeadlineId = "uascLookedAfter";
  const from = periodOrdinal({ kind: "quarter", endYear: year.startYear, endMonth: 6 });
  const to = periodOrdinal({ kind: "quarter", endYear: year.startYear + 1, endMonth: 9 });
  const latest = [...data.uasc]
    .reverse()
    .find((u) => u.lookedAfter !== undefined && periodOrdinal(u.quarter) >= from && periodOrdinal(u.quarter) <= to);
  if (!latest || latest.lookedAfter === undefined)
    return { id, omitted: { code: "no-uasc-looked-after", params: { year: formatPeriod(year) } } };
  const figures = {
    asOfDate: longDate(periodEndSerial(latest.quarter)),
    la: data.settings.localAuthority,
    count: count(latest.lookedAfter),
    countValue: latest.lookedAfter,
  };
  return { id, text: fill(TEMPLATES.uascLookedAfter, figures), figures };
}

/** Assessment timeliness in the report year, with the year before when recorded (Working Together: 45 working days). */
export function timeliness(data: PerformanceData, year: FinancialYear): HeadlineResult {
  const id: HeadlineId = "timeliness";
  const now = data.assessments.find((a) => a.year.startYear === year.startYear);
  if (!now) return { id, omitted: { code: "no-assessments", params: { year: formatPeriod(year) } } };
  const before = data.assessments.find((a) => a.year.startYear === year.startYear - 1);
  const figures: Record<string, string | number> = {
    pct: percentText(now.timeliness),
    count: count(now.completed),
    year: formatPeriod(year),
    limit: data.settings.timelinessLimit,
  };
  if (!before) return { id, text: fill(TEMPLATES.timeliness.first, figures), figures };
  figures.previousPct = percentText(before.timeliness);
  figures.previousYear = formatPeriod(before.year);
  return { id, text: fill(TEMPLATES.timeliness.compared, figures), figures };
}
