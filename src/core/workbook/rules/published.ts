/**
 * The workbook against DfE's published record: where it holds a figure DfE has published for
 * the same council and year (children on a plan at 31 March, children looked after at 31 March,
 * referrals), differences of a child or two are one grouped note, and larger ones one warning
 * per measure at its first differing cell, naming each year's two figures and the source.
 * Either the workbook or the local definition differs from the statutory return (the children in
 * need census, the SSDA903 children looked after return), and the report should say which.
 * A figure DfE did not publish (suppressed, not collected) is not compared.
 */
import { type BenchmarkDataset, figure } from "../../benchmarks";
import { isMatch, matchCouncil } from "../../benchmarks";
import { formatNumber } from "../../base";
import { formatPeriod } from "../../dates";
import type { ColumnKey, PeriodDatasetId } from "../layout";
import { finding, type FindingSink } from "../issues";
import type { PeriodTables } from "./table";

/** A workbook column with a published counterpart, and the DfE release it comes from. */
interface PublishedCheck<D extends PeriodDatasetId> {
  readonly dataset: D;
  readonly column: ColumnKey<D>;
  readonly indicator: string;
  readonly what: string;
  readonly source: string;
}

/** A check of one dataset's column: the figures of that dataset that differ from DfE's. */
type Check = (tables: PeriodTables, council: Council, published: BenchmarkDataset) => Difference[];

/** The council as DfE lists it. */
interface Council {
  readonly code: string;
  readonly name: string;
}

/** The workbook's columns with a published counterpart, each typed by its own dataset. */
const CHECKS: readonly Check[] = [
  compare({
    dataset: "childProtection",
    column: "onPlan",
    indicator: "cp",
    what: "children on a child protection plan at 31 March",
    source: "Children in need, table D5",
  }),
  compare({
    dataset: "lookedAfter",
    column: "lookedAfter",
    indicator: "cla",
    what: "children looked after at 31 March",
    source: "Children looked after in England including adoptions",
  }),
  compare({
    dataset: "contacts",
    column: "referrals",
    indicator: "referrals",
    what: "referrals",
    source: "Children in need, table C1",
  }),
];

/**
 * How far a figure may be from DfE's and still be "a child or two": 2 children, or 0.5% of
 * DfE's figure where that is more. Differences this small come from records added or corrected
 * after the return (DfE revises its tables in each release) rather than from what is counted.
 */
export function isSmallDifference(value: number, published: number): boolean {
  return Math.abs(value - published) <= Math.max(2, Math.abs(published) * 0.005);
}

/** One yearly figure that differs from DfE's, before the differences are grouped. */
interface Difference {
  readonly sheet: string;
  readonly cell: string;
  readonly what: string;
  readonly source: string;
  readonly year: string;
  readonly value: number;
  readonly published: number;
}

/**
 * Compares each yearly figure with the one DfE published for the council. Small differences (a
 * child or two: {@link isSmallDifference}) are one note for the whole workbook; larger ones,
 * which come from counting something else (a local front-door count of referrals, say), are one
 * warning per measure listing its years, not one per year.
 */
export function checkPublished(
  tables: PeriodTables,
  localAuthority: string,
  published: BenchmarkDataset,
  sink: FindingSink,
): void {
  const m = matchCouncil(published, localAuthority);
  if (!isMatch(m)) return; // not one of DfE's councils: nothing to compare with
  const found = CHECKS.flatMap((check) => check(tables, m.council, published));
  const small = found.filter((d) => isSmallDifference(d.value, d.published));
  const first = small[0];
  if (first) {
    sink.add(
      finding("published-close", first.sheet, first.cell, {
        count: small.length,
        council: m.council.name,
        list: small
          .map((d) => `${d.year} ${d.what} (${formatNumber(d.value)}, DfE ${formatNumber(d.published)})`)
          .join("; "),
      }),
    );
  }
  const large = found.filter((d) => !isSmallDifference(d.value, d.published));
  for (const what of new Set(large.map((d) => d.what))) {
    const mine = large.filter((d) => d.what === what);
    const head = mine[0]!;
    sink.add(
      finding("published-differs", head.sheet, head.cell, {
        what,
        council: m.council.name,
        source: head.source,
        count: mine.length,
        years: mine.map((d) => `${d.year}: ${formatNumber(d.value)}, DfE ${formatNumber(d.published)}`).join("; "),
      }),
    );
  }
}

/** The figures of `c`'s column that differ from DfE's figure for the same year. */
function compare<D extends PeriodDatasetId>(c: PublishedCheck<D>): Check {
  return (tables, council, published) => {
    const t = tables.get(c.dataset);
    if (!t) return [];
    return t.rows.flatMap((r): Difference[] => {
      const value = r.values[c.column];
      if (r.period.kind !== "year" || value === undefined) return [];
      const dfe = figure(published, c.indicator, council.code, r.period.startYear);
      if (dfe === undefined || dfe === value) return [];
      const cell = t.cell(r.row, c.column);
      return [
        {
          sheet: t.table.sheet,
          cell,
          what: c.what,
          source: c.source,
          year: formatPeriod(r.period),
          value,
          published: dfe,
        },
      ];
    });
  };
}
