/**
 * The CLI's report charts read back from the package it writes, by following relationships
 * from the report sheet as Excel does: one drawing part, one chart part per ChartSpec, with the
 * plan's type, titles, series (formulas into the report sheet and their cached values), colours,
 * markers, data labels and alt text; placed at the plan's cell; and a re-generate leaving no
 * part behind that no relationship reaches.
 */
import { readWorkbookBytes } from "../../src/cli/read-xlsx";
import { writeReportPackage } from "../../src/cli/xlsx-report";
import { openPackage, relType, relsPartOf, type XlsxPackage } from "../../src/cli/xlsx/package";
import { reachable } from "../../src/cli/xlsx/prune";
import { sheetRef } from "../../src/cli/xlsx/chart-xml";
import { child, children, parseXml, type XmlElement } from "../../src/package/xml";
import { buildReportPlan, type ChartSpec, type ReportPlan } from "../../src/core/report";
import { validateWorkbook } from "../../src/core/workbook";
import { loadSampleWorkbook } from "../../src/cli/template";
import { buildTemplateWorkbook } from "../../support/template-workbook";

let input: Uint8Array;
let plan: ReportPlan;
let out: Uint8Array;

beforeAll(async () => {
  const raw = loadSampleWorkbook();
  const { data } = validateWorkbook(raw);
  if (!data) throw new Error("the sample does not validate");
  plan = buildReportPlan(data, {});
  input = new Uint8Array(await buildTemplateWorkbook(raw).xlsx.writeBuffer());
  out = writeReportPackage(readWorkbookBytes(input), plan).bytes;
});

const specs = () => plan.blocks.flatMap((b) => (b.kind === "table" ? [...b.charts] : []));

/** Descendants of `el` with local name `local`, in document order. */
function all(el: XmlElement | undefined, local: string): XmlElement[] {
  if (!el) return [];
  return el.children.flatMap((c) => [...(c.local === local ? [c] : []), ...all(c, local)]);
}
const val = (el: XmlElement | undefined) => el?.attrs.get("val");

/** The report sheet's part, its drawing and the charts in anchor order, found by relationships. */
function readCharts(pkg: XlsxPackage) {
  const wb = pkg.xml(pkg.workbookPart);
  const sheet = children(child(wb, "sheets"), "sheet").find((s) => s.attrs.get("name") === plan.sheetName);
  const rel = pkg.rels(pkg.workbookPart).find((r) => r.id === sheet?.attrs.get("r:id"));
  if (!rel) throw new Error("no report sheet");
  const sheetXml = pkg.xml(rel.target);
  const drawingId = child(sheetXml, "drawing")?.attrs.get("r:id");
  const drawingRel = pkg.rels(rel.target).find((r) => r.id === drawingId);
  if (!drawingRel || relType(drawingRel) !== "drawing") throw new Error("no drawing relationship");
  const drawing = pkg.xml(drawingRel.target);
  const anchors = children(drawing, "twoCellAnchor");
  const charts = anchors.map((a) => {
    const id = all(a, "chart")[0]?.attrs.get("r:id");
    const r = pkg.rels(drawingRel.target).find((x) => x.id === id);
    if (!r || relType(r) !== "chart") throw new Error("no chart relationship");
    return { part: r.target, xml: pkg.xml(r.target) };
  });
  return { sheetPart: rel.target, sheetXml, drawingPart: drawingRel.target, anchors, charts };
}

