/**
 * The report sheet's chart parts, as Excel lays them out in a package (ECMA-376 Part 1 §12.3.8
 * drawings, §14.2.1 charts): the sheet's relationships part pointing at one drawing part
 * (`xl/drawings/drawingN.xml`), whose relationships point at one chart part per chart
 * (`xl/charts/chartN.xml`), each with its content-type override. New part names are names the
 * package does not hold, so the old report's drawing and charts (which the prune in
 * xlsx-report.ts removes, as parts no relationship reaches any more) are never overwritten in
 * place and nothing is left orphaned.
 */
import type { ChartSpec, ReportPlan } from "../../core/report";
import { chartPartXml, DRAWINGML } from "./chart-xml";
import { drawingPartXml } from "./drawing-xml";
import { relsPartOf, type XlsxPackage } from "./package";
import { escapeXml } from "../../package/xml";
import type { KeptDrawing } from "./kept-drawing";

export const DRAWING_TYPE = "application/vnd.openxmlformats-officedocument.drawing+xml";
export const CHART_TYPE = "application/vnd.openxmlformats-officedocument.drawingml.chart+xml";
const PACKAGE_RELS = "http://schemas.openxmlformats.org/package/2006/relationships";

/** A part to write, with the content type its override gives it (none for a .rels part). */
export interface NewPart {
  readonly name: string;
  readonly text: string;
  readonly contentType?: string;
}

/** The parts of the report's charts and the sheet's relationship id of its drawing. */
export interface ReportChartParts {
  readonly parts: readonly NewPart[];
  readonly drawingRelId?: string;
  /** The names of the charts drawn (recorded with the mark, ./mark.ts). */
  readonly names: readonly string[];
}

/** The relative reference from part `from` to part `to` (RFC 3986), as Excel writes targets ("../charts/chart1.xml"). */
export function relativeTarget(from: string, to: string): string {
  const a = from.split("/").slice(0, -1);
  const b = to.split("/");
  let i = 0;
  while (i < a.length && i < b.length - 1 && a[i] === b[i]) i++;
  return [...a.slice(i).map(() => ".."), ...b.slice(i)].join("/");
}

function relsXml(rels: readonly { id: string; type: string; target: string; external?: boolean }[]): string {
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<Relationships xmlns="${PACKAGE_RELS}">` +
    rels
      .map(
        (r) =>
          `<Relationship Id="${r.id}" Type="${escapeXml(r.type)}" Target="${escapeXml(r.target)}"${r.external ? ' TargetMode="External"' : ""}/>`,
      )
      .join("") +
    "</Relationships>"
  );
}

/** The drawing part with the officer's kept anchors after the report's, and the namespaces they need declared. */
function withKept(xml: string, kept: KeptDrawing | undefined): string {
  if (!kept) return xml;
  const open = /<xdr:wsDr\b[^>]*>/.exec(xml)?.[0] ?? "";
  const extra = [...kept.rootAttrs]
    .filter(([k]) => !open.includes(` ${k}=`))
    .map(([k, v]) => ` ${k}="${escapeXml(v)}"`)
    .join("");
  return xml.replace(open, open.replace(/>$/, `${extra}>`)).replace(/<\/xdr:wsDr>$/, `${kept.anchors}</xdr:wsDr>`);
}

/**
 * The parts for the plan's charts on `sheetPart` (none when the plan has no chart).
 * @param dir the folder of the workbook part ("xl/"): drawings/ and charts/ go under it.
 * @param relNs the workbook's relationships namespace (transitional or strict).
 * @param strict whether the workbook is Strict Open XML (its DrawingML namespaces differ).
 */
export function reportChartParts(
  pkg: XlsxPackage,
  plan: ReportPlan,
  sheetPart: string,
  sheetName: string,
  dir: string,
  relNs: string,
  strict: boolean,
  kept?: KeptDrawing,
): ReportChartParts {
  const charts: ChartSpec[] = plan.blocks.flatMap((b) => (b.kind === "table" ? [...b.charts] : []));
  if (charts.length === 0 && !kept) return { parts: [], names: [] };
  const ns = strict ? DRAWINGML.strict : DRAWINGML.transitional;
  const taken = new Set<string>();
  const free = (folder: string, stem: string) => {
    for (let n = 1; ; n++) {
      const name = `${dir}${folder}/${stem}${n}.xml`;
      if (!pkg.has(name) && !taken.has(name.toLowerCase())) {
        taken.add(name.toLowerCase());
        return name;
      }
    }
  };
  const drawing = free("drawings", "drawing");
  const chartNames = charts.map(() => free("charts", "chart"));
  const chartRelIds = charts.map((_, i) => `rId${i + 1}`);
  const parts: NewPart[] = [
    {
      name: relsPartOf(sheetPart),
      text: relsXml([{ id: "rId1", type: `${relNs}/drawing`, target: relativeTarget(sheetPart, drawing) }]),
    },
    {
      name: drawing,
      text: withKept(drawingPartXml(charts, chartRelIds, plan.columnWidths, ns, relNs), kept),
      contentType: DRAWING_TYPE,
    },
    {
      name: relsPartOf(drawing),
      text: relsXml([
        ...chartNames.map((c, i) => ({
          id: chartRelIds[i] ?? "",
          type: `${relNs}/chart`,
          target: relativeTarget(drawing, c),
        })),
        ...(kept?.rels ?? []).map((r) => ({ ...r, target: r.external ? r.target : relativeTarget(drawing, r.target) })),
      ]),
    },
    ...charts.map((spec, i) => ({
      name: chartNames[i] ?? "",
      text: chartPartXml(spec, sheetName, ns, relNs),
      contentType: CHART_TYPE,
    })),
  ];
  return { parts, drawingRelId: "rId1", names: charts.map((c) => c.name) };
}
