import * as fs from "fs";
import { buildExcelApiTable, GENERATED_PATH, TYPES_PATH } from "../scripts/excel-api-sets";
import { checkMember, emulateExcelApi, isSetSupported, parseVersion, requiredExcelApi } from "../src/harness/api-sets";
import { EXCEL_API_SETS } from "../src/harness/excel-api-sets.generated";
import { createFakeExcel, createOfficeGlobal, isOfficeError } from "../src";

describe("the requirement-set table", () => {
  it(`is fresh: ${GENERATED_PATH} is what packages/fake-excel/scripts/excel-api-sets.ts makes of @types/office-js`, () => {
    const table = buildExcelApiTable(fs.readFileSync(TYPES_PATH, "utf8"));
    // If this fails after updating @types/office-js, run `npx tsx packages/fake-excel/scripts/excel-api-sets.ts`.
    expect(EXCEL_API_SETS).toEqual(table);
  });

  it("holds the versions Microsoft documents for members the add-in uses", () => {
    expect(requiredExcelApi("Range", "values", "get")).toEqual([1, 1]);
    expect(requiredExcelApi("ConditionalFormatCollection", "getItemOrNullObject", "get")).toEqual([1, 14]);
    expect(requiredExcelApi("ChartSeries", "setXAxisValues", "get")).toEqual([1, 7]);
    expect(requiredExcelApi("ChartAxis", "numberFormat", "set")).toEqual([1, 8]);
    expect(requiredExcelApi("Workbook", "settings", "get")).toEqual([1, 4]);
  });

  it("reads a note's write version apart from its read version", () => {
    expect(requiredExcelApi("Worksheet", "visibility", "get")).toEqual([1, 1]);
    expect(requiredExcelApi("Worksheet", "visibility", "set")).toEqual([1, 2]);
    expect(requiredExcelApi("Application", "calculationMode", "set")).toEqual([1, 8]);
  });

  it("members of other sets are refused whenever a version is emulated; unnoted members pass", () => {
    expect(requiredExcelApi("Workbook", "linkedWorkbooks", "get")).toBeNull();
    expect(() => checkMember("Workbook", "linkedWorkbooks", "get", [1, 20])).toThrow(/ExcelApiOnline 1.1/);
    expect(requiredExcelApi("Range", "load", "get")).toBeUndefined();
    expect(() => checkMember("Range", "load", "get", [1, 1])).not.toThrow();
  });
});

describe("isSetSupported over the host", () => {
  it("claims every set when nothing is emulated", () => {
    const fx = createFakeExcel();
    expect(isSetSupported(fx.workbook, "ExcelApi", "1.20")).toBe(true);
    expect(createOfficeGlobal(fx.workbook).context.requirements.isSetSupported("ExcelApiOnline", "1.1")).toBe(true);
  });

  it("answers ExcelApi from the emulated version", () => {
    const fx = createFakeExcel();
    emulateExcelApi(fx.workbook, "1.8");
    const office = createOfficeGlobal(fx.workbook);
    expect(office.context.requirements.isSetSupported("ExcelApi", "1.8")).toBe(true);
    expect(office.context.requirements.isSetSupported("ExcelApi", "1.10")).toBe(false);
    expect(office.context.requirements.isSetSupported("ExcelApi")).toBe(true);
    expect(office.context.requirements.isSetSupported("ExcelApiOnline", "1.1")).toBe(false);
    expect(office.context.requirements.isSetSupported("SharedRuntime", "1.1")).toBe(true);
    expect(parseVersion("1.10")).toEqual([1, 10]);
    expect(() => emulateExcelApi(fx.workbook, "one")).toThrow(RangeError);
  });
});