describe("the report's chart parts", () => {
  it("hold one chart per ChartSpec with the plan's type, titles, series, colours, markers and labels", () => {
    const pkg = openPackage(out);
    const { charts, anchors } = readCharts(pkg);
    expect(charts).toHaveLength(specs().length);
    specs().forEach((spec: ChartSpec, i) => {
      const xml = charts[i]?.xml;
      expect(xml?.local).toBe("chartSpace");
      const plotArea = child(child(xml, "chart"), "plotArea");
      const kind = spec.type === "ColumnClustered" ? "barChart" : "lineChart";
      const plot = child(plotArea, kind);
      expect({ name: spec.name, kind: plot?.local }).toEqual({ name: spec.name, kind });
      if (spec.type === "ColumnClustered") {
        expect(val(child(plot, "barDir"))).toBe("col");
        expect(val(child(plot, "grouping"))).toBe("clustered");
      }
      const texts = (el: XmlElement | undefined) =>
        all(el, "t")
          .map((t) => t.text)
          .join("");
      expect(texts(child(child(xml, "chart"), "title"))).toBe(spec.title);
      expect(texts(child(child(plotArea, "catAx"), "title"))).toBe(spec.categoryAxisTitle);
      expect(texts(child(child(plotArea, "valAx"), "title"))).toBe(spec.valueAxisTitle);
      expect(child(child(xml, "chart"), "legend") !== undefined).toBe(spec.showLegend);
      const series = children(plot, "ser");
      expect(series).toHaveLength(spec.series.length);
      spec.series.forEach((s, j) => {
        const ser = series[j];
        const tx = child(child(ser, "tx"), "strRef");
        expect(child(tx, "f")?.text).toBe(sheetRef(plan.sheetName, s.nameAddress));
        expect(all(child(tx, "strCache"), "v").map((v) => v.text)).toEqual([s.name]);
        const cat = child(child(ser, "cat"), "strRef");
        expect(child(cat, "f")?.text).toBe(sheetRef(plan.sheetName, spec.categoriesAddress));
        expect(all(cat, "v").map((v) => v.text)).toEqual([...spec.categories]);
        const num = child(child(ser, "val"), "numRef");
        expect(child(num, "f")?.text).toBe(sheetRef(plan.sheetName, s.valuesAddress));
        const cache = child(num, "numCache");
        const cached: (number | null)[] = Array.from({ length: Number(val(child(cache, "ptCount"))) }, () => null);
        for (const pt of children(cache, "pt")) cached[Number(pt.attrs.get("idx"))] = Number(child(pt, "v")?.text);
        expect(cached).toEqual([...s.values]);
        // The series colour: a column's outline (its fill the plan's fill), a line's line and marker.
        const hex = (c: string) => c.slice(1).toUpperCase();
        const spPr = child(ser, "spPr");
        expect(child(child(child(spPr, "ln"), "solidFill"), "srgbClr")?.attrs.get("val")).toBe(hex(s.color));
        if (spec.type === "ColumnClustered")
          expect(child(child(spPr, "solidFill"), "srgbClr")?.attrs.get("val")).toBe(hex(s.fill));
        if (spec.type !== "ColumnClustered") expect(val(child(child(ser, "marker"), "symbol"))).toBe(s.marker);
        const labels = child(ser, "dLbls");
        expect(val(child(labels, "showVal"))).toBe("1");
        expect(child(labels, "numFmt")?.attrs.get("formatCode")).toBe(spec.valueFormat);
      });
      // Alt text on the frame, and the anchor at the plan's cell.
      const cNvPr = all(anchors[i], "cNvPr")[0];
      expect(cNvPr?.attrs.get("name")).toBe(spec.name);
      expect(cNvPr?.attrs.get("title")).toBe(spec.altTitle);
      expect(cNvPr?.attrs.get("descr")).toBe(spec.altDescription);
      const from = child(anchors[i], "from");
      expect([child(from, "row")?.text, child(from, "col")?.text]).toEqual([
        String(spec.position.row),
        String(spec.position.col),
      ]);
    });
  });

  it("are listed in [Content_Types].xml and reached from the sheet's <drawing>", () => {
    const pkg = openPackage(out);
    const { drawingPart, charts } = readCharts(pkg);
    expect(pkg.contentType(drawingPart)).toBe("application/vnd.openxmlformats-officedocument.drawing+xml");
    for (const c of charts)
      expect(pkg.contentType(c.part)).toBe("application/vnd.openxmlformats-officedocument.drawingml.chart+xml");
    expect(drawingPart).toMatch(/^xl\/drawings\/drawing\d+\.xml$/);
  });

  it("are replaced cleanly by a re-generate: no part left that no relationship reaches, no stale override", () => {
    const again = writeReportPackage(readWorkbookBytes(out), plan).bytes;
    const pkg = openPackage(again);
    const reached = reachable(pkg, (rels) => (pkg.has(rels) ? pkg.text(rels) : undefined));
    const parts = pkg.zip.entries
      .map((e) => e.name)
      .filter((n) => !n.endsWith("/") && !n.endsWith(".rels") && n !== "[Content_Types].xml");
    expect(parts.filter((p) => !reached.has(p.toLowerCase()))).toEqual([]);
    const types = parseXml(pkg.text("[Content_Types].xml"));
    const stale = children(types, "Override")
      .map((o) => (o.attrs.get("PartName") ?? "").slice(1))
      .filter((p) => !pkg.has(p));
    expect(stale).toEqual([]);
    const { charts } = readCharts(pkg);
    expect(charts).toHaveLength(specs().length);
    expect(pkg.zip.entries.filter((e) => /charts\/chart\d+\.xml$/.test(e.name))).toHaveLength(specs().length);
    // The relationships part of the sheet is written anew, one drawing in it.
    const { sheetPart } = readCharts(pkg);
    expect(pkg.rels(sheetPart).map(relType)).toEqual(["drawing"]);
    expect(pkg.has(relsPartOf(sheetPart))).toBe(true);
  });

  it("leave every part of the input the report does not own byte for byte", async () => {
    const before = openPackage(input);
    const after = openPackage(out);
    const owned = ["xl/workbook.xml", "xl/_rels/workbook.xml.rels", "[Content_Types].xml", "xl/styles.xml"];
    for (const e of before.zip.entries)
      if (!owned.includes(e.name))
        expect({
          name: e.name,
          same: Buffer.from(after.bytes(e.name)).equals(Buffer.from(before.bytes(e.name))),
        }).toEqual({
          name: e.name,
          same: true,
        });
  });
});
