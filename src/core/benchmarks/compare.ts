/**
 * A council's figure beside its comparators for one indicator and year: England, its region and
 * the average of its statistical neighbours. The neighbours' average is the plain mean of the
 * neighbours' published figures (as DfE's LAIT benchmarking tool averaged them); neighbours whose
 * figure is not published are left out of it and counted, never filled in.
 */
import { formatPeriod } from "../dates";
import { type Lookup, ENGLAND, lookup, symbolMeaning, type BenchmarkDataset } from "./dataset";
import type { CouncilMatch } from "./match";

/** The neighbours' average and how many of them it is over. */
export interface NeighbourAverage {
  readonly value?: number;
  /** Neighbours with a published figure. */
  readonly published: number;
  /** Neighbours in the model (10). */
  readonly of: number;
}

/** One indicator and year, the council beside its comparators. */
export interface Comparison {
  readonly indicator: string;
  readonly startYear: number;
  readonly council: Lookup;
  readonly england: Lookup;
  readonly region: Lookup;
  readonly neighbours: NeighbourAverage;
}

/** Which comparators the report shows. */
export type Comparator = "england" | "region" | "neighbours";
export const COMPARATORS: readonly Comparator[] = ["england", "region", "neighbours"];

const round1 = (n: number) => Math.round(n * 10) / 10;

/** The council beside England, its region and its neighbours' average, for an indicator and year. */
export function compare(data: BenchmarkDataset, m: CouncilMatch, indicator: string, startYear: number): Comparison {
  const values = m.neighbours.map((n) => lookup(data, indicator, n.code, startYear));
  const published = values.flatMap((v) => ("value" in v ? [v.value] : []));
  const neighbours: NeighbourAverage = {
    published: published.length,
    of: m.neighbours.length,
    ...(published.length > 0 ? { value: round1(published.reduce((s, v) => s + v, 0) / published.length) } : {}),
  };
  return {
    indicator,
    startYear,
    council: lookup(data, indicator, m.council.code, startYear),
    england: lookup(data, indicator, ENGLAND, startYear),
    region: m.region ? lookup(data, indicator, m.region.code, startYear) : { missing: "no-data" },
    neighbours,
  };
}

/** The value of a comparison's comparator, or undefined when there is none for that year. */
export function comparatorValue(c: Comparison, which: Comparator): number | undefined {
  if (which === "neighbours") return c.neighbours.value;
  const l = c[which];
  return "value" in l ? l.value : undefined;
}

/** Why a lookup has no figure, in words: "not published (suppressed ...)" or "no figure". */
export function missingWords(l: Lookup): string {
  if ("value" in l) return "";
  return l.missing === "suppressed" ? `not published (${symbolMeaning(l.symbol)})` : "no figure";
}

/** The comparator's name for a council: "England", "South East", "statistical neighbours". */
export function comparatorName(m: CouncilMatch, which: Comparator): string {
  if (which === "england") return "England";
  if (which === "region") return m.region?.name ?? "the region";
  return "statistical neighbours";
}

/** "2019-20". */
export function yearLabel(startYear: number): string {
  return formatPeriod({ kind: "year", startYear });
}
