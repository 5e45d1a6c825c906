/**
 * Charts: https://learn.microsoft.com/en-us/office/dev/add-ins/excel/excel-add-ins-charts
 */
import { createFakeExcel, PLACEHOLDER_PNG_BASE64 } from "../src";

const DATA = [
  ["Year", "CP plans", "CLA"],
  ["2019-20", 1020, 1500],
  ["2020-21", 980, 1560],
  ["2021-22", 1005, 1620],
];

describe("charts", () => {
  test("charts.add splits the source into series by columns, with names and categories from the labels", async () => {
    const { run, workbook } = createFakeExcel({ S: DATA });
    await run(async (ctx) => {
      const s = ctx.workbook.worksheets.getItem("S");
      const chart = s.charts.add("ColumnClustered", s.getRange("A1:C4"), "Auto");
      chart.name = "Plans";
      chart.title.text = "Children subject to a plan";
      chart.axes.valueAxis.title.text = "Children";
      chart.axes.categoryAxis.title.text = "Year";
      chart.axes.valueAxis.minimum = 0;
      chart.legend.position = "Bottom";
      chart.dataLabels.showValue = true;
      // Not on Excel.Chart's type (see model.ts): the fake stores it as an extra.
      (chart as unknown as { altTextTitle: string }).altTextTitle = "Plans and CLA by year";
      chart.series.getItemAt(0).format.fill.setSolidColor("#1F4E79");
    });
    const m = workbook.getChartModel("S", "Plans");
    expect(m).toMatchObject({
      chartType: "ColumnClustered",
      title: { text: "Children subject to a plan", visible: true },
      categories: ["2019-20", "2020-21", "2021-22"],
      series: [
        { name: "CP plans", values: [1020, 980, 1005], fillColor: "#1F4E79" },
        { name: "CLA", values: [1500, 1560, 1620] },
      ],
      valueAxis: { title: "Children", titleVisible: true, minimum: 0 },
      categoryAxis: { title: "Year" },
      legend: { visible: true, position: "Bottom" },
      showDataLabels: true,
      altTextTitle: "Plans and CLA by year",
    });
  });

  test("the chart model reads the sheet as it is now", async () => {
    const { run, workbook } = createFakeExcel({ S: DATA });
    await run(async (ctx) => {
      const s = ctx.workbook.worksheets.getItem("S");
      s.charts.add("Line", s.getRange("A1:B4"));
    });
    workbook.setValues("S", "B2", [[999]]);
    expect(workbook.getChartModel("S", "Chart 1").series[0]?.values).toEqual([999, 980, 1005]);
  });

  test("wide sources plot by rows; explicit seriesBy wins", async () => {
    const { run, workbook } = createFakeExcel({
      S: [
        ["", "Q1", "Q2", "Q3"],
        ["Contacts", 1, 2, 3],
      ],
    });
    await run(async (ctx) => {
      const s = ctx.workbook.worksheets.getItem("S");
      s.charts.add("BarClustered", s.getRange("A1:D2"));
      s.charts.add("BarClustered", s.getRange("A1:D2"), "Columns");
    });
    expect(workbook.getChartModel("S", "Chart 1")).toMatchObject({
      categories: ["Q1", "Q2", "Q3"],
      series: [{ name: "Contacts", values: [1, 2, 3] }],
    });
    expect(workbook.getChartModel("S", "Chart 2").series.map((x) => x.name)).toEqual(["Q1", "Q2", "Q3"]);
  });

  test("series: add, setValues, setXAxisValues, name, markerStyle, line colour, items", async () => {
    const { run, workbook } = createFakeExcel({ S: DATA });
    const out = await run(async (ctx) => {
      const s = ctx.workbook.worksheets.getItem("S");
      const chart = s.charts.add("LineMarkers", s.getRange("A1:B4"), "Columns");
      const extra = chart.series.add("CLA");
      extra.setValues(s.getRange("C2:C4"));
      extra.setXAxisValues(s.getRange("A2:A4"));
      extra.markerStyle = "Circle";
      extra.format.line.color = "#C00000";
      extra.hasDataLabels = true;
      const series = chart.series.load("items/name, count");
      await ctx.sync();
      return [series.count, series.items.map((x) => x.name)];
    });
    expect(out).toEqual([2, ["CP plans", "CLA"]]);
    expect(workbook.getChartModel("S", "Chart 1").series[1]).toEqual({
      name: "CLA",
      values: [1500, 1560, 1620],
      lineColor: "#C00000",
      hasDataLabels: true,
      markerStyle: "Circle",
    });
  });

  test("setPosition uses cell geometry; top/left/width/height; getImage is a placeholder PNG", async () => {
    const { run } = createFakeExcel({ S: DATA });
    const out = await run(async (ctx) => {
      const s = ctx.workbook.worksheets.getItem("S");
      const chart = s.charts.add("ColumnClustered", s.getRange("A1:C4"));
      chart.setPosition("E2", "J16");
      const img = chart.getImage();
      chart.load("top, left, width, height, name, chartType");
      await ctx.sync();
      return [chart.top, chart.left, chart.width, chart.height, chart.name, chart.chartType, img.value];
    });
    expect(out).toEqual([15, 4 * 48, 6 * 48, 15 * 15, "Chart 1", "ColumnClustered", PLACEHOLDER_PNG_BASE64]);
  });

  test("an unknown chart type is InvalidArgument; getItemOrNullObject; delete", async () => {
    const { run, workbook } = createFakeExcel({ S: DATA });
    await expect(
      run(async (ctx) => {
        const s = ctx.workbook.worksheets.getItem("S");
        s.charts.add("Sparkle" as Excel.ChartType, s.getRange("A1:B4"));
      }),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
    const out = await run(async (ctx) => {
      const s = ctx.workbook.worksheets.getItem("S");
      s.charts.add("Line", s.getRange("A1:B4"));
      const missing = s.charts.getItemOrNullObject("Nope");
      await ctx.sync();
      s.charts.getItem("Chart 1").delete();
      s.charts.load("items");
      await ctx.sync();
      return [missing.isNullObject, s.charts.items.length];
    });
    expect(out).toEqual([true, 0]);
    expect(workbook.charts).toEqual([]);
  });

  test("chart properties need load, like everything else", async () => {
    const { run } = createFakeExcel({ S: DATA });
    await run(async (ctx) => {
      const s = ctx.workbook.worksheets.getItem("S");
      const c = s.charts.add("Line", s.getRange("A1:B4"));
      await ctx.sync();
      expect(() => c.title.text).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }) as Error);
      c.load("title/text, axes/valueAxis/title/text");
      await ctx.sync();
      expect([c.title.text, c.axes.valueAxis.title.text]).toEqual(["", ""]);
    });
  });
});

test("the placeholder PNG is a valid PNG (signature and IHDR)", () => {
  const bin = atob(PLACEHOLDER_PNG_BASE64);
  expect(bin.slice(1, 4)).toBe("PNG");
  expect(bin.slice(12, 16)).toBe("IHDR");
});
