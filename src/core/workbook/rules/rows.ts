/**
 * Rules within one row: a part cannot exceed its whole (assessments within the limit vs
 * completed; plans lasting 2+ years vs plans ended, DfE table D7; re-referrals vs
 * referrals), and a stated timeliness must agree with within / completed.
 */
import { finding, type FindingSink } from "../issues";
import { shareText } from "../cells";
import { periodLabel } from "../cells";
import type { ColumnKey, PeriodDatasetId } from "../layout";
import type { PeriodTable } from "./table";

/** A stated share may be rounded to a whole percent: half a point either way is rounding. */
export const SHARE_TOLERANCE = 0.005 + 1e-9;

/** Part/whole column pairs per dataset, by the layout's column keys. */
const PARTS: {
  readonly [D in PeriodDatasetId]?: readonly (readonly [part: ColumnKey<D>, whole: ColumnKey<D>])[];
} = {
  assessments: [["withinLimit", "completed"]],
  childProtection: [["lasting2Plus", "plansEnded"]],
  contacts: [["reReferrals", "referrals"]],
};

function header<D extends PeriodDatasetId>(t: PeriodTable<D>, key: ColumnKey<D>): string {
  return t.columns.find((c) => c.key === key)?.header ?? key;
}

/** Adds part-above-whole findings. */
export function checkRows<D extends PeriodDatasetId>(t: PeriodTable<D>, sink: FindingSink): void {
  const pairs: readonly (readonly [ColumnKey<D>, ColumnKey<D>])[] = PARTS[t.id] ?? [];
  for (const r of t.rows) {
    const what = periodLabel(r.period);
    for (const [part, whole] of pairs) {
      const p = r.values[part];
      const w = r.values[whole];
      if (p !== undefined && w !== undefined && p > w) {
        sink.add(
          finding("part-above-whole", t.table.sheet, t.cell(r.row, part), {
            part: header(t, part),
            whole: header(t, whole),
            partValue: p,
            wholeValue: w,
            what,
          }),
        );
      }
    }
  }
}

/**
 * Adds timeliness-mismatch findings where the stated share is not within / completed, and
 * share-without-count where a share is stated beside 0 completed.
 */
export function checkTimeliness(t: PeriodTable<"assessments">, sink: FindingSink): void {
  for (const r of t.rows) {
    const within = r.values.withinLimit;
    const completed = r.values.completed;
    const stated = r.values.timeliness;
    if (completed === 0 && stated !== undefined && stated !== 0) {
      // 92% of no assessments: the share or the count is wrong, and the report would print both.
      sink.add(
        finding("share-without-count", t.table.sheet, t.cell(r.row, "timeliness"), {
          what: periodLabel(r.period),
          stated: shareText(stated),
          column: header(t, "timeliness"),
          count: header(t, "completed"),
        }),
      );
      continue;
    }
    if (
      within === undefined ||
      completed === undefined ||
      stated === undefined ||
      completed === 0 ||
      within > completed
    )
      continue;
    const computed = within / completed;
    if (Math.abs(computed - stated) > SHARE_TOLERANCE) {
      sink.add(
        finding("timeliness-mismatch", t.table.sheet, t.cell(r.row, "timeliness"), {
          what: periodLabel(r.period),
          stated: shareText(stated),
          computed: shareText(computed),
          within,
          completed,
        }),
      );
    }
  }
}
