/**
 * How an officer's own table lines up with a dataset's columns. Headers match by name through
 * the one header matcher the readers use too (header-key.ts: case, spacing, punctuation and
 * "Number of" / "No. of" in front ignored, so "Number of contacts" = "Contacts").
 * A header that only resembles a column (one contains the other, a few letters differ, most
 * words shared) is "unsure": the officer chooses. A table whose header row holds periods
 * ("2019-20", "Jun-2017", "Apr-Jun 2019") has its measures down the first column instead: its
 * labels there are matched, and the orientation is said.
 */
import { parsePeriod } from "../dates";
import { headerKey, headerWords } from "./header-key";
import { datasetColumns, type AnyColumnKey, type ColumnSpec, type DatasetId } from "./layout";

/** The two ways a table can hold a dataset. */
export type Orientation =
  /** One column per measure, periods down the rows (the template's layout). */
  | "columns"
  /** Periods across the header row, one row per measure labelled in the first column. */
  | "rows";

/** A label the officer's table offers for a column. */
export interface Candidate {
  /** Position of the label: column index in the header row ("columns") or row index ("rows"). */
  readonly index: number;
  readonly label: string;
  /** 1 for an exact match, less for a resemblance. */
  readonly score: number;
}

/** How one of the dataset's columns is found in the officer's table. */
export interface ColumnMatch {
  readonly column: ColumnSpec<AnyColumnKey>;
  /**
   * matched: one label is this column; unsure: labels resemble it and the officer chooses;
   * missing: nothing resembles it; periods: the header row itself holds it ("rows" only).
   */
  readonly status: "matched" | "unsure" | "missing" | "periods";
  /** The label used: the exact match, or the best resemblance until the officer chooses. */
  readonly chosen?: Candidate;
  /** The labels to choose from: those resembling it, best first, or (missing) every label left over. */
  readonly candidates: readonly Candidate[];
  /** True when `chosen` is the officer's choice rather than the best resemblance. */
  readonly byOfficer?: boolean;
  /**
   * Set when the officer gave this column's label to another column: the label, and the
   * header of the column that has it now, so the pane can say why this one is empty again.
   */
  readonly cleared?: { readonly label: string; readonly by: string };
}

/** The result of matching a table's headers against a dataset. */
export interface HeaderMatch {
  readonly dataset: DatasetId;
  readonly orientation: Orientation;
  readonly columns: readonly ColumnMatch[];
  /** Labels in the table that no column uses. */
  readonly unused: readonly Candidate[];
}

/** What is read from the officer's table: its header row and its first column (header cell first). */
export interface TableEdges {
  readonly headerRow: readonly unknown[];
  readonly firstColumn: readonly unknown[];
}

const wordsOf = (label: string): Set<string> =>
  new Set(
    headerWords(label)
      .split(" ")
      .filter((w) => w !== "" && !["a", "an", "the", "of", "at", "on", "in"].includes(w)),
  );

function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row.push(Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1)));
    }
    prev = row;
  }
  return prev[b.length]!;
}

/**
 * How much `label` resembles `header`, 0 to 1: 1 when their keys are equal; otherwise the best
 * of one key containing the other, letters in common (edit distance) and words in common.
 * Below 0.5 they are unrelated.
 */
export function resemblance(header: string, label: string): number {
  const a = headerKey(header);
  const b = headerKey(label);
  if (a === "" || b === "") return 0;
  if (a === b) return 1;
  const contains = a.length >= 4 && b.length >= 4 && (a.includes(b) || b.includes(a)) ? 0.8 : 0;
  const letters = 1 - editDistance(a, b) / Math.max(a.length, b.length);
  const wa = wordsOf(header);
  const wb = wordsOf(label);
  const shared = [...wa].filter((w) => wb.has(w)).length;
  const words = wa.size + wb.size - shared === 0 ? 0 : shared / (wa.size + wb.size - shared);
  const score = Math.max(contains, letters >= 0.75 ? Math.min(letters, 0.95) : 0, words >= 0.5 ? words * 0.9 : 0);
  return score >= 0.5 ? score : 0;
}

const text = (v: unknown): string => (v === null || v === undefined ? "" : String(v).trim());
const isPeriodKind = (c: ColumnSpec): boolean => c.kind === "year" || c.kind === "quarter" || c.kind === "period";

/**
 * "rows" when the header row after its first cell is mostly periods (at least two, and every
 * non-blank one a period), else "columns".
 */
export function orientationOf(headerRow: readonly unknown[]): Orientation {
  const rest = headerRow
    .slice(1)
    .map(text)
    .filter((t) => t !== "");
  return rest.length >= 2 && rest.every((t) => parsePeriod(t) !== undefined) ? "rows" : "columns";
}

