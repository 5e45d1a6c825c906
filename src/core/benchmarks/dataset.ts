/**
 * The comparator dataset built from DfE's published files (scripts/benchmarks/build.ts writes
 * it; data/dfe/README.md lists the files) and the questions asked of it: a figure for an area
 * and year, why a figure is missing, a council's region and statistical neighbours.
 */

/** England, one of the nine regions, or a local authority. */
export type AreaKind = "england" | "region" | "la";

/** An area of the dataset. */
export interface Area {
  /** DfE's key: "E92000001" for England, the ONS code for a region, the 3-digit DfE LA number for a council ("850"). */
  readonly code: string;
  readonly kind: AreaKind;
  /** DfE's name ("Hampshire", "Bristol, City of"). */
  readonly name: string;
  /** The ONS/GSS code (E10000014), for a council the latest DfE gives. */
  readonly ons: string;
  /** The region's code, for a council. */
  readonly region?: string;
  /** The ten statistical neighbours (DfE LA numbers, closest first), where DfE's model has the council. */
  readonly neighbours?: readonly string[];
  /**
   * Other names DfE's files give the council ("St Helens" in the neighbour model for "St.
   * Helens"), so the pane's council list finds it by any of them.
   */
  readonly otherNames?: readonly string[];
}

/**
 * A cell of a series: a number, DfE's symbol for a figure not published (c suppressed,
 * x not available, z not applicable, u low reliability, low / k a figure below the rounding,
 * and the like), or null when the file has no row for the area that year.
 */
export type SeriesValue = number | string | null;

/** One source file the dataset was built from. */
export interface DatasetSource {
  readonly file: string;
  readonly title: string;
  readonly url: string;
  readonly publication: string;
  /** The public GitHub repository ("owner/name") the copy in data/dfe/ was taken from. */
  readonly repository: string;
  /** The commit of that repository the copy was taken from. */
  readonly commit: string;
}

/** The dataset as the build script writes it. */
export interface BenchmarkDataset {
  readonly version: 1;
  /** The startYear of the first slot of every series (2012 for 2012-13). */
  readonly firstYear: number;
  /** Slots in every series. */
  readonly years: number;
  /** Which statistical neighbour model the neighbours come from. */
  readonly neighbourModel: string;
  readonly licence: string;
  readonly sources: readonly DatasetSource[];
  readonly areas: readonly Area[];
  /** series[indicator][area code][year slot]. */
  readonly series: Readonly<Record<string, Readonly<Record<string, readonly SeriesValue[]>>>>;
}

/** The published figure, or why there is none. */
export type Lookup =
  | { readonly value: number }
  | { readonly missing: "suppressed"; readonly symbol: string }
  | { readonly missing: "no-data" };

/** The code England has in the dataset. */
export const ENGLAND = "E92000001";

/** DfE's symbols and what they mean, for messages (DfE's open data standards: symbols). */
const SYMBOLS: Readonly<Record<string, string>> = {
  c: "suppressed to protect confidentiality",
  x: "not available",
  z: "not applicable",
  u: "low reliability",
  low: "a figure below the rounding, not published",
  k: "a figure below the rounding, not published",
  ":": "not available",
};

/** Words for DfE's symbol ("c" = suppressed to protect confidentiality). */
export function symbolMeaning(symbol: string): string {
  return SYMBOLS[symbol.toLowerCase()] ?? `not published (DfE's code "${symbol}")`;
}

/** The published figure of an indicator for an area in the financial year starting startYear. */
export function lookup(data: BenchmarkDataset, indicator: string, area: string, startYear: number): Lookup {
  const slot = startYear - data.firstYear;
  const v = data.series[indicator]?.[area]?.[slot];
  if (typeof v === "number") return { value: v };
  if (typeof v === "string") return { missing: "suppressed", symbol: v };
  return { missing: "no-data" };
}

/** The published figure, or undefined when there is none. */
export function figure(data: BenchmarkDataset, indicator: string, area: string, startYear: number): number | undefined {
  const r = lookup(data, indicator, area, startYear);
  return "value" in r ? r.value : undefined;
}

/** The area with this code. */
export function areaByCode(data: BenchmarkDataset, code: string): Area | undefined {
  return data.areas.find((a) => a.code === code);
}
