/**
 * The report's two file outputs for one plan, read back for the tests that hold them to the
 * add-in's sheet: the .xlsx csc-report writes over the sample's template, and the slide deck.
 */
import { readWorkbookBytes } from "../../src/cli/read-xlsx";
import { loadSampleWorkbook } from "../../src/cli/template";
import { openPackage } from "../../src/cli/xlsx/package";
import { writeReportPackage } from "../../src/cli/xlsx-report";
import { planDeck, type ReportPlan } from "../../src/core/report";
import { writeDeck } from "../../src/deck/pptx";
import type { XmlElement } from "../../src/package/xml";
import { buildTemplateWorkbook } from "../../support/template-workbook";
import { all, readPptx } from "../deck/read-pptx";

/** The .xlsx csc-report writes with `plan`'s report sheet over the sample's template. */
export async function sampleReportXlsx(plan: ReportPlan): Promise<Uint8Array> {
  const input = new Uint8Array(await buildTemplateWorkbook(loadSampleWorkbook()).xlsx.writeBuffer());
  return writeReportPackage(readWorkbookBytes(input), plan).bytes;
}

/** Each chart part of an .xlsx (its `c:chartSpace`), by the name of the drawing frame that shows it. */
export function xlsxChartParts(bytes: Uint8Array): Map<string, XmlElement> {
  const pkg = openPackage(bytes);
  const charts = new Map<string, XmlElement>();
  for (const e of pkg.zip.entries.filter((x) => /^xl\/drawings\/[^/]+\.xml$/.test(x.name))) {
    const rels = new Map(pkg.rels(e.name).map((r) => [r.id, r.target]));
    for (const frame of all(pkg.xml(e.name), "graphicFrame")) {
      const name = all(frame, "cNvPr")[0]?.attrs.get("name");
      const chart = all(frame, "chart")[0];
      const rid = chart && [...chart.attrs].find(([k]) => k.endsWith(":id"))?.[1];
      const target = rid ? rels.get(rid) : undefined;
      if (name && target) charts.set(name, pkg.xml(target));
    }
  }
  return charts;
}

/** Each chart of the deck planned from `plan`, by the name of the chart spec it draws. */
export async function deckChartParts(plan: ReportPlan): Promise<Map<string, XmlElement>> {
  const deck = planDeck(plan);
  const specOf = new Map(deck.slides.flatMap((s) => s.charts.map((c) => [c.name, c.spec.name] as const)));
  const charts = new Map<string, XmlElement>();
  for (const shape of readPptx(await writeDeck(deck)).slides.flatMap((s) => s.shapes)) {
    const name = specOf.get(shape.props.get("name") ?? "");
    if (name && shape.chart) charts.set(name, shape.chart);
  }
  return charts;
}
