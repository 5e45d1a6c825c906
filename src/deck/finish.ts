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
 * the chart's corners (`c:roundedCorners`), which no chart of the report has elsewhere. It
 * also writes the company into `docProps/app.xml` (the extended properties, ECMA-376 Part 1 §22.2), which pptxgenjs
 * writes unescaped: a council named "Brighton & Hove" would make the part not XML.
 */
import type { MarkerStyle } from "../core/report";
import { webCodec } from "../package/web-codec";
import {
  descendants,
  elementsOf,
  getAttr,
  getPrefixedAttr,
  parseTree,
  removeWhere,
  serializeTree,
  setAttr,
  textOf,
  type XNode,
} from "../package/xml-tree";
import { decodePart } from "../package/xml";
import { ZipArchive, writeZipAsync, type ZipOutput } from "../package/zip";
import { textEncoder } from "../package/text";

/** The alt text of a table or chart, and a chart's marker per series, by shape name. */
export interface AltText {
  readonly title: string;
  readonly description: string;
  readonly markers?: readonly MarkerStyle[];
}

/** Sets title and descr on every named shape's cNvPr, and numbers the slide's shapes 1, 2, 3... */
export function finishSlideXml(xml: string, alt: ReadonlyMap<string, AltText>): string {
  const doc = parseTree(xml);
  descendants(doc, "cNvPr").forEach((el, i) => {
    const a = alt.get(getAttr(el, "name") ?? "");
    // The id first, as pptxgenjs writes it; a named table's or chart's own title and descr last.
    el.attrs = [
      ["id", String(i + 1)],
      ...el.attrs.filter(([k]) => k !== "id" && !(a && (k === "title" || k === "descr"))),
      ...(a
        ? ([
            ["title", a.title],
            ["descr", a.description],
          ] as [string, string][])
        : []),
    ];
  });
  for (const tblPr of descendants(doc, "tblPr"))
    if (!tblPr.attrs.length && !tblPr.children.length)
      tblPr.attrs = [
        ["firstRow", "1"],
        ["bandRow", "0"],
      ];
  return serializeTree(doc);
}

/** A cached point whose value is empty (`<c:pt idx="1"><c:v></c:v></c:pt>`). */
function emptyPoint(el: XNode): boolean {
  if (el.local !== "pt") return false;
  const kids = elementsOf(el);
  return kids.length === 1 && kids[0]?.local === "v" && textOf(kids[0]) === "";
}

/** Leaves missing values out of a chart's caches and gives each line series its own marker. */
export function finishChartXml(xml: string, markers: readonly MarkerStyle[] | undefined): string {
  const doc = parseTree(xml);
  removeWhere(doc, emptyPoint);
  // Square corners, as PowerPoint's own charts and the workbook's have (pptxgenjs rounds them).
  for (const rc of descendants(doc, "roundedCorners")) if (getAttr(rc, "val") === "1") setAttr(rc, "val", "0");
  if (markers)
    descendants(doc, "ser").forEach((ser, i) => {
      const marker = markers[i];
      const symbol = descendants(ser, "symbol")[0];
      if (marker && symbol) setAttr(symbol, "val", marker);
    });
  return serializeTree(doc);
}

/** Sets the text of the extended properties' `Company` element (the part's other elements as they were). */
function finishAppXml(xml: string, company: string): string {
  const doc = parseTree(xml);
  for (const el of descendants(doc, "Company")) el.children = company ? [{ kind: "text", text: company }] : [];
  return serializeTree(doc);
}

/** The chart part each named chart shape of a slide points at ("ppt/charts/chart1.xml"). */
function chartTargets(slideXml: string, relsXml: string | undefined, slidePart: string): Map<string, string> {
  const rels = new Map<string, string>();
  if (relsXml !== undefined)
    for (const r of descendants(parseTree(relsXml), "Relationship")) {
      const id = getAttr(r, "Id");
      const target = getAttr(r, "Target");
      if (id && target) rels.set(id, resolvePart(slidePart, target));
    }
  const out = new Map<string, string>();
  for (const frame of descendants(parseTree(slideXml), "graphicFrame")) {
    const name = descendants(frame, "cNvPr").map((e) => getAttr(e, "name"))[0];
    const chart = descendants(frame, "chart")[0];
    const rid = chart && getPrefixedAttr(chart, "id");
    const target = rid ? rels.get(rid) : undefined;
    if (name && target) out.set(target, name);
  }
  return out;
}

/**
 * A relationship target resolved against its source part (ECMA-376 Part 2 §9.3.3): pptxgenjs
 * writes chart targets absolute ("/ppt/charts/chart1.xml"), others write them relative.
 */
function resolvePart(source: string, target: string): string {
  const base = target.startsWith("/") ? [] : source.split("/").slice(0, -1);
  for (const seg of target.split("/")) {
    if (seg === "" || seg === ".") continue;
    if (seg === "..") base.pop();
    else base.push(seg);
  }
  return base.join("/");
}

/** The relationships part of `part` ("ppt/slides/_rels/slide1.xml.rels"). */
function relsPartOf(part: string): string {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/**
 * Finishes a .pptx package pptxgenjs wrote: reads it with the package layer's ZIP, edits the
 * slides and charts as XML trees, and writes every part deflated with the web platform's
 * CompressionStream (the same code in the browser pane and in the CLI).
 * @param alt alt text (and markers) by shape name; every named table and chart gets its own.
 * @param props.company the company written into docProps/app.xml.
 * @returns the finished package's bytes.
 */
export async function finishDeck(
  pptx: Uint8Array,
  alt: ReadonlyMap<string, AltText>,
  props: { readonly company: string },
): Promise<Uint8Array> {
  const codec = webCodec();
  const zip = new ZipArchive(pptx);
  const text = async (part: string): Promise<string | undefined> => {
    const e = zip.entry(part);
    return e ? decodePart(await zip.readAsync(e, codec)) : undefined;
  };
  const edited = new Map<string, string>();
  for (const slide of zip.entries.map((e) => e.name).filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n))) {
    const slideXml = (await text(slide)) ?? "";
    for (const [part, shape] of chartTargets(slideXml, await text(relsPartOf(slide)), slide)) {
      const chartXml = await text(part);
      if (chartXml !== undefined) edited.set(part, finishChartXml(chartXml, alt.get(shape)?.markers));
    }
    edited.set(slide, finishSlideXml(slideXml, alt));
  }
  const app = await text("docProps/app.xml");
  if (app !== undefined) edited.set("docProps/app.xml", finishAppXml(app, props.company));
  const encoder = textEncoder();
  const outputs: ZipOutput[] = [];
  for (const entry of zip.entries) {
    const xml = edited.get(entry.name);
    // pptxgenjs stores its parts uncompressed (see pptx.ts): each is deflated here, once.
    const data = xml !== undefined ? encoder.encode(xml) : await zip.readAsync(entry, codec);
    outputs.push({ kind: "new", name: entry.name, data });
  }
  return writeZipAsync(outputs, codec);
}
