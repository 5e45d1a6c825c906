/**
 * Applying a ReportPlan through Office.js, on the in-memory host: the sheet and charts it
 * builds, idempotent refresh, asking before replacing a sheet that is not ours, a constant
 * number of syncs, and fault injection at every sync of a refresh losing nothing.
 */
import { applyReportPlan, inspectReportSheet, ReportSheetConflict, validateWorkbookInExcel } from "../../src/excel";
import { BACKUP_SHEET, BUILD_SHEET } from "../../src/excel/report";
import { buildReportPlan } from "../../src/core/report/build";
import type { ReportPlan, TableBlock } from "../../src/core/report/plan";
import { parsePeriod } from "../../src/core/dates/periods";
import type { FinancialYear } from "../../src/core/workbook/model";
import { sheetsSnapshot, withHost } from "./harness";

const SHEET = "Safeguarding Report";
let host: ReturnType<typeof withHost> | undefined;
afterEach(() => host?.done());

async function planFor(year: string, quarterStyle: "end-month" | "range" = "range"): Promise<ReportPlan> {
  const { data } = await validateWorkbookInExcel();
  if (!data) throw new Error("sample did not validate");
  return buildReportPlan(data, { year: parsePeriod(year) as FinancialYear, quarterStyle });
}

const tablesOf = (plan: ReportPlan) => plan.blocks.filter((b): b is TableBlock => b.kind === "table");

describe("applyReportPlan", () => {
  it("writes the seeds' figures, one native chart per chart spec, with titles and descriptions", async () => {
    host = withHost("sample");
    const data = sheetsSnapshot(host.wb);
    const plan = await planFor("2021-22");
    const result = await applyReportPlan(plan, { replace: false });
    expect(result.tables).toBe(tablesOf(plan).length);
    const uasc = tablesOf(plan).find((t) => t.id === "uascCareLeavers");
    if (!uasc) throw new Error("no UASC table");
    const values = host.wb.getValues(SHEET, uasc.grid.range.address);
    expect(values[0]?.slice(1, 3)).toEqual(["Apr-Jun 2019", "Jul-Sep 2019"]);
    expect(values[1]?.slice(-1)).toEqual([423]);
    const chart = host.wb.getChartModel(SHEET, "CSC_chart_uascCareLeavers");
    expect(chart.title.text).toMatch(/UASC/);
    expect(chart.series[0]?.values.at(-1)).toBe(423);
    const spec = uasc.charts[0];
    expect(host.wb.getValues(SHEET, spec?.descriptionAddress ?? "A1")[0]?.[0]).toContain(spec?.altDescription ?? "?");
    // The officer's sheets are as they were.
    expect(sheetsSnapshot(host.wb, [SHEET])).toEqual(data);
    expect(await inspectReportSheet()).toBe("ours");
  });

  it("refreshing twice leaves one report sheet and one chart of each name", async () => {
    host = withHost("sample");
    const plan = await planFor("2021-22");
    await applyReportPlan(plan, { replace: false });
    await applyReportPlan(plan, { replace: false });
    const snap = host.wb.snapshot() as { sheets: { name: string }[]; charts: { name: string }[] };
    expect(snap.sheets.filter((s) => s.name === SHEET)).toHaveLength(1);
    expect(snap.sheets.map((s) => s.name)).not.toEqual(expect.arrayContaining([BUILD_SHEET]));
    const names = snap.charts.map((c) => c.name);
    expect(names.length).toBe(new Set(names).size);
    expect(names.length).toBe(tablesOf(plan).reduce((n, t) => n + t.charts.length, 0));
  });

  it("switching the year replaces the report in place", async () => {
    host = withHost("sample");
    await applyReportPlan(await planFor("2021-22"), { replace: false });
    const plan = await planFor("2019-20", "end-month");
    await applyReportPlan(plan, { replace: false });
    const uasc = tablesOf(plan).find((t) => t.id === "uascCareLeavers");
    const header = host.wb.getValues(SHEET, uasc?.grid.range.address ?? "A1")[0];
    expect(header?.slice(1, 3)).toEqual(["Jun-2017", "Sep-2017"]);
  });

  it("asks before replacing a sheet it did not make, or one edited by hand", async () => {
    host = withHost("sample");
    host.wb.addSheet(SHEET);
    host.wb.setValues(SHEET, "A1", [["My own notes"]]);
    const plan = await planFor("2021-22");
    expect(await inspectReportSheet()).toBe("foreign");
    await expect(applyReportPlan(plan, { replace: false })).rejects.toBeInstanceOf(ReportSheetConflict);
    expect(host.wb.getValues(SHEET, "A1")).toEqual([["My own notes"]]);
    await applyReportPlan(plan, { replace: true });
    expect(await inspectReportSheet()).toBe("ours");
    host.wb.setValues(SHEET, "B1", [["edited"]]);
    expect(await inspectReportSheet()).toBe("edited");
    await expect(applyReportPlan(plan, { replace: false })).rejects.toMatchObject({ state: "edited" });
  });

  it("uses the same number of syncs whatever the number of tables", async () => {
    host = withHost("sample");
    const full = await planFor("2021-22");
    const fewer: ReportPlan = {
      ...full,
      blocks: full.blocks.filter((b) => b.kind !== "table" || b.id === "assessments"),
    };
    expect(tablesOf(fewer).length).toBeLessThan(tablesOf(full).length);
    await applyReportPlan(full, { replace: false });
    host.wb.resetStats();
    await applyReportPlan(full, { replace: false });
    const syncsFull = host.wb.stats.syncs;
    host.wb.resetStats();
    await applyReportPlan(fewer, { replace: true });
    expect(host.wb.stats.syncs).toBe(syncsFull);
  });

  it("loses nothing when any sync of a refresh fails", async () => {
    host = withHost("sample");
    const plan = await planFor("2021-22");
    await applyReportPlan(plan, { replace: false });
    host.wb.resetStats();
    await applyReportPlan(plan, { replace: false });
    const syncs = host.wb.stats.syncs;
    expect(syncs).toBeGreaterThan(3);
    const next = await planFor("2019-20", "end-month");
    // What a refresh that succeeds leaves.
    host.done();
    host = withHost("sample");
    await applyReportPlan(plan, { replace: false });
    await applyReportPlan(next, { replace: false });
    const refreshed = (host.wb.snapshot() as { sheets: unknown[] }).sheets;
    const outcomes = new Set<string>();
    for (const partial of [false, true]) {
      for (let n = 1; n <= syncs; n++) {
        host.done();
        host = withHost("sample");
        await applyReportPlan(plan, { replace: false });
        const before = (host.wb.snapshot() as { sheets: unknown[] }).sheets;
        host.wb.failOnSync(n, "GeneralException", { partial });
        const outcome = await applyReportPlan(next, { replace: false }).then(
          () => "refreshed",
          () => "failed",
        );
        outcomes.add(outcome);
        const after = host.wb.snapshot() as { sheets: { name: string }[] };
        // Either every sheet, the previous report included, is as it was, or the refresh
        // completed; never a mixture, and nothing half-built is left behind.
        expect({ n, partial, sheets: after.sheets }).toEqual({
          n,
          partial,
          sheets: outcome === "failed" ? before : refreshed,
        });
        expect(after.sheets.map((s) => s.name)).not.toContain(BACKUP_SHEET);
        expect(after.sheets.map((s) => s.name)).not.toContain(BUILD_SHEET);
        expect(await inspectReportSheet()).toBe("ours");
      }
    }
    expect(outcomes).toContain("failed");
  }, 120_000);
});
