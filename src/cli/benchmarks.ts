/**
 * `csc-report benchmarks <la> [--year 2019-20]`: the council's published figures beside England,
 * its region and its statistical neighbours' average, for every indicator of the comparator
 * dataset (its latest year, or the year asked for). Exit 0, or 2 for a council not in DfE's
 * list (with the closest names); a bad --year is refused by its parser (./args.ts).
 */
import {
  comparatorValue,
  type Comparison,
  type IndicatorUnit,
  missingWords,
  yearLabel,
  type Lookup,
  isMatch,
  matchCouncil,
  summaryRows,
} from "../core/benchmarks";
import { formatNumber } from "../core/base";
import type { FinancialYear } from "../core/dates";
import { rateText, roundHalfUp } from "../core/indicators";
import { loadBenchmarks } from "./benchmarks-data";
import type { Io } from "./io";

/**
 * DfE's figures as the report shows them: a rate per 10,000 in the house style, one decimal
 * ("45.0", core's rateText); a count or a percentage to at most one decimal ("1,234", "62.5").
 */
const num = (v: number, unit: IndicatorUnit) => (unit === "rate" ? rateText(v) : formatNumber(roundHalfUp(v, 1)));

/** A cell: the figure, or DfE's symbol / "-" for a figure that is not there. */
function shown(l: Lookup, unit: IndicatorUnit): string {
  if ("value" in l) return num(l.value, unit);
  return l.missing === "suppressed" ? l.symbol : "-";
}

/** Runs `benchmarks`. @returns the exit code. */
export async function benchmarksCommand(
  la: string,
  options: { readonly year?: FinancialYear },
  io: Io,
): Promise<number> {
  const startYear = options.year?.startYear;
  const data = await loadBenchmarks();
  const m = matchCouncil(data, la, "");
  if (!isMatch(m)) {
    io.stderr(`csc-report: ${m.message}`);
    return 2;
  }
  const regionName = m.region?.name ?? "no region";
  io.stdout(`${m.council.name} (DfE ${m.council.code}, ${m.council.ons}), ${regionName}`);
  io.stdout(
    m.neighbours.length > 0
      ? `Statistical neighbours (${data.neighbourModel}): ${m.neighbours.map((n) => n.name).join(", ")}`
      : `Statistical neighbours: none in ${data.neighbourModel}.`,
  );
  io.stdout("");
  const head = ["Indicator", "Year", m.council.name, "England", regionName, "Neighbours' average"];
  const summary = summaryRows(data, m, startYear);
  const rows = summary.map(({ indicator, comparison: c }) => [
    indicator.label,
    yearLabel(c.startYear),
    shown(c.council, indicator.unit),
    shown(c.england, indicator.unit),
    shown(c.region, indicator.unit),
    neighboursCell(c, indicator.unit),
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const line = (cells: readonly string[]) =>
    cells.map((c, i) => (i < 2 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join("  ");
  io.stdout(line(head));
  for (const r of rows) io.stdout(line(r));
  io.stdout("");
  const symbols = new Map<string, string>();
  for (const { comparison: c } of summary) {
    for (const l of [c.council, c.england, c.region]) if ("symbol" in l) symbols.set(l.symbol, missingWords(l));
  }
  for (const [s, words] of symbols) io.stdout(`${s}: ${words}.`);
  io.stdout(
    "-: no figure in DfE's files for that year. Neighbours' average: the mean of the neighbours DfE published a figure for (n/10 when not all).",
  );
  io.stdout(`Source: DfE's published statistics (data/dfe/README.md). ${data.licence}`);
  return 0;
}

function neighboursCell(c: Comparison, unit: IndicatorUnit): string {
  const v = comparatorValue(c, "neighbours");
  if (v === undefined) return "-";
  const text = num(v, unit);
  return c.neighbours.published < c.neighbours.of ? `${text} (${c.neighbours.published}/${c.neighbours.of})` : text;
}
