/**
 * Finishes the package pptxgenjs writes, for what it leaves out (ECMA-376 Part 1 names each
 * attribute): PresentationML's `p:cNvPr` carries `title` and `descr`, PowerPoint's "Alt Text"
 * (§19.3.1.12), and pptxgenjs writes `descr` only for charts and nothing for tables; a table's
 * `a:tblPr firstRow="1"` (§21.1.3.15) is PowerPoint's "Header Row", which screen readers use
 * to announce column headers, and pptxgenjs writes a bare `a:tblPr`; it gives every line
 * series one marker shape, where the plan gives each its own (WCAG 1.4.1: not colour alone);
 * it numbers a table's shape id by table and slide count, which can repeat another shape's id
 * on the slide (ids must be unique in a slide, §19.3.1.12); and it writes a missing value as
 * an empty `c:v`, where a gap is a point left out of the cache (§21.2.2.150); and it rounds
 * the chart's corners (`c:roundedCorners`), which no chart of the report has elsewhere.
 */
import JSZip from "jszip";
import { type MarkerStyle, escapeXml } from "../core/report";

/** The alt text of a table or chart, and a chart's marker per series, by shape name. */
export interface AltText {
  readonly title: string;
  readonly description: string;
  readonly markers?: readonly MarkerStyle[];
}

const attr = (tag: string, name: string): string | undefined => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];

/** Sets title and descr on every named shape's cNvPr, and numbers the slide's shapes 1, 2, 3... */
export function finishSlideXml(xml: string, alt: ReadonlyMap<string, AltText>): string {
  let id = 0;
  return xml
    .replace(/<p:cNvPr\b([^>]*?)(\/?)>/g, (_m, attrs: string, close: string) => {
      id++;
      const name = attr(attrs, "name") ?? "";
      const a = alt.get(name);
      let rest = attrs.replace(/\sid="[^"]*"/, "");
      if (a) rest = rest.replace(/\s(descr|title)="[^"]*"/g, "");
      const extra = a ? ` title="${escapeXml(a.title)}" descr="${escapeXml(a.description)}"` : "";
      return `<p:cNvPr id="${id}"${rest}${extra}${close}>`;
    })
    .replace(/<a:tblPr\/>/g, '<a:tblPr firstRow="1" bandRow="0"/>');
}

/** Leaves missing values out of a chart's caches and gives each line series its own marker. */
export function finishChartXml(xml: string, markers: readonly MarkerStyle[] | undefined): string {
  let series = 0;
  const gaps = xml
    .replace(/<c:pt idx="\d+">\s*<c:v><\/c:v>\s*<\/c:pt>/g, "")
    // Square corners, as PowerPoint's own charts and the workbook's have (pptxgenjs rounds them).
    .replace('<c:roundedCorners val="1"/>', '<c:roundedCorners val="0"/>');
  if (!markers) return gaps;
  return gaps.replace(/<c:ser>[\s\S]*?<\/c:ser>/g, (ser) => {
    const marker = markers[series++];
    return marker ? ser.replace(/<c:symbol val="[^"]*"\/>/, `<c:symbol val="${marker}"/>`) : ser;
  });
}

/** The chart part each named chart shape of a slide points at ("ppt/charts/chart1.xml"). */
function chartTargets(slideXml: string, relsXml: string): Map<string, string> {
  const rels = new Map<string, string>();
  for (const m of relsXml.matchAll(/<Relationship\b[^>]*>/g)) {
    const rid = attr(m[0], "Id");
    const target = attr(m[0], "Target");
    // pptxgenjs writes chart targets absolute ("/ppt/charts/chart1.xml"); others relative to ppt/slides/.
    if (rid && target) rels.set(rid, target.startsWith("/") ? target.slice(1) : target.replace(/^\.\.\//, "ppt/"));
  }
  const out = new Map<string, string>();
  for (const m of slideXml.matchAll(/<p:graphicFrame>[\s\S]*?<\/p:graphicFrame>/g)) {
    const name = /<p:cNvPr\b[^>]*\sname="([^"]*)"/.exec(m[0])?.[1];
    const rid = /<c:chart\b[^>]*\sr:id="([^"]*)"/.exec(m[0])?.[1];
    const target = rid ? rels.get(rid) : undefined;
    if (name && target) out.set(target, name);
  }
  return out;
}

/**
 * Finishes a .pptx package pptxgenjs wrote.
 * @param alt alt text (and markers) by shape name; every named table and chart gets its own.
 * @returns the finished package's bytes.
 */
export async function finishDeck(pptx: Uint8Array, alt: ReadonlyMap<string, AltText>): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(pptx);
  const slides = Object.keys(zip.files).filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n));
  for (const name of slides) {
    const slideXml = (await zip.file(name)?.async("string")) ?? "";
    const relsName = name.replace(/slides\/(slide\d+\.xml)$/, "slides/_rels/$1.rels");
    const relsXml = (await zip.file(relsName)?.async("string")) ?? "";
    for (const [part, shape] of chartTargets(slideXml, relsXml)) {
      const chartXml = await zip.file(part)?.async("string");
      if (chartXml !== undefined) zip.file(part, finishChartXml(chartXml, alt.get(shape)?.markers));
    }
    zip.file(name, finishSlideXml(slideXml, alt));
  }
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}
