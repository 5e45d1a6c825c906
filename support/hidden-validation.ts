/**
 * Validation of a realistic workbook through the Excel adapter, timed on a
 * {@link ThrottledEventLoop}: how long it takes, in virtual time, in a visible or a hidden pane,
 * yielding through a posted message (the add-in) or a zero-delay timer (what it did before).
 * Shared by the unit test (which asserts on the figures) and the bench (which prints them).
 */
import { installGlobalExcel, type FakeWorkbook } from "@csc/fake-excel";
import { Slicer } from "../src/core/base";
import { serialFromYmd } from "../src/core/dates";
import { createYield, SLICE_BUDGET_MS, validateWorkbookInExcel, type WorkbookValidation } from "../src/excel";
import { ThrottledEventLoop, type LoopStats, type Visibility } from "./throttled-event-loop";
import { loadWorkbook } from "./sample-workbook";

/**
 * What the pane's own work costs, in virtual milliseconds a row: copying a row Excel read
 * (Excel builds the response in its own process) and checking a row in core. Of the order
 * the adapter's bench measures on an ordinary machine.
 */
export const READ_MS_PER_ROW = 0.001;
export const CHECK_MS_PER_ROW = 0.01;

/** The sample workbook with an assessment log of `rows` rows (a year's referrals, a tenth still open). */
export function sampleWithLog(rows: number): FakeWorkbook {
  const wb = loadWorkbook("sample");
  const start = serialFromYmd(2021, 4, 1);
  const values: unknown[][] = [["Child ID", "Referral date", "Assessment completed"]];
  for (let i = 0; i < rows; i++) {
    const referral = start + (i % 300);
    values.push([`C${i}`, referral, i % 10 === 0 ? "" : referral + (i % 60)]);
  }
  wb.addSheet("Assessment Log");
  wb.setValues("Assessment Log", `A1:C${rows + 1}`, values);
  wb.addTable("Assessment Log", `A1:C${rows + 1}`, "tblAssessmentLog", true);
  return wb;
}

/** One validation's outcome and what the loop counted. */
export interface TimedValidation {
  readonly result: WorkbookValidation;
  readonly stats: LoopStats;
  /** Times the slicer gave the thread back. */
  readonly yields: number;
}

/**
 * Validates `wb` on a fresh loop at `visibility`, the slicer at the add-in's budget, the work's
 * cost declared from the progress reports, yielding by message (`channels`) or by timer.
 */
export async function validateOnLoop(
  wb: FakeWorkbook,
  visibility: Visibility,
  channels: boolean,
): Promise<TimedValidation> {
  const loop = new ThrottledEventLoop(visibility);
  const yieldNow = createYield(loop.host({ channels }));
  const slicer = new Slicer({ budgetMs: SLICE_BUDGET_MS, now: loop.now, yieldNow });
  const last = new Map<string, number>();
  const uninstall = installGlobalExcel(wb);
  try {
    const { value, stats } = await loop.run(() =>
      validateWorkbookInExcel({
        slicer,
        onProgress: (p) => {
          // The read's label names the sheet it is on; its count runs on across sheets.
          const phase = p.label.startsWith("Reading") ? "read" : "check";
          const rows = Math.max(0, p.done - (last.get(phase) ?? 0));
          last.set(phase, p.done);
          loop.spend(rows * (phase === "read" ? READ_MS_PER_ROW : CHECK_MS_PER_ROW));
        },
      }),
    );
    return { result: value, stats, yields: slicer.stats().yields };
  } finally {
    uninstall();
  }
}
