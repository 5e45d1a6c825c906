/**
 * The HTML report's charts as an author pastes them: every text (title, legend, ticks,
 * category and value labels, axis titles) lies inside its chart, measured with the same
 * Helvetica metrics the writer uses; the legend names every series, the neighbours' too; the
 * title wraps rather than being cut at both ends; no two value labels of a chart overlap.
 */
import { buildReportPlan } from "../../../src/core/report/build";
import { reportBenchmarks, type ReportBenchmarks } from "../../../src/core/report/comparators";
import type { ChartSpec, TableBlock } from "../../../src/core/report/plan";
import { renderChartSvg } from "../../../src/core/report/svg";
import { textWidth } from "../../../src/core/report/text-metrics";
import { sampleData } from "../../../support/sample-workbook";
import { dataset } from "../benchmarks/data";

interface Box {
  readonly text: string;
  readonly left: number;
  readonly right: number;
  readonly top: number;
  readonly bottom: number;
}

const attr = (attrs: string, name: string): string | undefined =>
  new RegExp(`(?:^|\\s)${name}="([^"]*)"`).exec(attrs)?.[1];
const unescape = (t: string): string =>
  t
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, "&");

/** Every line of every <text> of an SVG as a box, rotation by ±90° about a point included. */
function textBoxes(svg: string): Box[] {
  const boxes: Box[] = [];
  for (const m of svg.matchAll(/<text ([^>]*)>([\s\S]*?)<\/text>/g)) {
    const attrs = m[1] ?? "";
    const size = Number(attr(attrs, "font-size"));
    const bold = attr(attrs, "font-weight") === "bold";
    const anchor = attr(attrs, "text-anchor") ?? "start";
    const x = Number(attr(attrs, "x"));
    let y = Number(attr(attrs, "y"));
    const spans = [...(m[2] ?? "").matchAll(/<tspan ([^>]*)>([^<]*)<\/tspan>/g)];
    const lines =
      spans.length > 0
        ? spans.map((s) => ({ dy: Number(attr(s[1] ?? "", "dy") ?? 0), text: s[2] ?? "" }))
        : [{ dy: 0, text: m[2] ?? "" }];
    const rot = /rotate\((-?\d+(?:\.\d+)?) (-?[\d.]+) (-?[\d.]+)\)/.exec(attr(attrs, "transform") ?? "");
    for (const l of lines) {
      y += l.dy;
      const text = unescape(l.text);
      const w = textWidth(text, size, bold);
      const left = anchor === "middle" ? x - w / 2 : anchor === "end" ? x - w : x;
      // A line's ink: from the baseline up by the ascent, down by the descent (Helvetica: 0.72, 0.21 em).
      let box: Box = { text, left, right: left + w, top: y - size * 0.72, bottom: y + size * 0.21 };
      if (rot) {
        // rotate(-90 cx cy): (x, y) -> (cx + (y - cy), cy - (x - cx)).
        const [cx, cy] = [Number(rot[2]), Number(rot[3])];
        const turn = (px: number, py: number): [number, number] => [cx + (py - cy), cy - (px - cx)];
        const [ax, ay] = turn(box.left, box.top);
        const [bx, by] = turn(box.right, box.bottom);
        box = {
          text,
          left: Math.min(ax, bx),
          right: Math.max(ax, bx),
          top: Math.min(ay, by),
          bottom: Math.max(ay, by),
        };
      }
      boxes.push(box);
    }
  }
  return boxes;
}

const size = (svg: string): { w: number; h: number } => {
  const m = /viewBox="0 0 (\d+) (\d+)"/.exec(svg);
  return { w: Number(m?.[1]), h: Number(m?.[2]) };
};

const data = sampleData();
const benchmarks = ((): ReportBenchmarks => {
  const b = reportBenchmarks(dataset, data.settings.localAuthority, ["england", "region", "neighbours"]);
  if (!("match" in b)) throw new Error(b.message);
  return b;
})();
const plans = [
  buildReportPlan(data, { year: { kind: "year", startYear: 2021 }, quarterStyle: "range" }),
  buildReportPlan(data, { year: { kind: "year", startYear: 2021 }, quarterStyle: "end-month" }),
  buildReportPlan(data, {
    year: { kind: "year", startYear: 2019 },
    benchmarks,
  }),
];
const charts: [string, ChartSpec, TableBlock][] = plans.flatMap((p, pi) =>
  p.blocks
    .filter((b): b is TableBlock => b.kind === "table")
    .flatMap((t) => t.charts.map((c): [string, ChartSpec, TableBlock] => [`plan ${pi + 1}: ${c.title}`, c, t])),
);

describe("the report's SVG charts", () => {
  it("has charts to check, the neighbours' among them", () => {
    expect(charts.length).toBeGreaterThan(10);
    expect(charts.some(([, c]) => c.series.some((s) => /neighbour/i.test(s.name)))).toBe(true);
  });

  it.each(charts)("%s: every text lies inside the chart", (_name, chart, table) => {
    const svg = renderChartSvg(chart, table);
    const { w, h } = size(svg);
    const outside = textBoxes(svg)
      .filter((b) => b.left < 0 || b.right > w || b.top < 0 || b.bottom > h)
      .map(
        (b) =>
          `${b.text} [${Math.round(b.left)}, ${Math.round(b.right)}] x [${Math.round(b.top)}, ${Math.round(b.bottom)}]`,
      );
    expect(outside).toEqual([]);
  });

  it.each(charts)("%s: the legend names every series, and no two texts overlap", (_name, chart, table) => {
    const svg = renderChartSvg(chart, table);
    const boxes = textBoxes(svg);
    if (chart.showLegend) for (const s of chart.series) expect(boxes.map((b) => b.text)).toContain(s.name);
    const overlaps: string[] = [];
    boxes.forEach((a, i) =>
      boxes.slice(i + 1).forEach((b) => {
        const x = Math.min(a.right, b.right) - Math.max(a.left, b.left);
        const y = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
        if (x > 1 && y > 1) overlaps.push(`"${a.text}" and "${b.text}"`);
      }),
    );
    expect(overlaps).toEqual([]);
  });

  it("wraps a long title onto two lines instead of cutting it", () => {
    const [, chart, table] = charts[0]!;
    const long = { ...chart, title: `${chart.title} compared with England, the region and statistical neighbours` };
    const svg = renderChartSvg(long, table);
    const titleEl = /<text [^>]*font-weight="bold"[^>]*>(<tspan[\s\S]*?)<\/text>/.exec(svg)?.[1] ?? "";
    expect(titleEl.match(/<tspan/g)).toHaveLength(2);
    expect(textBoxes(svg).every((b) => b.left >= 0 && b.right <= size(svg).w)).toBe(true);
  });
});
