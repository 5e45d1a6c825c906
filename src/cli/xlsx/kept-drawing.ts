/**
 * The officer's drawings on the report sheet, carried into the new report's drawing part: core's
 * rule (core/report/sheet-objects.ts) keeps a chart csc-report did not draw, and every shape or
 * text box, where it is. An anchor (ECMA-376 Part 1 §20.5.2: `xdr:twoCellAnchor`,
 * `xdr:oneCellAnchor`, `xdr:absoluteAnchor`, or `mc:AlternateContent` around one) that holds
 * none of csc-report's recorded charts is copied as written; the relationships it points at
 * (`r:id` of a chart, `r:embed` of a picture, `r:id` of a hyperlink) are copied into the new
 * drawing's relationships under fresh ids, so the parts they reach (the officer's chart, an
 * image) stay in the package; and the namespace declarations of the old drawing's root that
 * the new one lacks are carried with them.
 */
import { collect } from "./sheet-objects";
import { relType, type XlsxPackage } from "./package";
import { parseXml, type XmlElement } from "../../package/xml";

/** A relationship of the kept anchors: its new id, type URI, and target (a part name, or the raw target when external). */
export interface KeptRel {
  readonly id: string;
  readonly type: string;
  readonly target: string;
  readonly external: boolean;
}

/** What the new drawing part carries over from the old one. */
export interface KeptDrawing {
  /** The kept anchors' XML, ids rewritten. */
  readonly anchors: string;
  /** `xmlns:p="uri"` (and `mc:Ignorable`) attributes of the old root the new root must declare. */
  readonly rootAttrs: ReadonlyMap<string, string>;
  readonly rels: readonly KeptRel[];
}

/** The first drawing object id of the kept objects: above any the report's chart frames take. */
const KEPT_IDS = 1000;

const ANCHOR = /^(twoCellAnchor|oneCellAnchor|absoluteAnchor|AlternateContent)$/;

/**
 * The officer's anchors in the drawing of worksheet part `sheetPart`, or undefined when there
 * are none (or the drawing does not parse).
 * @param ownCharts the names of the charts csc-report recorded: their anchors are not kept.
 */
export function keptDrawing(
  pkg: XlsxPackage,
  sheetPart: string,
  ownCharts: readonly string[],
): KeptDrawing | undefined {
  const rel = pkg.rels(sheetPart).find((r) => relType(r) === "drawing" && !r.external && pkg.has(r.target));
  if (!rel) return undefined;
  const text = pkg.text(rel.target);
  let root: XmlElement;
  try {
    root = parseXml(text);
  } catch {
    return undefined;
  }
  const own = new Set(ownCharts);
  const oldRels = new Map(pkg.rels(rel.target).map((r) => [r.id, r]));
  const rels: KeptRel[] = [];
  const renamed = new Map<string, string>();
  const anchors: string[] = [];
  let nextId = KEPT_IDS;
  for (const el of root.children) {
    if (!ANCHOR.test(el.local)) continue;
    const found = { charts: [] as string[], shapes: [] as string[] };
    collect({ ...el, children: [el] }, found);
    if (found.charts.some((c) => own.has(c)) || found.charts.length + found.shapes.length === 0) continue;
    // Relationship references: an attribute id, embed or link (in the relationships namespace) naming an old relationship.
    const xml = text
      .slice(el.open.start, el.close.end)
      .replace(/(\s[A-Za-z_][\w.-]*:(?:id|embed|link)\s*=\s*")([^"]*)"/g, (whole, head: string, id: string) => {
        const r = oldRels.get(id);
        if (!r) return whole;
        let fresh = renamed.get(id);
        if (!fresh) {
          fresh = `rIdKept${renamed.size + 1}`;
          renamed.set(id, fresh);
          rels.push({ id: fresh, type: r.type, target: r.target, external: r.external });
        }
        return `${head}${fresh}"`;
      });
    // Drawing object ids (cNvPr id, §20.1.2.2.8) are unique in a drawing: the report's frames
    // take the low ones, so the kept objects are numbered from KEPT_IDS up.
    anchors.push(
      xml.replace(/(<(?:[\w.-]+:)?cNvPr\b[^>]*?\sid\s*=\s*")\d+"/g, (_m, head: string) => `${head}${nextId++}"`),
    );
  }
  if (anchors.length === 0) return undefined;
  const rootAttrs = new Map([...root.attrs].filter(([k]) => k.startsWith("xmlns:") || k === "mc:Ignorable"));
  return { anchors: anchors.join(""), rootAttrs, rels };
}
