/**
 * Generating in the pane reads the report sheet once: one prepare (the report sheet's used
 * range read once, whose the sheet is decided once) and one commit that writes from it. The
 * pane's flow before the session (inspect the sheet, read its year, then apply, which read the
 * sheet again) is run beside it on the same workbook as the measure to beat.
 */
import { applyReportPlan, commitReport, inspectReportSheet, prepareReport } from "../../src/excel";
import { REPORT_SETTING } from "../../src/excel/report";
import { type ReportPlan } from "../../src/core/report";
import { FakeWorkbook } from "@csc/fake-excel";
import { planInExcel, withHost } from "./harness";

const SHEET = "Safeguarding Report";
let host: ReturnType<typeof withHost> | undefined;
afterEach(() => host?.done());

/** The loads of the report sheet's used range that carry its cells (values). */
const usedRangeReads = (wb: FakeWorkbook): number =>
  wb.stats.loads.filter(
    (l) => l.path.includes(`"${SHEET}"`) && l.path.includes("getUsedRange") && String(l.load).includes("values"),
  ).length;

/** The year read the pane made before the session: the stored report's setting, in a run of its own. */
async function readStoredYear(): Promise<void> {
  await Excel.run(async (context) => {
    context.workbook.settings.getItemOrNullObject(REPORT_SETTING).load("value");
    await context.sync();
  });
}

/** The pane's flow before the session: inspect, read the year when ours, apply. */
async function generateBefore(plan: ReportPlan): Promise<void> {
  const found = await inspectReportSheet();
  if (found === "ours") await readStoredYear();
  await applyReportPlan(plan, { replace: found === "ours" });
}

/** The pane's flow now: prepare, decide from the session, commit. */
async function generateNow(plan: ReportPlan): Promise<void> {
  const session = await prepareReport(plan);
  expect(session.ownership === "absent" || session.shows === plan.reportYear).toBe(true);
  await commitReport(session, { replace: session.ownership === "ours" });
}

/** Opens a saved workbook with the globals installed, its counters at zero. */
function open(saved: string): FakeWorkbook {
  host?.done();
  const wb = FakeWorkbook.open(saved);
  host = withHost(wb);
  wb.resetStats();
  return wb;
}

it.each([
  ["no report sheet yet", false],
  ["the add-in's own report of the same year", true],
])("a generate over %s reads the report sheet's used range once and syncs no more than before", async (_, had) => {
  host = withHost("sample");
  const plan = await planInExcel("2021-22");
  if (had) await applyReportPlan(plan, { replace: false });
  const start = host.wb.save();

  const before = open(start);
  await generateBefore(plan);
  const old = { syncs: before.stats.syncs, reads: usedRangeReads(before) };

  const now = open(start);
  await generateNow(plan);
  expect({ reads: usedRangeReads(now), syncsAtMost: now.stats.syncs <= old.syncs }).toEqual({
    reads: had ? 1 : 0,
    syncsAtMost: true,
  });
  // The measure it beats: the old flow read the sheet's cells twice when there was one.
  expect(old.reads).toBe(had ? 2 : 0);
  expect(await inspectReportSheet()).toBe("ours");
});
