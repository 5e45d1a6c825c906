/**
 * The writers' contract for charts: one ReportPlan drawn by the Office.js writer (against the
 * in-memory host), by the CLI's .xlsx writer (its chart parts, read back with the package
 * layer) and by the deck writer (the .pptx's chart parts) gives the same charts: type, title,
 * axis titles, and each series' name, colours (a column's fill and outline, a line's colour)
 * and marker, all the theme's through the plan. A writer that picks its own colour fails here.
 *
 * One difference is the plan's own: the workbook's columns after the first are light fills
 * outlined in the series colour (the outline gives the 3:1 of WCAG 2.2 SC 1.4.11), while the
 * slides fill every column with its series colour, each 3:1 on the slide by itself (as
 * test/deck/pptx.test.ts requires of every fill on a projected slide); so the deck's column
 * fill is compared with the series colour, and its edge is its fill.
 */
import { withHost } from "./harness";
import { applyReportPlan } from "../../src/excel";
import { buildReportPlan, type ChartSpec, type ReportPlan } from "../../src/core/report";
import { child, children, type XmlElement } from "../../src/package/xml";
import { sampleData } from "../../support/sample-workbook";
import { all } from "../deck/read-pptx";
import { deckChartParts, sampleReportXlsx, xlsxChartParts } from "./report-outputs";

/** One series as a reader sees it. */
interface SeriesSeen {
  readonly name: string;
  /** A column's fill; null for a line. */
  readonly fill: string | null;
  /** A column's outline or a line's colour. */
  readonly line: string;
  /** A line's marker ("circle"...); null for a column. */
  readonly marker: string | null;
}

/** One chart as a reader sees it. */
interface ChartSeen {
  readonly type: "column" | "line";
  readonly title: string;
  readonly categoryAxisTitle: string;
  readonly valueAxisTitle: string;
  readonly series: readonly SeriesSeen[];
}

const SHEET = "Safeguarding Report";
const colour = (c: string | undefined): string => `#${(c ?? "").replace(/^#/, "").toUpperCase()}`;

/** What the plan says each chart shows. */
function planned(spec: ChartSpec): ChartSeen {
  const column = spec.type === "ColumnClustered";
  return {
    type: column ? "column" : "line",
    title: spec.title,
    categoryAxisTitle: spec.categoryAxisTitle,
    valueAxisTitle: spec.valueAxisTitle,
    series: spec.series.map((s) => ({
      name: s.name,
      fill: column ? colour(s.fill) : null,
      line: colour(s.color),
      marker: column ? null : s.marker,
    })),
  };
}

/** The text of every a:t under `el`. */
const text = (el: XmlElement | undefined): string =>
  all(el, "t")
    .map((t) => t.text)
    .join("");

/** The srgbClr of the solidFill directly under `el`. */
const solidOf = (el: XmlElement | undefined): string | undefined =>
  child(child(el, "solidFill"), "srgbClr")?.attrs.get("val");

/** A DrawingML chart part (the workbook's or the deck's) as seen. */
function drawingMlChart(chartSpace: XmlElement): ChartSeen {
  const chart = child(chartSpace, "chart");
  const plot = child(chart, "plotArea");
  const bar = child(plot, "barChart");
  const column = bar !== undefined;
  return {
    type: column ? "column" : "line",
    title: text(child(chart, "title")),
    categoryAxisTitle: text(child(child(plot, "catAx"), "title")),
    valueAxisTitle: text(child(child(plot, "valAx"), "title")),
    series: children(bar ?? child(plot, "lineChart"), "ser").map((ser) => {
      const spPr = child(ser, "spPr");
      return {
        name: all(child(ser, "tx"), "v")[0]?.text ?? text(child(ser, "tx")),
        fill: column ? colour(solidOf(spPr)) : null,
        // A column with no outline of its own is edged by its fill.
        line: colour(solidOf(child(spPr, "ln")) ?? (column ? solidOf(spPr) : undefined)),
        marker: column ? null : (child(child(ser, "marker"), "symbol")?.attrs.get("val") ?? null),
      };
    }),
  };
}

const plan: ReportPlan = buildReportPlan(sampleData(), {
  year: { kind: "year", startYear: 2021 },
  quarterStyle: "range",
});
const specs = plan.blocks.flatMap((b) => (b.kind === "table" ? b.charts : []));
let host: ReturnType<typeof withHost> | undefined;
const fromFile = new Map<string, ChartSeen>();
const fromDeck = new Map<string, ChartSeen>();

beforeAll(async () => {
  host = withHost("sample");
  await applyReportPlan(plan, { replace: false });

  for (const [name, chart] of xlsxChartParts(await sampleReportXlsx(plan))) fromFile.set(name, drawingMlChart(chart));
  for (const [name, chart] of await deckChartParts(plan)) fromDeck.set(name, drawingMlChart(chart));
}, 120_000);

afterAll(() => host?.done());

it("the plan has charts of both kinds, with more than one series, to compare", () => {
  expect(specs.map((s) => s.type)).toEqual(expect.arrayContaining(["ColumnClustered"]));
  expect(specs.some((s) => s.series.length > 1)).toBe(true);
});

it.each(specs.map((s) => [s.name, s] as const))(
  "%s shows the plan's type, titles, series and colours from all three writers",
  (name, spec) => {
    const want = planned(spec);
    const model = host?.wb.getChartModel(SHEET, name);
    if (!model) throw new Error(`no chart ${name} in the host`);
    const fromHost: ChartSeen = {
      type: model.chartType === "ColumnClustered" ? "column" : "line",
      title: model.title.text,
      categoryAxisTitle: model.categoryAxis.title,
      valueAxisTitle: model.valueAxis.title,
      series: model.series.map((s) => ({
        name: s.name,
        fill: model.chartType === "ColumnClustered" ? colour(s.fillColor) : null,
        line: colour(s.lineColor),
        marker: model.chartType === "ColumnClustered" ? null : s.markerStyle.toLowerCase(),
      })),
    };
    expect(fromHost).toEqual(want);
    expect(fromFile.get(name)).toEqual(want);
    expect(fromDeck.get(name)).toEqual({
      ...want,
      series: want.series.map((s) => (s.fill === null ? s : { ...s, fill: s.line })),
    });
  },
);
