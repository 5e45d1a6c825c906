/**
 * Rules within one row: a part cannot exceed its whole (assessments within the limit vs
 * completed; plans lasting 2+ years vs plans ended, DfE table D7; re-referrals vs
 * referrals), and a stated timeliness must agree with within / completed.
 */
import { finding, type FindingSink } from "../issues";
import { shareText } from "../cells";
import { periodLabel } from "../cells";
import type { PeriodTable } from "./table";

/** A stated share may be rounded to a whole percent: half a point either way is rounding. */
export const SHARE_TOLERANCE = 0.005 + 1e-9;

/** Part/whole column pairs per dataset (keys of the layout's columns). */
const PARTS: Readonly<Record<string, readonly (readonly [part: string, whole: string])[]>> = {
  assessments: [["withinLimit", "completed"]],
  childProtection: [["lasting2Plus", "plansEnded"]],
  contacts: [["reReferrals", "referrals"]],
};

function header(t: PeriodTable, key: string): string {
  return t.table.spec.columns.find((c) => c.key === key)?.header ?? key;
}

/** Adds part-above-whole and timeliness-mismatch findings. */
export function checkRows(t: PeriodTable, sink: FindingSink): void {
  const pairs = PARTS[t.table.spec.id] ?? [];
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
    if (t.table.spec.id !== "assessments") continue;
    const within = r.values.withinLimit;
    const completed = r.values.completed;
    const stated = r.values.timeliness;
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
          what,
          stated: shareText(stated),
          computed: shareText(computed),
          within,
          completed,
        }),
      );
    }
  }
}
