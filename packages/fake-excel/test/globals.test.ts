/**
 * Code written against the real globals (Excel.run, Excel enums, OfficeExtension.Error,
 * Office.onReady, Office.context.document.settings) runs unmodified on the fake host.
 * https://learn.microsoft.com/en-us/office/dev/add-ins/develop/application-specific-api-model
 */
import { FakeWorkbook, installGlobalExcel } from "../src";

/** Written exactly as production code in src/excel would be. */
async function writeHeadline(text: string): Promise<string> {
  return Excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getItemOrNullObject("Report");
    await context.sync();
    const target = sheet.isNullObject ? context.workbook.worksheets.add("Report") : sheet;
    const cell = target.getRange("A1");
    cell.values = [[text]];
    cell.format.font.bold = true;
    const chart = target.charts.add(Excel.ChartType.columnClustered, target.getRange("A1"), "Auto");
    chart.legend.visible = false;
    cell.load("address");
    await context.sync();
    return cell.address;
  });
}

describe("installGlobalExcel", () => {
  let workbook: FakeWorkbook;
  let uninstall: () => void;
  beforeEach(() => {
    workbook = FakeWorkbook.fromSheets({ Data: [] });
    uninstall = installGlobalExcel(workbook);
  });
  afterEach(() => uninstall());

  test("Excel.run and the Excel enums work as globals", async () => {
    await expect(writeHeadline("Contacts rose by 21%")).resolves.toBe("Report!A1");
    expect(workbook.getCell("Report", "A1")).toEqual({ value: "Contacts rose by 21%", format: { bold: true } });
    expect(workbook.charts).toHaveLength(1);
    expect(Excel.ChartType.columnClustered).toBe("ColumnClustered");
  });

  test("errors are OfficeExtension.Error instances with Excel.ErrorCodes' codes", async () => {
    const err: unknown = await Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Missing").load("name");
      await ctx.sync();
    }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(OfficeExtension.Error);
    expect((err as OfficeExtension.Error).code).toBe("ItemNotFound");
  });

  test("Office.onReady and Office.context.document.settings share the workbook's settings", async () => {
    await expect(Office.onReady()).resolves.toMatchObject({ host: "Excel" });
    Office.context.document.settings.set("csc.lastRun", "2024-06-01");
    await Excel.run(async (ctx) => {
      const s = ctx.workbook.settings.getItem("csc.lastRun").load("value");
      await ctx.sync();
      expect(s.value).toBe("2024-06-01");
    });
    expect(Office.context.requirements.isSetSupported("ExcelApi", "1.12")).toBe(true);
  });

  test("uninstall restores the previous globals", () => {
    uninstall();
    expect((globalThis as { Excel?: unknown }).Excel).toBeUndefined();
    uninstall = installGlobalExcel(workbook);
  });
});
