/**
 * Requirement sets: every flow of the add-in runs on the host emulating the ExcelApi version
 * manifest.xml requires, with nothing refused; a member above it is refused (ApiNotFound);
 * a guarded call refuses up front, writing nothing, when the set is missing.
 */
import {
  applyReportPlan,
  clearHighlights,
  exportChartImage,
  hasHighlights,
  highlightIssues,
  placeExample,
  selectCell,
  undoExample,
  validateWorkbookInExcel,
} from "../../src/excel";
import { emulatedExcelApi, isOfficeError, parseVersion } from "@csc/fake-excel";
import { PREVIEW_EXCEL_API } from "../../support/excel-api";
import { manifestExcelApi, planInExcel, withHost } from "./harness";

let host: ReturnType<typeof withHost> | undefined;
afterEach(() => host?.done());

const MANIFEST = manifestExcelApi();

describe("the manifest's ExcelApi minimum", () => {
  it("is declared and is what the host emulates by default", () => {
    expect(parseVersion(MANIFEST)).toBeDefined();
    host = withHost("sample");
    expect(emulatedExcelApi(host.wb)).toEqual(parseVersion(MANIFEST));
    expect(Office.context.requirements.isSetSupported("ExcelApi", MANIFEST)).toBe(true);
    expect(Office.context.requirements.isSetSupported("ExcelApi", "1.14")).toBe(false);
  });

  it("is what the browser preview emulates too", () => {
    expect(PREVIEW_EXCEL_API).toBe(MANIFEST);
  });

  it("every flow of the add-in runs at that minimum with nothing refused", async () => {
    host = withHost("fault");
    const { issues } = await validateWorkbookInExcel();
    expect(issues.length).toBe(4);
    const first = issues[0];
    if (first) await selectCell(first.sheet, first.cell);
    const marked = await highlightIssues(issues);
    expect(marked).toBe(4); // one highlight per issue cell
    expect(await hasHighlights()).toBe(true);
    expect(await clearHighlights()).toBe(marked);

    host.done();
    host = withHost("sample");
    const plan = await planInExcel();
    const built = await applyReportPlan(plan, { replace: false });
    expect(built.charts).toBe(6);
    await applyReportPlan(plan, { replace: false }); // a refresh: backup, swap, delete
    expect(await exportChartImage("CSC_chart_uascCareLeavers")).toMatch(/^[A-Za-z0-9+/=]+$/);
    host.wb.selection = {
      sheet: host.wb.requireSheet("Settings"),
      rect: { startRow: 9, startCol: 4, endRow: 9, endCol: 4 },
    };
    const placed = await placeExample("=CSC.RAG(0.9,0.9,0.8)");
    expect(placed).toMatchObject({ kind: "written", target: { address: "Settings!E10" } });
    if (placed.kind === "written") await undoExample(placed);
  });
});

describe("members above the emulated set", () => {
  it("are refused at the call with ApiNotFound, as Office.js does", async () => {
    host = withHost("sample", "1.8");
    const err = await Excel.run(async (context) => {
      const cfs = context.workbook.worksheets.getItem("UASC").getRange("C14").conditionalFormats;
      try {
        cfs.getItemOrNullObject("x");
        return undefined;
      } catch (e) {
        return e;
      }
    });
    expect(isOfficeError(err) && err.code).toBe("ApiNotFound");
    expect(isOfficeError(err) && err.debugInfo.errorLocation).toBe("ConditionalFormatCollection.getItemOrNullObject");
  });

  it("a write is checked against the version the member needs for writing", async () => {
    host = withHost("sample", "1.1");
    await expect(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem("UASC").visibility = "Hidden"; // 1.2 for setting it
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "ApiNotFound" });
    host.done();
    host = withHost("sample", "1.2");
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("UASC").visibility = "Hidden";
      await context.sync();
    });
    expect(host.wb.findSheet("UASC")?.visibility).toBe("Hidden");
  });

  it("a load of a property above the set is refused", async () => {
    host = withHost("sample", "1.8");
    await expect(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem("UASC").getRange("A1").load("top"); // ExcelApi 1.10
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "ApiNotFound" });
  });
});

describe("a guarded call", () => {
  it("a refresh below ExcelApi 1.9 (Range.copyFrom) is refused up front and writes nothing", async () => {
    host = withHost("sample", "1.8");
    const plan = await planInExcel();
    const before = JSON.stringify(host.wb.snapshot());
    await expect(applyReportPlan(plan, { replace: false })).rejects.toMatchObject({ reason: "excel-too-old" });
    expect(JSON.stringify(host.wb.snapshot())).toBe(before);
  });

  it("and goes ahead at 1.9", async () => {
    host = withHost("sample", "1.9");
    const built = await applyReportPlan(await planInExcel(), { replace: false });
    expect(built.charts).toBe(6);
  });
});
