import { buildReportPlan } from "../../../src/core/report/build";
import { contrastRatio, relativeLuminance } from "../../../src/core/report/contrast";
import { COLUMN_FILLS, SERIES_COLOURS, TEXT_COLOUR } from "../../../src/core/report/theme";
import { formatValue, gridRange } from "../../../src/core/report/format";
import { CHART_HEIGHT_PT, CHART_WIDTH_PT } from "../../../src/core/report/placement";
import { columnPoints } from "../../../src/core/report/styles";
import type { ChartSpec, ReportPlan, TableBlock } from "../../../src/core/report/plan";
import { sampleData } from "../../../support/sample-workbook";

const plans: [string, ReportPlan][] = [
  ["2019-20", buildReportPlan(sampleData(), { year: { kind: "year", startYear: 2019 }, quarterStyle: "end-month" })],
  ["2021-22", buildReportPlan(sampleData(), { year: { kind: "year", startYear: 2021 }, quarterStyle: "range" })],
];
const tables = (p: ReportPlan) => p.blocks.filter((b): b is TableBlock => b.kind === "table");
const charts = (p: ReportPlan): ChartSpec[] => tables(p).flatMap((t) => t.charts);

describe("contrast ratio (WCAG 2.2)", () => {
  it.each([
    ["#000000", "#FFFFFF", 21],
    ["#FFFFFF", "#FFFFFF", 1],
    ["#767676", "#FFFFFF", 4.54],
    ["#777777", "#FFFFFF", 4.48],
    ["#FF0000", "#FFFFFF", 4.0],
  ])("%s on %s is %s:1", (a, b, ratio) => {
    expect(contrastRatio(a, b)).toBeCloseTo(ratio, 2);
  });
  it("luminance of black and white", () => {
    expect(relativeLuminance("#000000")).toBe(0);
    expect(relativeLuminance("#ffffff")).toBeCloseTo(1, 10);
  });
  it("rejects a non-colour", () => {
    expect(() => contrastRatio("red", "#FFFFFF")).toThrow(RangeError);
  });
  it("neighbouring column fills differ by 3:1, the last and the first too (SC 1.4.11, 1.4.1)", () => {
    COLUMN_FILLS.forEach((c, i) =>
      expect(contrastRatio(c, COLUMN_FILLS[(i + 1) % COLUMN_FILLS.length] ?? c)).toBeGreaterThanOrEqual(3),
    );
  });

  it.each(SERIES_COLOURS.map((c) => [c]))("series colour %s has >= 3:1 against white (SC 1.4.11)", (c) => {
    expect(contrastRatio(c, "#FFFFFF")).toBeGreaterThanOrEqual(3);
  });
  it("text colour has >= 4.5:1 (SC 1.4.3)", () => {
    expect(contrastRatio(TEXT_COLOUR, "#FFFFFF")).toBeGreaterThanOrEqual(4.5);
  });
});

describe("formatValue and addresses", () => {
  it.each([
    [16931, "#,##0", "16,931"],
    [153033, "#,##0", "153,033"],
    [938, "#,##0", "938"],
    [45, "#,##0.0", "45.0"],
    [46.25, "#,##0.0", "46.3"],
    [1234.5, "#,##0.0", "1,234.5"],
    [0.883, "0.00%", "88.30%"],
    [0.9261, "0.00%", "92.61%"],
    [0.00005, "0.00%", "0.01%"],
    [2.0876, "0%", "209%"],
    [-0.0373, "0%", "-4%"],
    [null, "#,##0", ""],
    ["2019-20", "@", "2019-20"],
  ] as const)("%p as %s is %s", (v, f, text) => {
    expect(formatValue(v, f)).toBe(text);
  });
  it("ranges are inclusive at both ends", () => {
    expect(gridRange(11, 1, 3, 6).address).toBe("B12:G14");
    expect(gridRange(0, 0, 1, 1).address).toBe("A1");
  });
});

