/**
 * The workbook against DfE's published record: where it holds a figure DfE has published for
 * the same council and year (children on a plan at 31 March, children looked after at 31 March,
 * referrals), a difference is a warning at the officer's cell naming both figures and the source.
 * Either the workbook or the local definition differs from the statutory return (the children in
 * need census, the SSDA903 children looked after return), and the report should say which.
 * A figure DfE did not publish (suppressed, not collected) is not compared.
 */
import { type BenchmarkDataset, figure } from "../../benchmarks";
import { isMatch, matchCouncil } from "../../benchmarks";
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

/** A check of one dataset's column: the rows of that dataset against DfE's figures. */
type Check = (tables: PeriodTables, council: Council, published: BenchmarkDataset, sink: FindingSink) => void;

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

/** Warns at each yearly figure that differs from the one DfE published for the council. */
export function checkPublished(
  tables: PeriodTables,
  localAuthority: string,
  published: BenchmarkDataset,
  sink: FindingSink,
): void {
  const m = matchCouncil(published, localAuthority);
  if (!isMatch(m)) return; // not one of DfE's councils: nothing to compare with
  for (const check of CHECKS) check(tables, m.council, published, sink);
}

/** The check of `c`'s column against DfE's figure for the same year. */
function compare<D extends PeriodDatasetId>(c: PublishedCheck<D>): Check {
  return (tables, council, published, sink) => {
    const t = tables.get(c.dataset);
    if (!t) return;
    for (const r of t.rows) {
      const value = r.values[c.column];
      if (r.period.kind !== "year" || value === undefined) continue;
      const dfe = figure(published, c.indicator, council.code, r.period.startYear);
      if (dfe === undefined || dfe === value) continue;
      sink.add(
        finding("published-differs", t.table.sheet, t.cell(r.row, c.column), {
          value,
          published: dfe,
          what: c.what,
          year: formatPeriod(r.period),
          council: council.name,
          source: c.source,
        }),
      );
    }
  };
}
