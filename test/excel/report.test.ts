/**
 * Applying a ReportPlan through Office.js, on the in-memory host: the sheet and charts it
 * builds, idempotent refresh, asking before replacing a sheet that is not ours, a constant
 * number of syncs, stopping before any write when protection is on, and saying what survived a
 * failure (report-refresh.test.ts fails every statement of every sync).
 */
import {
  applyReportPlan,
  inspectReportSheet,
  recoverReportSheets,
  ReportBlocked,
  ReportSheetConflict,
} from "../../src/excel";
import { BACKUP_SHEET, BUILD_SHEET, JOURNAL_SETTING } from "../../src/excel/report";
import { type ReportPlan, type TableBlock } from "../../src/core/report";
import { sheetsSnapshot, planInExcel, withHost } from "./harness";

const SHEET = "Safeguarding Report";
let host: ReturnType<typeof withHost> | undefined;
afterEach(() => host?.done());

const tablesOf = (plan: ReportPlan) => plan.blocks.filter((b): b is TableBlock => b.kind === "table");

describe("applyReportPlan", () => {
  it("writes the published reports' figures, one native chart per chart spec, with titles and descriptions", async () => {
    host = withHost("sample");
    const data = sheetsSnapshot(host.wb);
    const plan = await planInExcel("2021-22");
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
    const lines = (spec?.descriptionLines ?? []).map((l) => host?.wb.getValues(SHEET, l.address)[0]?.[0]);
    expect(lines.join(" ")).toBe(`${spec?.altTitle ?? "?"}. ${spec?.altDescription ?? "?"}`);
    // The officer's sheets are as they were.
    expect(sheetsSnapshot(host.wb, [SHEET])).toEqual(data);
    expect(await inspectReportSheet()).toBe("ours");
  });

  it("refreshing twice leaves one report sheet and one chart of each name", async () => {
    host = withHost("sample");
    const plan = await planInExcel("2021-22");
    await applyReportPlan(plan, { replace: false });
    const sheet = host.wb.requireSheet(SHEET);
    await applyReportPlan(plan, { replace: false });
    // The same sheet object: its content was replaced, the sheet was not swapped for another.
    expect(host.wb.requireSheet(SHEET)).toBe(sheet);
    const snap = host.wb.snapshot() as { sheets: { name: string }[]; charts: { name: string }[] };
    expect(snap.sheets.filter((s) => s.name === SHEET)).toHaveLength(1);
    expect(snap.sheets.map((s) => s.name)).not.toEqual(expect.arrayContaining([BUILD_SHEET]));
    expect(snap.sheets.map((s) => s.name)).not.toEqual(expect.arrayContaining([BACKUP_SHEET]));
    expect(host.wb.settings.has(JOURNAL_SETTING)).toBe(false);
    const names = snap.charts.map((c) => c.name);
    expect(names.length).toBe(new Set(names).size);
    expect(names.length).toBe(tablesOf(plan).reduce((n, t) => n + t.charts.length, 0));
  });

  it("switching the year replaces the report in place", async () => {
    host = withHost("sample");
    await applyReportPlan(await planInExcel("2021-22"), { replace: false });
    const plan = await planInExcel("2019-20", "end-month");
    await applyReportPlan(plan, { replace: false });
    const uasc = tablesOf(plan).find((t) => t.id === "uascCareLeavers");
    const header = host.wb.getValues(SHEET, uasc?.grid.range.address ?? "A1")[0];
    expect(header?.slice(1, 3)).toEqual(["Jun-2017", "Sep-2017"]);
  });

  it("asks before replacing a sheet it did not make, or one edited by hand", async () => {
    host = withHost("sample");
    host.wb.addSheet(SHEET);
    host.wb.setValues(SHEET, "A1", [["My own notes"]]);
    const plan = await planInExcel("2021-22");
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
    const full = await planInExcel("2021-22");
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

  it("stops before writing anything when the workbook's structure or the report sheet is protected", async () => {
    host = withHost("sample");
    const plan = await planInExcel("2021-22");
    // Structure protection: nothing can be added, not even the first report sheet.
    host.wb.structureProtection = { password: "" };
    const before = host.wb.snapshot();
    await expect(applyReportPlan(plan, { replace: false })).rejects.toMatchObject({
      name: "ReportBlocked",
      reason: "workbook-structure-protected",
    });
    expect(host.wb.snapshot()).toEqual(before);
    host.wb.structureProtection = undefined;
    await applyReportPlan(plan, { replace: false });
    // Sheet protection on the existing report sheet.
    host.wb.requireSheet(SHEET).protection = { password: "" };
    const protectedBefore = host.wb.snapshot();
    await expect(applyReportPlan(await planInExcel("2019-20"), { replace: false })).rejects.toBeInstanceOf(
      ReportBlocked,
    );
    await expect(applyReportPlan(plan, { replace: true })).rejects.toMatchObject({ reason: "report-sheet-protected" });
    expect(host.wb.snapshot()).toEqual(protectedBefore);
  });

  it("a failure while replacing a sheet it did not make puts that sheet's cells and widths back", async () => {
    host = withHost("sample");
    host.wb.addSheet(SHEET);
    host.wb.setValues(SHEET, "A1:B2", [
      ["My own notes", 12],
      ["More", "=B1*2"],
    ]);
    host.wb.requireSheet(SHEET).columnWidths.set(0, 150);
    host.wb.addSheet("Mine");
    host.wb.setFormula("Mine", "A1", `='${SHEET}'!B1`, 12);
    const plan = await planInExcel("2021-22");
    const before = host.wb.snapshot();
    host.wb.resetStats();
    host.wb.failOnSync(5, "GeneralException", { atStatement: 30 }); // part way through the commit
    await expect(applyReportPlan(plan, { replace: true })).rejects.toMatchObject({
      survived: "previous report kept",
      hadReport: true,
    });
    expect(host.wb.snapshot()).toEqual(before);
    expect(await inspectReportSheet()).toBe("foreign");
  });

  it("a refresh interrupted earlier is not recovered half way into a workbook protected since", async () => {
    host = withHost("sample");
    const plan = await planInExcel("2021-22");
    await applyReportPlan(plan, { replace: false });
    const next = await planInExcel("2019-20");
    const before = host.wb.snapshot();
    // The commit fails part way and so does the recovery: the journal stays.
    host.wb.resetStats();
    host.wb.failOnSync(5, "GeneralException", { atStatement: 40 });
    host.wb.failOnSync(6, "GeneralException");
    await expect(applyReportPlan(next, { replace: false })).rejects.toMatchObject({ survived: "recovery pending" });
    host.wb.structureProtection = { password: "" };
    const pending = host.wb.snapshot();
    await expect(applyReportPlan(next, { replace: false })).rejects.toMatchObject({
      reason: "workbook-structure-protected",
    });
    expect(host.wb.snapshot()).toEqual(pending);
    host.wb.structureProtection = undefined;
    await expect(recoverReportSheets()).resolves.toBe("previous report kept");
    expect(host.wb.snapshot()).toEqual(before);
    // What came back is the previous report as written, borders included.
    const grid = tablesOf(plan)[0]?.grid.range;
    if (!grid) throw new Error("the plan has no table");
    const corner = host.wb.cell(host.wb.requireSheet(SHEET), grid.row, grid.col)?.format ?? {};
    expect([corner.borderTop, corner.borderBottom, corner.borderLeft, corner.borderRight]).toEqual(
      Array(4).fill({ style: "Continuous" }),
    );
  });

  it("stops before writing anything when Excel lacks the API a safe refresh needs", async () => {
    host = withHost("sample");
    const plan = await planInExcel("2021-22");
    const before = host.wb.snapshot();
    const supported = Office.context.requirements.isSetSupported;
    Office.context.requirements.isSetSupported = (name: string, version?: string | number) =>
      !(name === "ExcelApi" && String(version) === "1.9");
    try {
      await expect(applyReportPlan(plan, { replace: false })).rejects.toMatchObject({ reason: "excel-too-old" });
    } finally {
      Office.context.requirements.isSetSupported = supported;
    }
    expect(host.wb.snapshot()).toEqual(before);
  });

  it("a failed refresh says what survived: the previous report, or no report at all", async () => {
    host = withHost("sample");
    const plan = await planInExcel("2021-22");
    const before = host.wb.snapshot();
    host.wb.resetStats();
    // Syncs: recovery, a look at the (absent) sheet, prepare, commit (the 4th), clean-up.
    host.wb.failOnSync(4, "GeneralException", { atStatement: 40 });
    await expect(applyReportPlan(plan, { replace: false })).rejects.toMatchObject({
      survived: "previous report kept",
      hadReport: false,
    });
    expect(host.wb.snapshot()).toEqual(before);
    await applyReportPlan(plan, { replace: false });
    const next = await planInExcel("2019-20");
    // With a report there, the look takes two syncs and the commit is the 5th.
    host.wb.failOnSync(5, "GeneralException", { atStatement: 40 });
    await expect(applyReportPlan(next, { replace: false })).rejects.toMatchObject({
      survived: "previous report kept",
      hadReport: true,
    });
    expect(await inspectReportSheet()).toBe("ours");
  });
});
