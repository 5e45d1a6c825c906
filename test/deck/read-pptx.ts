/**
 * Reads a .pptx back as an accessibility reviewer would look at it: with the project's own
 * ZIP reader and XML parser (src/cli/xlsx), slide by slide in presentation order, each slide's
 * shapes in spTree order (the reading order PowerPoint's Reading Order pane shows), and each
 * chart part a graphic frame points at.
 */
import { ZipArchive } from "../../src/cli/xlsx/zip";
import { child, children, decodePart, parseXml, type XmlElement } from "../../src/package/xml";

/** Every element under `el` (itself included) with local name `local`, in document order. */
export function all(el: XmlElement | undefined, local: string): XmlElement[] {
  if (!el) return [];
  const out: XmlElement[] = el.local === local ? [el] : [];
  for (const c of el.children) out.push(...all(c, local));
  return out;
}

/** The text of all a:t runs under `el`, paragraphs joined by "\n". */
export function textOf(el: XmlElement | undefined): string {
  return all(el, "p")
    .map((p) =>
      all(p, "t")
        .map((t) => t.text)
        .join(""),
    )
    .join("\n");
}

/** A shape of a slide's tree. */
export interface Shape {
  /** "sp" (text), "graphicFrame" (table or chart), "pic"... */
  readonly kind: string;
  readonly el: XmlElement;
  /** Its p:cNvPr attributes (id, name, title, descr). */
  readonly props: ReadonlyMap<string, string>;
  /** The placeholder type, if a placeholder ("title"). */
  readonly placeholder?: string;
  /** The chart part it shows, parsed, if a chart. */
  readonly chart?: XmlElement;
  readonly chartPart?: string;
  readonly table?: XmlElement;
}

/** One slide read back. */
export interface SlideRead {
  readonly part: string;
  readonly xml: XmlElement;
  readonly shapes: readonly Shape[];
  readonly rels: ReadonlyMap<string, string>;
}

/** A package read back. */
export interface DeckRead {
  readonly zip: ZipArchive;
  readonly part: (name: string) => string | undefined;
  readonly presentation: XmlElement;
  readonly slides: readonly SlideRead[];
}

function relsOf(zip: ZipArchive, part: string): Map<string, string> {
  const relsName = part.replace(/([^/]+)$/, "_rels/$1.rels");
  const entry = zip.entry(relsName);
  const out = new Map<string, string>();
  if (!entry) return out;
  const base = part.replace(/[^/]+$/, "");
  for (const r of all(parseXml(decodePart(zip.read(entry))), "Relationship")) {
    const id = r.attrs.get("Id");
    const target = r.attrs.get("Target");
    if (!id || !target) continue;
    out.set(id, target.startsWith("/") ? target.slice(1) : resolve(base, target));
  }
  return out;
}

function resolve(base: string, target: string): string {
  const parts = (base + target).split("/");
  const out: string[] = [];
  for (const p of parts) {
    if (p === "..") out.pop();
    else if (p !== "." && p !== "") out.push(p);
  }
  return out.join("/");
}

/** Reads a .pptx's bytes. */
export function readPptx(bytes: Uint8Array): DeckRead {
  const zip = new ZipArchive(bytes);
  const part = (name: string): string | undefined => {
    const e = zip.entry(name);
    return e ? decodePart(zip.read(e)) : undefined;
  };
  const presentationXml = part("ppt/presentation.xml");
  if (!presentationXml) throw new Error("no ppt/presentation.xml");
  const presentation = parseXml(presentationXml);
  const presRels = relsOf(zip, "ppt/presentation.xml");
  const slideParts = all(presentation, "sldId").map((s) => {
    const rid = [...s.attrs].find(([k]) => k.endsWith(":id"))?.[1] ?? "";
    return presRels.get(rid) ?? "";
  });
  const slides = slideParts.map((p): SlideRead => {
    const xml = parseXml(part(p) ?? "");
    const rels = relsOf(zip, p);
    const tree = child(child(xml, "cSld"), "spTree");
    const shapes = (tree?.children ?? [])
      .filter((c) => c.local !== "nvGrpSpPr" && c.local !== "grpSpPr" && c.local !== "extLst")
      .map((el): Shape => {
        const props = all(el, "cNvPr")[0]?.attrs ?? new Map<string, string>();
        const ph = all(el, "ph")[0]?.attrs.get("type");
        const chartRef = all(el, "chart")[0];
        const rid = chartRef ? [...chartRef.attrs].find(([k]) => k.endsWith(":id"))?.[1] : undefined;
        const chartPart = rid ? rels.get(rid) : undefined;
        const chartXml = chartPart ? part(chartPart) : undefined;
        return {
          kind: el.local,
          el,
          props,
          ...(ph !== undefined ? { placeholder: ph } : {}),
          ...(chartXml !== undefined ? { chart: parseXml(chartXml), chartPart } : {}),
          ...(all(el, "tbl")[0] ? { table: all(el, "tbl")[0] } : {}),
        };
      });
    return { part: p, xml, shapes, rels };
  });
  return { zip, part, presentation, slides };
}

/** A table's cells as text, row by row. */
export function tableCells(tbl: XmlElement): string[][] {
  return children(tbl, "tr").map((tr) => children(tr, "tc").map((tc) => textOf(tc)));
}

/** Every font size (hundredths of a point) set on runs, paragraph defaults and end marks under `el`. */
export function fontSizes(el: XmlElement | undefined): number[] {
  return ["rPr", "defRPr", "endParaRPr"]
    .flatMap((l) => all(el, l))
    .map((e) => e.attrs.get("sz"))
    .filter((s): s is string => s !== undefined)
    .map(Number);
}
