/**
 * The report's comparisons with DfE's published figures: comparator rows under a topic's table
 * (England, the region, the statistical neighbours' average, each per 10,000 children so that
 * councils of different size compare), a chart of the council against them, and the clause a
 * headline adds ("against a national increase of 2% in 2019-20"). A comparator with no figure
 * for a year is left blank with a note, never estimated.
 */
import type { HeadlineId, HeadlineReason } from "./left-out";
import {
  type Comparator,
  comparatorName,
  comparatorValue,
  compare,
  type BenchmarkDataset,
  ENGLAND,
  figure,
  lookup,
  indicatorById,
  type CouncilMatch,
  type CouncilNotFound,
  isMatch,
  matchCouncil,
} from "../benchmarks";
import { formatPeriod, parsePeriod } from "../dates";
import { chartFor } from "./charts";
import type { TableContent } from "./content";
import { pctChangeOrError, RATE_FORMAT, rateText, roundHalfUp } from "../indicators";
import { unlessError } from "../base";
import { formatValue } from "./format";
import type { PlanCell, TableRow } from "./plan";
import { TEMPLATES, direction, fill, listWords } from "./wording";

/** What the report compares with: the dataset, the council found in it and the comparators chosen. */
export interface ReportBenchmarks {
  readonly data: BenchmarkDataset;
  readonly match: CouncilMatch;
  readonly compare: readonly Comparator[];
}

/** The rate each topic's table is compared on. */
const TABLE_RATES: Readonly<Record<string, string>> = {
  childProtection: "cp_rate",
  lookedAfter: "cla_rate",
  contacts: "referrals_rate",
};

/** A rate cell in the house style ("45.0" beside "46.2", never "45"). */
const cell = (v: number | undefined): PlanCell => ({
  value: v ?? null,
  format: RATE_FORMAT,
  text: formatValue(v ?? null, RATE_FORMAT),
});

/** The financial year (startYear) of a header label, or undefined for a quarter ("2020-21 Q1 Apr-Jun"). */
function headerYear(label: string): number | undefined {
  const p = parsePeriod(label);
  return p?.kind === "year" ? p.startYear : undefined;
}

/** The comparator's row label: "England per 10,000 children". */
function rowLabel(b: ReportBenchmarks, which: Comparator | "council"): string {
  if (which === "council") return `${b.match.council.name} per 10,000 children (DfE)`;
  if (which === "neighbours") return "Statistical neighbours' average per 10,000";
  return `${comparatorName(b.match, which)} per 10,000 children`;
}

/**
 * The table with the council's published rate and the chosen comparators' rates as rows, a
 * chart of them, and notes for every comparator left blank in a year.
 */
export function withComparatorRows(t: TableContent, b: ReportBenchmarks): TableContent {
  const indicator = TABLE_RATES[t.id];
  if (!indicator || b.compare.length === 0) return t;
  const labels = t.header.slice(1);
  const years = labels.map(headerYear);
  const notes: string[] = [];
  const quarters = labels.filter((_, i) => years[i] === undefined);
  if (quarters.length > 0) notes.push(fill(TEMPLATES.comparatorQuarterNote, { periods: listWords(quarters) }));

  const councilCells = years.map((y) =>
    y === undefined ? cell(undefined) : cell(figure(b.data, indicator, b.match.council.code, y)),
  );
  const rows: TableRow[] = [{ label: rowLabel(b, "council"), cells: councilCells }];
  for (const which of b.compare) {
    const missing: string[] = [];
    const partial: string[] = [];
    const cells = years.map((y, i) => {
      if (y === undefined) return cell(undefined);
      const c = compare(b.data, b.match, indicator, y);
      const v = comparatorValue(c, which);
      if (v === undefined) missing.push(labels[i] ?? "");
      else if (which === "neighbours" && c.neighbours.published < c.neighbours.of)
        partial.push(`${labels[i] ?? ""} (${c.neighbours.published} of ${c.neighbours.of})`);
      return cell(v);
    });
    const label = rowLabel(b, which);
    if (missing.length > 0) notes.push(fill(TEMPLATES.comparatorMissing, { label, periods: listWords(missing) }));
    if (partial.length > 0) notes.push(fill(TEMPLATES.comparatorPartial, { periods: listWords(partial) }));
    rows.push({ label, cells });
  }
  const missingCouncil = labels.filter((l, i) => years[i] !== undefined && councilCells[i]?.value === null);
  if (missingCouncil.length > 0)
    notes.push(
      fill(TEMPLATES.comparatorMissing, { label: rowLabel(b, "council"), periods: listWords(missingCouncil) }),
    );
  notes.push(fill(TEMPLATES.comparatorSource, { model: b.data.neighbourModel }));

  const first = t.rows.length;
  const allRows = [...t.rows, ...rows];
  const def = indicatorById(indicator);
  // The chart plots the comparator rows from their first year with a figure (charts.ts
  // plottedColumns): not the table's earlier years, nor its closing quarter, which DfE never has.
  const yearColumns = years.findIndex((y) => y === undefined);
  const chart = chartFor(
    { header: t.header, rows: allRows },
    {
      name: `CSC_chart_${t.id}_compare`,
      type: "LineMarkers",
      title: `${def?.label ?? indicator}: ${b.match.council.name} against ${listWords(b.compare.map((w) => comparatorName(b.match, w)))}`,
      // Years only: the chart stops before any quarter.
      categoryAxisTitle: "Financial year",
      valueAxisTitle: "Per 10,000 children",
      valueFormat: RATE_FORMAT,
      rows: rows.map((_, i) => first + i),
      ...(yearColumns >= 0 ? { upTo: yearColumns } : {}),
    },
  );
  // With no published figure in any of its years the chart would be empty axes: the notes say why.
  const charted = rows.some((r) => r.cells.some((c) => c.value !== null));
  return { ...t, rows: allRows, notes: [...t.notes, ...notes], charts: charted ? [...t.charts, chart] : t.charts };
}