/**
 * Matches a table's labels against the dataset's columns. Exact matches are claimed first;
 * each remaining column is offered the unclaimed labels that resemble it, best first.
 */
export function matchHeaders(dataset: DatasetId, edges: TableEdges): HeaderMatch {
  const specColumns: readonly ColumnSpec<AnyColumnKey>[] = datasetColumns(dataset);
  const orientation = orientationOf(edges.headerRow);
  const labels: Candidate[] = (orientation === "columns" ? edges.headerRow : edges.firstColumn)
    .map((v, index) => ({ index, label: text(v), score: 0 }))
    .filter((c) => c.label !== "" && (orientation === "columns" || c.index > 0));
  const claimed = new Set<number>();
  const exact = new Map<string, Candidate>();
  const wanted = specColumns.filter((c) => !(orientation === "rows" && isPeriodKind(c)));
  for (const column of wanted) {
    const hit = labels.find((l) => !claimed.has(l.index) && headerKey(l.label) === headerKey(column.header));
    if (hit) {
      claimed.add(hit.index);
      exact.set(column.key, { ...hit, score: 1 });
    }
  }
  const offers = new Map(
    wanted.map((column) => [
      column.key,
      labels
        .filter((l) => !claimed.has(l.index))
        .map((l) => ({ ...l, score: resemblance(column.header, l.label) }))
        .filter((l) => l.score > 0)
        .sort((x, y) => y.score - x.score || x.index - y.index),
    ]),
  );
  // Until the officer chooses, each label goes to the column it resembles most: the closest
  // pairs are settled first, so one label is never the default for two columns.
  const pairs = [...offers].flatMap(([key, cs]) => cs.map((c) => ({ key, c }))).sort((x, y) => y.c.score - x.c.score);
  const defaults = new Map<string, Candidate>();
  for (const { key, c } of pairs) {
    if (defaults.has(key) || exact.has(key) || claimed.has(c.index)) continue;
    defaults.set(key, c);
    claimed.add(c.index);
  }
  const columns = specColumns.map((column): ColumnMatch => {
    if (orientation === "rows" && isPeriodKind(column)) return { column, status: "periods", candidates: [] };
    const hit = exact.get(column.key);
    if (hit) return { column, status: "matched", chosen: hit, candidates: [hit] };
    const candidates = offers.get(column.key) ?? [];
    // Nothing resembles it: the officer may still choose any label no other column has.
    if (candidates.length === 0)
      return { column, status: "missing", candidates: labels.filter((l) => !claimed.has(l.index)) };
    const chosen = defaults.get(column.key);
    return chosen ? { column, status: "unsure", chosen, candidates } : { column, status: "unsure", candidates };
  });
  return { dataset, orientation, columns, unused: unusedOf(labels, columns) };
}

function unusedOf(labels: readonly Candidate[], columns: readonly ColumnMatch[]): Candidate[] {
  const used = new Set(columns.flatMap((c) => (c.chosen ? [c.chosen.index] : [])));
  return labels.filter((l) => !used.has(l.index));
}

/**
 * The officer's choice for an unsure column: the label at `index`, or none (undefined), which
 * leaves the column missing. Another column that had chosen the same label gives it up, and
 * records which column took it (`cleared`).
 */
export function chooseLabel(match: HeaderMatch, key: AnyColumnKey, index: number | undefined): HeaderMatch {
  const by = match.columns.find((c) => c.column.key === key)?.column.header ?? "";
  const columns = match.columns.map((c): ColumnMatch => {
    const left = { column: c.column, status: c.status, candidates: c.candidates };
    if (c.column.key === key) {
      const pick = c.candidates.find((x) => x.index === index);
      return pick ? { ...left, chosen: pick, byOfficer: true } : { ...left, byOfficer: true };
    }
    if (index !== undefined && (c.status === "unsure" || c.status === "missing") && c.chosen?.index === index) {
      return { ...left, cleared: { label: c.chosen.label, by } };
    }
    return c;
  });
  const all = match.columns.flatMap((c) => c.candidates).concat(match.unused);
  const labels = [...new Map(all.map((l) => [l.index, { ...l, score: 0 }])).values()].sort((a, b) => a.index - b.index);
  return { ...match, columns, unused: unusedOf(labels, columns) };
}

/** Required columns the table does not provide (nothing chosen for them). */
export function missingRequired(match: HeaderMatch): readonly ColumnSpec<AnyColumnKey>[] {
  return match.columns.filter((c) => c.column.required && c.status !== "periods" && !c.chosen).map((c) => c.column);
}