describe("the gate", () => {
  it("leaves the objects' behaviour alone: identity, chaining, arguments", async () => {
    const fx = createFakeExcel({ S: [[1, 2]] });
    emulateExcelApi(fx.workbook, "1.1");
    const got = await fx.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("S");
      const range = ws.getRange("A1:B1");
      const loaded = range.load("values");
      const cell = range.getCell(0, 1);
      cell.values = [[5]];
      ctx.workbook.tables.add(ws.getRange("D1:E3"), true); // a gated object passed as an argument
      await ctx.sync();
      return { values: range.values, same: loaded === range };
    });
    expect(got).toEqual({ values: [[1, 2]], same: true });
    expect(fx.workbook.getValues("S", "A1:B1")).toEqual([[1, 5]]);
    expect(fx.workbook.tables).toHaveLength(1);
  });

  it("refuses a method above the set before it queues anything", async () => {
    const fx = createFakeExcel({ S: [[1, 2]] });
    emulateExcelApi(fx.workbook, "1.6");
    const err = await fx.run(async (ctx) => {
      try {
        ctx.workbook.worksheets.getItem("S").getRange("A1").getImage(); // ExcelApi 1.7
      } catch (e) {
        return e;
      }
      return undefined;
    });
    expect(isOfficeError(err) && [err.code, err.name, err.debugInfo.errorLocation]).toEqual([
      "ApiNotFound",
      "RichApi.Error",
      "Range.getImage",
    ]);
    expect(fx.workbook.stats.syncs).toBe(0);
  });

  it("checks each segment of a load path on its own class", async () => {
    const fx = createFakeExcel({ S: [[1, 2]] });
    emulateExcelApi(fx.workbook, "1.8");
    const load = (f: (ctx: Excel.RequestContext) => void): Promise<unknown> =>
      fx.run(async (ctx) => {
        f(ctx);
        await ctx.sync();
      });
    await load((ctx) => void ctx.workbook.worksheets.getItem("S").getRange("A1").load("format/fill/color, values"));
    await load((ctx) => void ctx.workbook.worksheets.load("items/name"));
    await expect(
      load((ctx) => void ctx.workbook.worksheets.getItem("S").getRange("A1").load("format/autoIndent")),
    ).rejects.toMatchObject({ code: "ApiNotFound", debugInfo: { errorLocation: "RangeFormat.autoIndent" } });
    emulateExcelApi(fx.workbook, "1.6");
    await expect(load((ctx) => void ctx.workbook.worksheets.load("items/tabColor"))).rejects.toMatchObject({
      debugInfo: { errorLocation: "Worksheet.tabColor" },
    });
    await expect(load((ctx) => void ctx.workbook.worksheets.load({ tabColor: true }))).rejects.toMatchObject({
      debugInfo: { errorLocation: "Worksheet.tabColor" },
    });
  });
});

describe("the host's objects", () => {
  it("each stand for an Excel class of the table, so the gate checks their members", async () => {
    const fx = createFakeExcel({
      S: [
        [1, 2],
        [3, 4],
      ],
    });
    const names = await fx.run(async (ctx) => {
      const wb = ctx.workbook;
      const ws = wb.worksheets.getItem("S");
      const range = ws.getRange("A1:B2");
      const cf = range.conditionalFormats.add("Custom");
      const table = ws.tables.add(range, true);
      const chart = ws.charts.add("ColumnClustered", range, "Rows");
      const series = chart.series.getItemAt(0);
      const reached: unknown[] = [
        ctx.application,
        wb,
        wb.worksheets,
        ws,
        range,
        range.format,
        range.format.fill,
        range.format.font,
        range.conditionalFormats,
        cf,
        cf.custom,
        cf.custom.rule,
        cf.custom.format,
        cf.custom.format.fill,
        cf.custom.format.font,
        wb.settings,
        wb.settings.add("k", "v"),
        wb.names,
        ws.tables,
        table,
        table.rows,
        ws.charts,
        chart,
        chart.title,
        chart.legend,
        chart.dataLabels,
        chart.axes,
        chart.axes.valueAxis,
        chart.axes.valueAxis.title,
        chart.series,
        series,
        series.format,
        series.format.fill,
        series.format.line,
      ];
      await ctx.sync();
      return reached.map((o) => String((o as { typeName?: unknown }).typeName));
    });
    const expected = names.map((n) => [n, true]);
    expect(names.map((n) => [n, n in EXCEL_API_SETS])).toEqual(expected);
    expect(names).toContain("ConditionalRangeFont");
  });
});
