/**
 * One published figure by indicator, year and area, as CSC.BENCHMARK and `csc-report benchmarks`
 * ask for it, with an error value a person can act on when there is none.
 */
import { ERROR_MESSAGES as M, CellError } from "../base";
import { formatPeriod, parsePeriod } from "../dates";
import { type Area, type BenchmarkDataset, ENGLAND, areaByCode, lookup, symbolMeaning } from "./dataset";
import { INDICATORS, indicatorById, type IndicatorDef } from "./indicators";
import { isMatch, matchCouncil, normaliseCouncilName } from "./match";

/** The area named: blank or "England", a region (name or code), or a council (as {@link matchCouncil} finds it). */
export function resolveArea(data: BenchmarkDataset, name: string): Area | CellError {
  const text = name.trim();
  if (text === "" || /^england$/i.test(text))
    return areaByCode(data, ENGLAND) ?? new CellError("#N/A", "No England figures.");
  const key = normaliseCouncilName(text);
  const region = data.areas.find(
    (a) => a.kind === "region" && (a.code === text.toUpperCase() || normaliseCouncilName(a.name) === key),
  );
  if (region) return region;
  const m = matchCouncil(data, text);
  return isMatch(m) ? m.council : new CellError("#VALUE!", m.message.replace(" in the Settings table", ""));
}

/**
 * The financial year (its startYear) a year argument names: "2019-20", or a number as DfE's
 * tables label the year: 2020 is the year to 31 March 2020 (2019-20), and for the workforce
 * census 30 September 2020 (2020-21).
 */
export function resolveYear(indicator: IndicatorDef, year: string | number): number | CellError {
  if (typeof year === "number" && Number.isInteger(year) && year >= 1900 && year <= 9999) {
    return indicator.when.includes("30 September") ? year : year - 1;
  }
  const p = parsePeriod(String(year).trim());
  if (p?.kind === "year") return p.startYear;
  return new CellError("#VALUE!", M.benchmarkYear(year));
}

/** The indicator named, or #VALUE! listing the ones there are. */
export function resolveIndicator(id: string): IndicatorDef | CellError {
  return (
    indicatorById(id) ??
    new CellError(
      "#VALUE!",
      M.benchmarkIndicator(
        id,
        INDICATORS.map((i) => i.id),
      ),
    )
  );
}

/** The published figure, or #N/A saying why there is none (never a guess, never 0 for a symbol). */
export function benchmarkFigure(
  data: BenchmarkDataset,
  indicator: string,
  year: string | number,
  area = "",
): number | CellError {
  const ind = resolveIndicator(indicator);
  if (ind instanceof CellError) return ind;
  const startYear = resolveYear(ind, year);
  if (startYear instanceof CellError) return startYear;
  const a = resolveArea(data, area);
  if (a instanceof CellError) return a;
  const r = lookup(data, ind.id, a.code, startYear);
  const label = formatPeriod({ kind: "year", startYear });
  if ("value" in r) return r.value;
  if (r.missing === "suppressed") {
    return new CellError("#N/A", M.benchmarkSuppressed(ind.id, a.name, label, symbolMeaning(r.symbol)));
  }
  return new CellError("#N/A", M.benchmarkAbsent(ind.id, a.name, label));
}
