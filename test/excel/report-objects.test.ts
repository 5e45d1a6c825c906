/**
 * What the officer adds to the report sheet besides cells, in the add-in against the in-memory
 * host: their charts and shapes are kept by a refresh (only the add-in's charts, found by the
 * names it recorded, are replaced); a note or a comment, which a refresh would remove with the
 * old cells, makes the pane ask. And recovery acts only on a journal: staging-named sheets
 * without one are left alone, and another session's recent journal is left to it.
 */
import { applyReportPlan, prepareReport, recoverReportSheets } from "../../src/excel";
import { BUILD_SHEET, JOURNAL_SETTING, ReportSheetConflict } from "../../src/excel/report";
import { planInExcel, withHost } from "./harness";

const SHEET = "Safeguarding Report";
let host: ReturnType<typeof withHost> | undefined;
afterEach(() => host?.done());

/** The names of the charts on the report sheet. */
async function chartNames(): Promise<string[]> {
  return Excel.run(async (context) => {
    const charts = context.workbook.worksheets.getItem(SHEET).charts;
    charts.load("items/name");
    await context.sync();
    return charts.items.map((c) => c.name);
  });
}

/** The officer draws on the report sheet: a chart of their own over its cells, and a text box. */
async function officerDraws(): Promise<void> {
  await Excel.run(async (context) => {
    const ws = context.workbook.worksheets.getItem(SHEET);
    const chart = ws.charts.add("ColumnClustered", ws.getRange("B18:F19"), "Rows");
    chart.name = "My own chart";
    ws.shapes.addTextBox("Checked with the team manager");
    await context.sync();
  });
}

it("keeps the officer's chart and text box and replaces only the add-in's charts, by name", async () => {
  host = withHost("sample");
  const plan = await planInExcel("2021-22");
  await applyReportPlan(plan, { replace: false });
  const own = await chartNames();
  expect(own.length).toBeGreaterThan(0);
  await officerDraws();
  const session = await prepareReport(await planInExcel("2020-21"));
  // Nothing of theirs would be lost: the sheet is still the add-in's, and the session says what it keeps.
  expect(session.ownership).toBe("ours");
  expect(session.added).toMatchObject({ charts: ["My own chart"], shapes: ["TextBox 1"] });
  await applyReportPlan(await planInExcel("2020-21"), { replace: false });
  const after = await chartNames();
  expect(after.filter((n) => n === "My own chart")).toHaveLength(1);
  expect(after.filter((n) => n !== "My own chart").sort()).toEqual([...own].sort());
  const shapes = await Excel.run(async (context) => {
    const s = context.workbook.worksheets.getItem(SHEET).shapes;
    s.load("items/name");
    await context.sync();
    return s.items.map((x) => x.name);
  });
  expect(shapes).toEqual(["TextBox 1"]);
});

it("asks before a refresh removes a comment the officer left on the report, and removes it only when told", async () => {
  // Comments are ExcelApi 1.10, above the manifest's 1.9: an Excel that has them.
  host = withHost("sample", "1.10");
  await applyReportPlan(await planInExcel("2021-22"), { replace: false });
  await Excel.run(async (context) => {
    context.workbook.worksheets.getItem(SHEET).comments.add(`'${SHEET}'!B5`, "Is this right?");
    await context.sync();
  });
  const session = await prepareReport(await planInExcel("2021-22"));
  expect(session.ownership).toBe("edited");
  expect(session.added).toMatchObject({ comments: ["B5"], unread: ["notes"] });
  await expect(applyReportPlan(await planInExcel("2021-22"), { replace: false })).rejects.toBeInstanceOf(
    ReportSheetConflict,
  );
  await expect(applyReportPlan(await planInExcel("2021-22"), { replace: false })).rejects.toMatchObject({
    params: { sheet: SHEET, added: { comments: ["B5"] } },
  });
  await applyReportPlan(await planInExcel("2021-22"), { replace: true });
  expect((await prepareReport(await planInExcel("2021-22"))).ownership).toBe("ours");
});

it("asks about a note where Excel can show notes (ExcelApi 1.18)", async () => {
  host = withHost("sample", "latest");
  await applyReportPlan(await planInExcel("2021-22"), { replace: false });
  await Excel.run(async (context) => {
    context.workbook.worksheets.getItem(SHEET).notes.add("C7", "Checked");
    await context.sync();
  });
  const session = await prepareReport(await planInExcel("2021-22"));
  expect(session.ownership).toBe("edited");
  expect(session.added).toMatchObject({ notes: ["C7"], unread: [] });
});

it("leaves a staging-named sheet with no journal alone, and does not start a refresh over it", async () => {
  host = withHost("sample");
  await Excel.run(async (context) => {
    context.workbook.worksheets.add(BUILD_SHEET).getRange("A1").values = [["the officer's"]];
    await context.sync();
  });
  await expect(recoverReportSheets()).resolves.toBeUndefined();
  await expect(applyReportPlan(await planInExcel("2021-22"), { replace: false })).rejects.toMatchObject({
    code: "report-reserved-sheet",
    params: { sheet: BUILD_SHEET },
  });
  expect(host.wb.requireSheet(BUILD_SHEET)).toBeDefined();
  expect(host.wb.sheets.some((s) => s.name === SHEET)).toBe(false);
});

it("does not recover another session's recent refresh from under it, and says so; an old one it recovers", async () => {
  host = withHost("sample");
  const journal = (at: Date) =>
    JSON.stringify({
      phase: "prepared",
      sheet: SHEET,
      hadSheet: false,
      previousSetting: null,
      backupAddress: null,
      previousCharts: [],
      previousWidths: [],
      keptCharts: [],
      session: "a co-author",
      at: at.toISOString(),
    });
  await Excel.run(async (context) => {
    context.workbook.worksheets.add(BUILD_SHEET);
    context.workbook.settings.add(JOURNAL_SETTING, journal(new Date(Date.now() - 2 * 60_000)));
    await context.sync();
  });
  await expect(applyReportPlan(await planInExcel("2021-22"), { replace: false })).rejects.toMatchObject({
    code: "report-refresh-elsewhere",
    params: { minutes: 2 },
  });
  expect(host.wb.requireSheet(BUILD_SHEET)).toBeDefined();
  await Excel.run(async (context) => {
    context.workbook.settings.add(JOURNAL_SETTING, journal(new Date(Date.now() - 11 * 60_000)));
    await context.sync();
  });
  await expect(recoverReportSheets()).resolves.toBe("previous report kept");
  expect(host.wb.sheets.some((s) => s.name === BUILD_SHEET)).toBe(false);
});
