/**
 * The checks an accessibility reviewer runs on the published workbook, made on the package the
 * CLI writes (not on the plan): every chart has a visible title, axis titles and alt text
 * (WCAG 2.2 SC 1.1.1; Excel's "Check Accessibility" flags a chart without alt text); the sheet
 * reads in order, each chart after its table and in the drawing's order top to bottom (the order
 * screen readers and Excel's Tab key move through shapes); every chart colour reaches 3:1
 * against the chart's background (SC 1.4.11); and no series is told apart by colour alone
 * (SC 1.4.1): every series has data labels, line series have different markers, neighbouring
 * columns differ in lightness by 3:1.
 */
import { readWorkbookBytes } from "../../src/cli/read-xlsx";
import { writeReportPackage } from "../../src/cli/xlsx-report";
import { openPackage, type XlsxPackage } from "../../src/cli/xlsx/package";
import { child, children, type XmlElement } from "../../src/package/xml";
import { contrastRatio, buildReportPlan, type ReportPlan, type TableBlock } from "../../src/core/report";
import { parseCell } from "../../src/core/base";
import { validateWorkbook } from "../../src/core/workbook";
import { loadSampleWorkbook } from "../../src/cli/template";
import { buildTemplateWorkbook } from "../../support/template-workbook";

let pkg: XlsxPackage;
let plan: ReportPlan;

beforeAll(async () => {
  const raw = loadSampleWorkbook();
  const { data } = validateWorkbook(raw);
  if (!data) throw new Error("the sample does not validate");
  plan = buildReportPlan(data, {});
  const input = new Uint8Array(await buildTemplateWorkbook(raw).xlsx.writeBuffer());
  pkg = openPackage(writeReportPackage(readWorkbookBytes(input), plan).bytes);
});

function all(el: XmlElement | undefined, local: string): XmlElement[] {
  if (!el) return [];
  return el.children.flatMap((c) => [...(c.local === local ? [c] : []), ...all(c, local)]);
}
const text = (el: XmlElement | undefined) =>
  all(el, "t")
    .map((t) => t.text)
    .join("");
const rgb = (el: XmlElement | undefined) => {
  const v = all(el, "srgbClr")[0]?.attrs.get("val");
  return v ? `#${v}` : undefined;
};

/** The report sheet's chart frames in drawing order, each with its chart part. */
function frames() {
  const wb = pkg.xml(pkg.workbookPart);
  const sheet = children(child(wb, "sheets"), "sheet").find((s) => s.attrs.get("name") === plan.sheetName);
  const sheetPart = pkg.rels(pkg.workbookPart).find((r) => r.id === sheet?.attrs.get("r:id"))?.target ?? "";
  const drawing = pkg.rels(sheetPart).find((r) => r.id === child(pkg.xml(sheetPart), "drawing")?.attrs.get("r:id"));
  if (!drawing) throw new Error("the report sheet has no drawing");
  return children(pkg.xml(drawing.target), "twoCellAnchor").map((a) => {
    const rid = all(a, "chart")[0]?.attrs.get("r:id");
    const part = pkg.rels(drawing.target).find((r) => r.id === rid)?.target ?? "";
    const from = child(a, "from");
    return {
      cNvPr: all(a, "cNvPr")[0],
      row: Number(child(from, "row")?.text),
      col: Number(child(from, "col")?.text),
      chart: pkg.xml(part),
    };
  });
}

describe("the published workbook, as an accessibility reviewer checks it", () => {
  it("gives every chart a title, axis titles, and alt text (title and description)", () => {
    const f = frames();
    expect(f.length).toBeGreaterThan(0);
    for (const { cNvPr, chart } of f) {
      const name = cNvPr?.attrs.get("name");
      expect({ name, title: text(child(child(chart, "chart"), "title")).length > 0 }).toEqual({ name, title: true });
      for (const axis of ["catAx", "valAx"])
        expect(text(child(child(child(child(chart, "chart"), "plotArea"), axis), "title")).length).toBeGreaterThan(0);
      expect(cNvPr?.attrs.get("title")?.length).toBeGreaterThan(0);
      // A description that says what the chart shows, not only its name.
      expect(cNvPr?.attrs.get("descr")?.length).toBeGreaterThan(60);
    }
  });

  it("reads in order: headings first, each chart after its table, charts in drawing order top to bottom", () => {
    const f = frames();
    const order = f.map((x) => x.row * 100000 + x.col);
    expect(order).toEqual([...order].sort((a, b) => a - b));
    const tables = plan.blocks.filter((b): b is TableBlock => b.kind === "table");
    for (const t of tables)
      for (const spec of t.charts) {
        const frame = f.find((x) => x.cNvPr?.attrs.get("name") === spec.name);
        expect(frame?.row).toBeGreaterThan(t.grid.range.row + t.grid.range.rowCount - 1);
        // Its description is read right after it, before the next topic's title.
        const next = tables[tables.indexOf(t) + 1];
        const desc = parseCell(spec.descriptionAddress)?.row ?? -1;
        expect(desc).toBeGreaterThan(frame?.row ?? Infinity);
        if (next) expect(desc).toBeLessThan(next.anchor.row);
      }
    // The sheet's own order: the title in A1, the headlines before the first table.
    const first = plan.blocks[0];
    expect(first?.kind === "heading" && first.anchor.address).toBe("A1");
    const headlines = plan.blocks.findIndex((b) => b.kind === "headlines");
    expect(headlines).toBeLessThan(plan.blocks.findIndex((b) => b.kind === "table"));
  });

  it("keeps every series' colour at 3:1 against the chart's background, and its text at 4.5:1", () => {
    for (const { cNvPr, chart } of frames()) {
      const background = rgb(child(chart, "spPr")) ?? "#FFFFFF";
      for (const ser of all(chart, "ser")) {
        const spPr = child(ser, "spPr");
        // What marks the series against the background: a line, or a column's outline.
        const mark = rgb(child(spPr, "ln"));
        expect({ chart: cNvPr?.attrs.get("name"), ratio: contrastRatio(mark ?? "#FFFFFF", background) >= 3 }).toEqual({
          chart: cNvPr?.attrs.get("name"),
          ratio: true,
        });
        const label = rgb(child(child(ser, "dLbls"), "txPr"));
        expect(contrastRatio(label ?? "#FFFFFF", background)).toBeGreaterThanOrEqual(4.5);
      }
    }
  });

  it("tells series apart by more than colour: data labels on all, different markers, columns 3:1 apart", () => {
    for (const { cNvPr, chart } of frames()) {
      const plot = child(child(chart, "chart"), "plotArea");
      const series = all(plot, "ser");
      for (const ser of series) expect(child(child(ser, "dLbls"), "showVal")?.attrs.get("val")).toBe("1");
      if (series.length < 2) continue;
      const name = cNvPr?.attrs.get("name");
      expect({ name, legend: child(child(chart, "chart"), "legend") !== undefined }).toEqual({ name, legend: true });
      if (child(plot, "lineChart")) {
        const markers = series.map((s) => child(child(s, "marker"), "symbol")?.attrs.get("val"));
        expect(new Set(markers).size).toBe(series.length);
      } else {
        const fills = series.map((s) => rgb(child(s, "spPr")) ?? "");
        for (let i = 1; i < fills.length; i++)
          expect(contrastRatio(fills[i - 1] ?? "", fills[i] ?? "")).toBeGreaterThanOrEqual(3);
      }
    }
  });
});
