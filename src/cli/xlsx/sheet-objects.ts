/**
 * What lies on a worksheet besides its cells, read from the package for core's rule
 * (core/report/sheet-objects.ts), the same the add-in reads through Office.js:
 * - the sheet's drawing part (ECMA-376 Part 1 §20.5, SpreadsheetML drawing), reached by the
 *   sheet's `drawing` relationship: each anchor holds a graphic frame (a chart when its
 *   graphic data is a `c:chart`), a shape or text box (`xdr:sp`), a picture (`xdr:pic`), a
 *   connector (`xdr:cxnSp`) or a group (`xdr:grpSp`), named by its `xdr:cNvPr`'s `name`. Excel
 *   wraps some in `mc:AlternateContent` (Part 3, markup compatibility): its first choice is read.
 * - the notes: the legacy comments part (§18.7, `xl/commentsN.xml`, the sheet's `comments`
 *   relationship), one `comment ref="B5"` per cell;
 * - the threaded comments: the threaded comments part (MS-XLSX 2.1.4,
 *   `xl/threadedComments/threadedCommentN.xml`, relationship type
 *   http://schemas.microsoft.com/office/2017/10/relationships/threadedComment), one
 *   `threadedComment ref="B5"` per message. Excel also writes a legacy comment on that cell for
 *   older readers, so a cell with a threaded comment is counted as a comment, not a note.
 */
import type { SheetObjects } from "../../core/report";
import { relType, type XlsxPackage } from "./package";
import { children, type XmlElement } from "../../package/xml";

const DRAWN = new Set(["sp", "pic", "cxnSp", "grpSp"]);

/** The name in an object's non-visual properties (`xdr:nvSpPr/xdr:cNvPr@name` and its kin). */
function nameOf(el: XmlElement): string {
  const nv = el.children.find((c) => c.local.startsWith("nv"));
  return nv?.children.find((c) => c.local === "cNvPr")?.attrs.get("name") ?? "";
}

/** True when `el` has a descendant of local name `local`. */
function holds(el: XmlElement, local: string): boolean {
  return el.children.some((c) => c.local === local || holds(c, local));
}

/** Collects the charts and shapes under `el` (an anchor, or the drawing's root). */
export function collect(el: XmlElement, out: { charts: string[]; shapes: string[] }): void {
  for (const c of el.children) {
    if (c.local === "AlternateContent") {
      const choice = c.children.find((x) => x.local === "Choice") ?? c.children.find((x) => x.local === "Fallback");
      if (choice) collect(choice, out);
    } else if (c.local === "graphicFrame") {
      (holds(c, "chart") ? out.charts : out.shapes).push(nameOf(c));
    } else if (DRAWN.has(c.local)) out.shapes.push(nameOf(c));
    else if (/Anchor$/.test(c.local)) collect(c, out);
  }
}

/** The text of `part` parsed, or undefined when the package lacks it or it does not parse. */
function parsed(pkg: XlsxPackage, part: string): XmlElement | undefined {
  if (!pkg.has(part)) return undefined;
  try {
    return pkg.xml(part);
  } catch {
    return undefined;
  }
}

/** The `ref`s of the elements `local` directly under `list` (a comment list) in `root`. */
function refs(root: XmlElement | undefined, listLocal: string | undefined, local: string): string[] {
  const list = listLocal ? children(root, listLocal)[0] : root;
  return children(list, local).map((c) => (c.attrs.get("ref") ?? "").toUpperCase());
}

/** The charts, shapes, notes and threaded comments on the worksheet part `sheetPart`. */
export function sheetObjects(pkg: XlsxPackage, sheetPart: string): SheetObjects {
  const out = { charts: [] as string[], shapes: [] as string[] };
  const notes: string[] = [];
  const comments: string[] = [];
  for (const rel of pkg.rels(sheetPart)) {
    if (rel.external) continue;
    const type = relType(rel);
    if (type === "drawing") {
      const root = parsed(pkg, rel.target);
      if (root) collect(root, out);
    } else if (type === "comments") notes.push(...refs(parsed(pkg, rel.target), "commentList", "comment"));
    else if (type === "threadedComment") comments.push(...refs(parsed(pkg, rel.target), undefined, "threadedComment"));
  }
  const threaded = new Set(comments);
  return {
    charts: out.charts,
    shapes: out.shapes,
    notes: notes.filter((n) => !threaded.has(n)),
    comments: [...threaded],
  };
}