describe.each(plans)("%s charts", (_y, plan) => {
  it.each(charts(plan).map((c) => [c.name, c]))(
    "%s: title, axis titles, labelled series, contrast, alt text",
    (_n, c) => {
      expect(c.title).not.toBe("");
      expect(c.categoryAxisTitle).not.toBe("");
      expect(c.valueAxisTitle).not.toBe("");
      expect(c.altTitle).not.toBe("");
      expect(c.altDescription).toMatch(/ (rose|fell) from .+ in .+ to .+ in /);
      for (const s of c.series) {
        expect(s.dataLabels).toBe(true);
        expect(contrastRatio(s.color, "#FFFFFF")).toBeGreaterThanOrEqual(3);
        expect(s.values.length).toBe(c.categories.length);
      }
      if (c.series.length > 1) {
        expect(c.showLegend).toBe(true);
        expect(new Set(c.series.map((s) => s.color)).size).toBe(c.series.length);
      }
    },
  );

  it("chart names are unique and stable", () => {
    const names = charts(plan).map((c) => c.name);
    expect(new Set(names).size).toBe(names.length);
    expect(names).toEqual(expect.arrayContaining(["CSC_chart_assessments", "CSC_chart_uascCareLeavers"]));
  });

  it("tables, notes and charts never overlap; each chart sits under its table, read after it", () => {
    type Box = { r0: number; r1: number; c0: number; c1: number; what: string };
    const colsFor = (col: number, pt: number): number => {
      let c = col;
      let w = 0;
      while (w < pt) w += columnPoints(plan.columnWidths[c++] ?? 10);
      return c - 1;
    };
    const boxes: Box[] = [];
    for (const t of tables(plan)) {
      const g = t.grid.range;
      const noteRows = t.notes.reduce((n, note) => n + note.lines.length, 0);
      boxes.push({
        r0: t.anchor.row,
        r1: g.row + g.rowCount - 1 + noteRows,
        c0: 0,
        c1: g.col + g.colCount - 1,
        what: t.id,
      });
      for (const c of t.charts) {
        expect(c.position.row).toBeGreaterThan(g.row + g.rowCount - 1 + noteRows);
        // The description, in lines that fit the page, is under every chart of the topic, in column A.
        expect(c.descriptionLines.map((l) => l.text).join(" ")).toBe(`${c.altTitle}. ${c.altDescription}`);
        for (const l of c.descriptionLines)
          expect(l.text.length * 6).toBeLessThanOrEqual(plan.columnWidths.reduce((s, w) => s + columnPoints(w), 0));
        expect(c.descriptionAddress).toMatch(/^A\d+$/);
        expect(Number(c.descriptionAddress.slice(1)) - 1).toBeGreaterThanOrEqual(
          c.position.row + Math.ceil(CHART_HEIGHT_PT / 15),
        );
        boxes.push({
          r0: c.position.row,
          r1: c.position.row + Math.ceil(CHART_HEIGHT_PT / 15) - 1,
          c0: c.position.col,
          c1: colsFor(c.position.col, CHART_WIDTH_PT),
          what: c.name,
        });
      }
    }
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i]!;
        const b = boxes[j]!;
        const overlap = a.r0 <= b.r1 && b.r0 <= a.r1 && a.c0 <= b.c1 && b.c0 <= a.c1;
        expect(overlap ? `${a.what} overlaps ${b.what}` : "").toBe("");
      }
  });

  it("each grid is one rectangle: values and formats match the range", () => {
    for (const t of tables(plan)) {
      const g = t.grid;
      expect(g.values.length).toBe(g.range.rowCount);
      expect(g.numberFormats.length).toBe(g.range.rowCount);
      for (const r of [...g.values, ...g.numberFormats]) expect(r.length).toBe(g.range.colCount);
      expect(t.charts[0]?.series[0]?.valuesAddress).toBe(
        gridRange(g.range.row + 1, 1, 1, g.range.colCount - 1).address,
      );
    }
  });
});

it("states the UASC trend in words", () => {
  const c = charts(plans[1]![1]).find((x) => x.name === "CSC_chart_uascCareLeavers");
  expect(c?.altDescription).toContain("rose from 328 in Apr-Jun 2019 to 423 in Apr-Jun 2022");
});
