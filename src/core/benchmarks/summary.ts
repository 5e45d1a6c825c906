/**
 * Every indicator for a council beside its comparators, for one year or each indicator's latest:
 * what `csc-report benchmarks` prints.
 */
import { type Comparison, compare } from "./compare";
import { type BenchmarkDataset, ENGLAND, lookup } from "./dataset";
import { INDICATORS, type IndicatorDef } from "./indicators";
import type { CouncilMatch } from "./match";

/** One row: the indicator and the comparison for its year. */
export interface SummaryRow {
  readonly indicator: IndicatorDef;
  readonly comparison: Comparison;
}

/**
 * The latest year with a figure for the council (a symbol counts: DfE reported on it), or
 * England's latest when the council has none.
 */
export function latestYear(data: BenchmarkDataset, indicator: string, areas: readonly string[]): number | undefined {
  for (const area of areas) {
    for (let y = data.firstYear + data.years - 1; y >= data.firstYear; y--) {
      const l = lookup(data, indicator, area, y);
      if ("value" in l || l.missing !== "no-data") return y;
    }
  }
  return undefined;
}

/** Each indicator's comparison in `startYear`, or in its latest year when no year is given. */
export function summaryRows(data: BenchmarkDataset, m: CouncilMatch, startYear?: number): SummaryRow[] {
  return INDICATORS.flatMap((indicator) => {
    const y = startYear ?? latestYear(data, indicator.id, [m.council.code, ENGLAND]);
    return y === undefined ? [] : [{ indicator, comparison: compare(data, m, indicator.id, y) }];
  });
}
