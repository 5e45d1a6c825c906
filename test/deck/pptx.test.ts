/**
 * The deck as published, read back from its bytes: what an accessibility reviewer checks in
 * PowerPoint (Review > Check Accessibility: missing slide titles, missing alt text, reading
 * order, tables without a header row) and WCAG 2.2's contrast (SC 1.4.11) and use of colour
 * (SC 1.4.1), plus the figures themselves.
 */
import {
  buildReportPlan,
  contrastRatio,
  planDeck,
  type DeckPlan,
  type ReportPlan,
  type TableBlock,
} from "../../src/core/report";
import { finishChartXml } from "../../src/deck/finish";
import { writeDeck } from "../../src/deck/pptx";
import { child, parseXml } from "../../src/package/xml";
import { sampleData } from "../../support/sample-workbook";
import { all, fontSizes, readPptx, tableCells, textOf, type DeckRead } from "./read-pptx";

const plan2021 = buildReportPlan(sampleData(), { year: { kind: "year", startYear: 2021 }, quarterStyle: "range" });
const plan2019 = buildReportPlan(sampleData(), { year: { kind: "year", startYear: 2019 }, quarterStyle: "end-month" });

/** The plan with the contacts chart drawn as lines, so one chart has two line series. */
function twoLines(plan: ReportPlan): ReportPlan {
  return {
    ...plan,
    blocks: plan.blocks.map((b) =>
      b.kind === "table" && b.id === "contacts"
        ? ({
            ...b,
            charts: b.charts.map((c) => ({
              ...c,
              type: "LineMarkers",
              series: c.series.map((s, i) => ({ ...s, marker: i === 0 ? "circle" : "square" })),
            })),
          } as TableBlock)
        : b,
    ),
  };
}

const cases: [string, ReportPlan][] = [
  ["2021-22", plan2021],
  ["2019-20", plan2019],
  ["2021-22 with a two-line chart", twoLines(plan2021)],
];
const decks = new Map<string, { deck: DeckPlan; read: DeckRead }>();

beforeAll(async () => {
  for (const [name, plan] of cases) {
    const deck = planDeck(plan);
    decks.set(name, { deck, read: readPptx(await writeDeck(deck)) });
  }
}, 60_000);

const got = (name: string) => {
  const d = decks.get(name);
  if (!d) throw new Error(`no deck ${name}`);
  return d;
};

