/**
 * Rates per 10,000 children in one house style from every writer: one plan compared with DfE's
 * figures, applied by the Office.js writer (in-memory host), the CLI's .xlsx writer and the deck
 * writer, shows each rate cell as the plan's text ("57.0", never "57") in the format "#,##0.0",
 * and each comparison chart labels its points and its value axis in that format, over the years
 * DfE has figures for (not the looked-after table's earlier years, nor its quarter).
 */
import ExcelJS from "exceljs";
import { withHost } from "./harness";
import { applyReportPlan } from "../../src/excel";
import { buildReportPlan, reportBenchmarks, type TableBlock } from "../../src/core/report";
import { formatCell, parseCell } from "../../src/core/base";
import { child, type XmlElement } from "../../src/package/xml";
import { sampleData } from "../../support/sample-workbook";
import { dataset } from "../core/benchmarks/data";
import { all } from "../deck/read-pptx";
import { deckChartParts, sampleReportXlsx, xlsxChartParts } from "./report-outputs";

const SHEET = "Safeguarding Report";
const data = sampleData();
const bench = reportBenchmarks(dataset, data.settings.localAuthority, ["england", "region", "neighbours"]);
if (!("match" in bench)) throw new Error(bench.message);
const plan = buildReportPlan(data, { year: { kind: "year", startYear: 2019 }, benchmarks: bench });
const tables = plan.blocks.filter((b): b is TableBlock => b.kind === "table");
const compareCharts = tables.flatMap((t) => t.charts.filter((c) => c.name.endsWith("_compare")));

/** Every rate cell the plan writes: its address, value and text. */
const rateCells = tables.flatMap((t) =>
  t.rows.flatMap((row, r) =>
    row.label.includes("per 10,000")
      ? row.cells.flatMap((c, k) =>
          typeof c.value === "number"
            ? [{ address: formatCell({ row: t.grid.range.row + 1 + r, col: 1 + k }), value: c.value, text: c.text }]
            : [],
        )
      : [],
  ),
);

/** The label and axis number formats of a DrawingML chart part (the workbook's or the deck's). */
function chartFormats(chartSpace: XmlElement): { labels: string[]; axis: string | undefined } {
  const plot = child(child(chartSpace, "chart"), "plotArea");
  return {
    labels: all(plot, "dLbls").map((d) => child(d, "numFmt")?.attrs.get("formatCode") ?? ""),
    axis: child(child(plot, "valAx"), "numFmt")?.attrs.get("formatCode"),
  };
}

it("the plan has rates that are whole numbers, which the house style still shows with a decimal", () => {
  expect(rateCells.length).toBeGreaterThan(30);
  expect(rateCells.filter((c) => Number.isInteger(c.value)).map((c) => c.text)).toEqual(
    expect.arrayContaining(["45.0", "57.0", "64.0"]),
  );
  expect(rateCells.every((c) => /^\d{1,3}(,\d{3})*\.\d$/.test(c.text))).toBe(true);
  expect(compareCharts.map((c) => c.name)).toEqual([
    "CSC_chart_childProtection_compare",
    "CSC_chart_lookedAfter_compare",
    "CSC_chart_contacts_compare",
  ]);
});

describe("the Office.js writer", () => {
  let host: ReturnType<typeof withHost> | undefined;
  beforeAll(async () => {
    host = withHost("sample");
    await applyReportPlan(plan, { replace: false });
  }, 60_000);
  afterAll(() => host?.done());

  it("shows every rate as the plan's text, in the house style's format", async () => {
    const seen = await Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem(SHEET);
      const ranges = rateCells.map((c) => ws.getRange(c.address).load("values, text, numberFormat"));
      await context.sync();
      return ranges.map((r) => ({ value: r.values[0]?.[0], text: r.text[0]?.[0], format: r.numberFormat[0]?.[0] }));
    });
    expect(seen).toEqual(rateCells.map((c) => ({ value: c.value, text: c.text, format: "#,##0.0" })));
  });

  it("draws each comparison over DfE's years, its value axis in the house style", () => {
    for (const spec of compareCharts) {
      const model = host?.wb.getChartModel(SHEET, spec.name);
      expect(model?.categories).toEqual(spec.categories);
      expect(model?.valueAxis.numberFormat).toBe("#,##0.0");
      expect(model?.series.map((s) => s.values)).toEqual(spec.series.map((s) => s.values));
    }
    const lookedAfter = host?.wb.getChartModel(SHEET, "CSC_chart_lookedAfter_compare");
    expect(lookedAfter?.categories).toEqual(["2017-18", "2018-19", "2019-20"]);
  });
});

describe("the .xlsx writer and the deck", () => {
  const cellFormats = new Map<string, string>();
  const fileCharts = new Map<string, ReturnType<typeof chartFormats>>();
  const deckCharts = new Map<string, ReturnType<typeof chartFormats>>();
  beforeAll(async () => {
    const out = await sampleReportXlsx(plan);
    const back = new ExcelJS.Workbook();
    // ExcelJS types its input as the older Buffer; the bytes are the same.
    await back.xlsx.load(Buffer.from(out) as unknown as ExcelJS.Buffer);
    const ws = back.getWorksheet(SHEET);
    for (const c of rateCells) {
      const p = parseCell(c.address);
      if (p) cellFormats.set(c.address, ws?.getCell(p.row + 1, p.col + 1).numFmt ?? "");
    }
    for (const [name, chart] of xlsxChartParts(out)) fileCharts.set(name, chartFormats(chart));
    for (const [name, chart] of await deckChartParts(plan)) deckCharts.set(name, chartFormats(chart));
  }, 120_000);

  it("gives every rate cell the house style's number format", () => {
    expect([...cellFormats.values()]).toEqual(rateCells.map(() => "#,##0.0"));
  });

  it.each(compareCharts.map((c) => [c.name, c.series.length] as const))(
    "%s labels its points and its value axis in the house style, in the workbook and on the slide",
    (name, series) => {
      const want = { labels: Array.from({ length: series }, () => "#,##0.0"), axis: "#,##0.0" };
      expect(fileCharts.get(name)).toEqual(want);
      const deck = deckCharts.get(name);
      expect(deck?.axis).toBe("#,##0.0");
      // pptxgenjs writes the label format once for the chart or once per series.
      expect(deck?.labels.length).toBeGreaterThan(0);
      expect(new Set(deck?.labels)).toEqual(new Set(["#,##0.0"]));
    },
  );
});