/** A comparator's change from the year before, as a whole percent half up, or undefined. */
function comparatorChange(
  b: ReportBenchmarks,
  which: Comparator,
  indicator: string,
  startYear: number,
): number | undefined {
  if (which === "neighbours") {
    // The change in the neighbours' total, over the neighbours published in both years.
    let before = 0;
    let now = 0;
    for (const n of b.match.neighbours) {
      const x = figure(b.data, indicator, n.code, startYear - 1);
      const y = figure(b.data, indicator, n.code, startYear);
      if (x === undefined || y === undefined) continue;
      before += x;
      now += y;
    }
    return before > 0 ? unlessError(pctChangeOrError(before, now)) : undefined;
  }
  const code = which === "england" ? ENGLAND : b.match.region?.code;
  if (!code) return undefined;
  const [x, y] = [lookup(b.data, indicator, code, startYear - 1), lookup(b.data, indicator, code, startYear)];
  return "value" in x && "value" in y ? unlessError(pctChangeOrError(x.value, y.value)) : undefined;
}

const NAMES: Readonly<Record<Comparator, (b: ReportBenchmarks) => string>> = {
  england: () => "national",
  region: (b) => b.match.region?.name ?? "regional",
  neighbours: () => "statistical neighbour",
};

/**
 * The clause a change headline adds: " against a national increase of 2% and a South East
 * increase of 1% in 2019-20", from DfE's counts for the year and the year before. Comparators
 * without both years are left out and named in `missing`.
 */
export function changeClause(
  b: ReportBenchmarks,
  indicator: string,
  startYear: number,
): { readonly text: string; readonly missing: readonly string[] } {
  const parts: string[] = [];
  const missing: string[] = [];
  for (const which of b.compare) {
    const share = comparatorChange(b, which, indicator, startYear);
    if (share === undefined) {
      missing.push(comparatorName(b.match, which));
      continue;
    }
    const pct = roundHalfUp(Math.abs(share) * 100, 0);
    parts.push(
      fill(TEMPLATES.comparatorChange[direction(pct === 0 ? 0 : share)], { who: NAMES[which](b), pct: `${pct}%` }),
    );
  }
  const text = parts.length > 0 ? `, against ${listWords(parts)} in ${formatPeriod({ kind: "year", startYear })}` : "";
  return { text, missing };
}

/** What a rate headline says each comparator is: "43.7 in England", "37.0 among its statistical neighbours". */
function rateWords(b: ReportBenchmarks, which: Comparator, v: number): string {
  const rate = rateText(v);
  if (which === "neighbours") return `${rate} among its statistical neighbours`;
  if (which === "england") return `${rate} in England`;
  const region = b.match.region?.name ?? "region";
  // "in the South East", "in the East of England", but "in London", "in Yorkshire and The Humber".
  return `${rate} in ${/^(London|Yorkshire)/.test(region) ? "" : "the "}${region}`;
}

/** The topics of the rate headlines. */
const RATE_HEADLINES = [
  { id: "cpRateComparison", indicator: "cp_rate", what: "children on a child protection plan" },
  { id: "claRateComparison", indicator: "cla_rate", what: "children looked after" },
] as const;

/**
 * "At 31 March 2020 Hampshire had 33.6 children on a child protection plan per 10,000 children
 * (DfE), against 43.7 in England, ...": the council's published rate in the report year beside
 * the chosen comparators; left out (with the reason) when DfE published none for the council.
 */
export function rateHeadlines(
  b: ReportBenchmarks,
  startYear: number,
): (
  | { id: HeadlineId; text: string; figures: Record<string, string | number> }
  | { id: HeadlineId; omitted: HeadlineReason }
)[] {
  const year = formatPeriod({ kind: "year", startYear });
  return RATE_HEADLINES.map(({ id, indicator, what }) => {
    const c = compare(b.data, b.match, indicator, startYear);
    if (!("value" in c.council))
      return {
        id,
        omitted: {
          code: "no-published-rate",
          params: { indicator: indicator.replace("_", " "), council: b.match.council.name, year },
        },
      };
    const against = b.compare.flatMap((w) => {
      const v = comparatorValue(c, w);
      return v === undefined ? [] : [rateWords(b, w, v)];
    });
    const figures = {
      date: `31 March ${startYear + 1}`,
      la: b.match.council.name,
      rate: rateText(c.council.value),
      what,
      against: against.length > 0 ? `, against ${listWords(against)}` : "",
      year,
    };
    return { id, text: fill(TEMPLATES.rateComparison, figures), figures };
  });
}

/**
 * The comparisons for a report: the Settings' council found in the dataset, with the comparators
 * chosen; or the message (with suggestions) when the council is not in DfE's list.
 */
export function reportBenchmarks(
  data: BenchmarkDataset,
  localAuthority: string,
  compareWith: readonly Comparator[],
  from?: string,
): ReportBenchmarks | CouncilNotFound {
  const m = matchCouncil(data, localAuthority, from);
  return isMatch(m) ? { data, match: m, compare: compareWith } : m;
}