describe.each(cases.map(([n]) => [n]))("the %s deck read back", (name) => {
  it("is 16:9 with one slide per planned slide", () => {
    const { deck, read } = got(name);
    const size = child(read.presentation, "sldSz");
    expect([size?.attrs.get("cx"), size?.attrs.get("cy")]).toEqual(["12192000", "6858000"]);
    expect(read.slides).toHaveLength(deck.slides.length);
  });

  it("titles every slide in its title placeholder, read first", () => {
    const { deck, read } = got(name);
    read.slides.forEach((s, i) => {
      const first = s.shapes[0];
      expect(first?.placeholder).toBe("title");
      expect(textOf(first?.el)).toBe(deck.slides[i]?.title);
      expect(s.shapes.filter((x) => x.placeholder === "title")).toHaveLength(1);
    });
    const titles = read.slides.map((s) => textOf(s.shapes[0]?.el));
    expect(new Set(titles).size).toBe(titles.length);
  });

  it("keeps the reading order title, bullets, table, charts", () => {
    const { read } = got(name);
    for (const s of read.slides) {
      const order = s.shapes.map((x) => x.placeholder ?? (x.table ? "table" : x.chart ? "chart" : x.kind));
      // The slide number placeholder comes last, where PowerPoint puts its footer placeholders.
      expect(order.join(" ")).toMatch(/^title( sp)?( table)?( chart)* sldNum$/);
    }
  });

  it("gives every graphic frame (table or chart) a title and a description", () => {
    const { deck, read } = got(name);
    read.slides.forEach((s, i) => {
      const plan = deck.slides[i];
      for (const f of s.shapes.filter((x) => x.kind === "graphicFrame")) {
        expect(f.props.get("descr")?.length ?? 0).toBeGreaterThan(20);
        expect(f.props.get("title")?.length ?? 0).toBeGreaterThan(3);
      }
      const charts = s.shapes.filter((x) => x.chart);
      expect(charts.map((c) => c.props.get("descr"))).toEqual(plan?.charts.map((c) => c.spec.altDescription));
      expect(charts.map((c) => c.props.get("title"))).toEqual(plan?.charts.map((c) => c.spec.altTitle));
      const table = s.shapes.find((x) => x.table);
      expect(table?.props.get("descr")).toBe(plan?.table?.altDescription);
    });
  });

  it("numbers the shapes of each slide uniquely", () => {
    for (const s of got(name).read.slides) {
      const ids = all(s.xml, "cNvPr").map((e) => e.attrs.get("id"));
      expect(new Set(ids).size).toBe(ids.length);
    }
  });

  it("shows each table's figures with its header row flagged", () => {
    const { deck, read } = got(name);
    read.slides.forEach((s, i) => {
      const plan = deck.slides[i]?.table;
      const tbl = s.shapes.find((x) => x.table)?.table;
      if (!plan) return expect(tbl).toBeUndefined();
      if (!tbl) throw new Error(`slide ${i + 1} has no table`);
      expect(child(tbl, "tblPr")?.attrs.get("firstRow")).toBe("1");
      expect(tableCells(tbl)).toEqual([plan.header, ...plan.rows]);
    });
  });

  it("draws each chart natively with the plan's type, series, values, categories and titles", () => {
    const { deck, read } = got(name);
    read.slides.forEach((s, i) => {
      const planned = deck.slides[i]?.charts ?? [];
      const charts = s.shapes.filter((x) => x.chart);
      expect(charts).toHaveLength(planned.length);
      charts.forEach((c, j) => {
        const spec = planned[j]?.spec;
        if (!spec || !c.chart) throw new Error("chart missing");
        const kind = spec.type === "ColumnClustered" ? "barChart" : "lineChart";
        expect(all(c.chart, kind)).toHaveLength(1);
        const sers = all(c.chart, "ser");
        expect(sers.map((x) => textOf(child(x, "tx")) || all(child(x, "tx"), "v")[0]?.text)).toEqual(
          spec.series.map((x) => x.name),
        );
        sers.forEach((ser, k) => {
          const values = new Map(
            all(child(ser, "val"), "pt").map((p) => [Number(p.attrs.get("idx")), Number(all(p, "v")[0]?.text)]),
          );
          spec.series[k]?.values.forEach((v, idx) => expect(values.get(idx)).toBe(v === null ? undefined : v));
          expect(all(child(ser, "cat"), "v").map((v) => v.text)).toEqual(spec.categories);
        });
        const chartTitle = child(all(c.chart, "chart")[0], "title");
        expect(textOf(chartTitle)).toBe(spec.title);
        const axisTitles = [...all(c.chart, "catAx"), ...all(c.chart, "valAx")].map((a) => textOf(child(a, "title")));
        expect(axisTitles).toEqual([spec.categoryAxisTitle, spec.valueAxisTitle]);
        expect(all(c.chart, "roundedCorners")[0]?.attrs.get("val")).toBe("0");
        // Editable: the chart's data travels with it as an embedded workbook.
        const chartRels = got(name).read.part((c.chartPart ?? "").replace(/([^/]+)$/, "_rels/$1.rels"));
        expect(chartRels).toMatch(/embeddings\/[^"]+\.xlsx/);
      });
    });
  });

  it("colours every series with >= 3:1 against the slide background (SC 1.4.11)", () => {
    const { read } = got(name);
    const layouts = new Set(read.slides.map((s) => [...s.rels.values()].find((t) => t.includes("slideLayouts/"))));
    expect(layouts.size).toBe(2);
    const backgrounds = new Set(
      [...layouts].map((l) => /<p:bg>[\s\S]*?srgbClr val="([0-9A-F]{6})"/.exec(read.part(l ?? "") ?? "")?.[1]),
    );
    expect([...backgrounds]).toEqual(["FFFFFF"]);
    for (const s of read.slides)
      for (const c of s.shapes.filter((x) => x.chart))
        for (const ser of all(c.chart, "ser")) {
          const fill = all(child(ser, "spPr"), "srgbClr")[0]?.attrs.get("val");
          expect(contrastRatio(`#${fill ?? "FFFFFF"}`, "#FFFFFF")).toBeGreaterThanOrEqual(3);
        }
  });

  it("never carries meaning by colour alone: values labelled, lines marked with a shape each", () => {
    const { read } = got(name);
    for (const s of read.slides)
      for (const c of s.shapes.filter((x) => x.chart)) {
        const sers = all(c.chart, "ser");
        for (const ser of sers) expect(all(child(ser, "dLbls"), "showVal")[0]?.attrs.get("val")).toBe("1");
        if (all(c.chart, "lineChart").length === 0) continue;
        const symbols = sers.map((ser) => all(child(ser, "marker"), "symbol")[0]?.attrs.get("val"));
        expect(symbols.every((x) => x !== undefined && x !== "none")).toBe(true);
        expect(new Set(symbols).size).toBe(symbols.length);
        if (sers.length > 1) expect(child(all(c.chart, "chart")[0], "legend")).toBeDefined();
      }
  });

  it("sets text at a readable size: body >= 18 pt, tables, charts and footer >= 12 pt", () => {
    const { read } = got(name);
    for (const s of read.slides) {
      for (const shape of s.shapes) {
        const sizes = fontSizes(shape.el);
        if (shape.table || shape.placeholder === "sldNum") expect(Math.min(...sizes)).toBeGreaterThanOrEqual(1200);
        else if (shape.kind === "sp") expect(Math.min(...sizes)).toBeGreaterThanOrEqual(1800);
        if (shape.chart) expect(Math.min(...fontSizes(shape.chart))).toBeGreaterThanOrEqual(1200);
      }
    }
    for (const l of read.zip.entries.filter((e) => /^ppt\/slideLayouts\/slideLayout\d+\.xml$/.test(e.name)))
      expect(
        Math.min(...(read.part(l.name)?.match(/sz="(\d+)"/g) ?? []).map((m) => Number(/\d+/.exec(m)?.[0]))),
      ).toBeGreaterThanOrEqual(1200);
  });

  it("puts the council and the report year at the foot of every slide", () => {
    const { deck, read } = got(name);
    for (const s of read.slides) {
      const layout = [...s.rels.values()].find((t) => /slideLayouts\/slideLayout\d+\.xml$/.test(t));
      expect(read.part(layout ?? "")).toContain(deck.footer);
    }
    expect(deck.footer).toMatch(/Hampshire County Council.*20\d\d-\d\d/);
  });

  it("marks its text as British English and states its title and author", () => {
    const { deck, read } = got(name);
    // Every run of words (the slide number, a figure pptxgenjs marks en-US, is not words).
    const langs = new Set(
      read.slides.flatMap((s) =>
        s.shapes
          .filter((x) => x.placeholder !== "sldNum")
          .flatMap((x) => all(x.el, "rPr").map((r) => r.attrs.get("lang"))),
      ),
    );
    expect([...langs]).toEqual(["en-GB"]);
    const core = parseXml(read.part("docProps/core.xml") ?? "");
    expect(child(core, "title")?.text).toBe(deck.title);
    expect(child(core, "creator")?.text).toBe("Hampshire County Council");
  });
});

describe("finishing a chart part", () => {
  it("leaves a missing value out of the cache, so the chart shows a gap, not zero", () => {
    const xml = `<c:ser><c:val><c:numCache><c:ptCount val="3"/><c:pt idx="0"><c:v>1</c:v></c:pt><c:pt idx="1"><c:v></c:v></c:pt><c:pt idx="2"><c:v>3</c:v></c:pt></c:numCache></c:val></c:ser>`;
    expect(finishChartXml(xml, undefined)).not.toContain('idx="1"');
    expect(finishChartXml(xml, undefined)).toContain('<c:pt idx="2"><c:v>3</c:v></c:pt>');
  });

  it("shows the 2021-22 looked-after gap years as gaps in the chart", () => {
    const { read } = got("2021-22");
    const slide = read.slides.find((s) => textOf(s.shapes[0]?.el) === "Full Time Looked After Children");
    const ser = all(slide?.shapes.find((x) => x.chart)?.chart, "ser")[0];
    const idx = all(child(ser, "val"), "pt").map((p) => p.attrs.get("idx"));
    expect(idx).toEqual(["0", "1", "2", "3", "4", "5", "6"]);
  });
});
