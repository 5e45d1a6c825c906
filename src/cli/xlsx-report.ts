/**
 * The ReportPlan writer for .xlsx files (the CLI's port; src/excel is the Office.js one), as
 * an edit of the officer's package rather than a round trip through a workbook model: a
 * model drops what it does not know (defined names, protection, sensitivity labels, pivot
 * tables, data tables, dynamic arrays...), an edit keeps it. The output is the input package
 * with the report sheet's part added or replaced and, in the parts that list it, its entries:
 * its <sheet> and mark in the workbook part, its relationship, its content type, its cell
 * formats appended to the styles part. Every other part is copied with its compressed bytes.
 *
 * The sheet at the report's name is replaced, whoever made it: the caller decides first whether
 * it may be (generate.ts, from what xlsx/mark.ts reads and core's reportSheetOwnership); what
 * only that sheet reached goes with it (xlsx/prune.ts).
 */
import type { ReportPlan } from "../core/report";
import type { WorkbookFile } from "./read-xlsx";
import { relType, relsPartOf, type XlsxPackage } from "./xlsx/package";
import { reportSheetXml } from "./xlsx/report-sheet";
import { reportChartParts } from "./xlsx/report-charts";
import { printNames } from "./xlsx/page-xml";
import { StyleBook } from "./xlsx/styles";
import { trimUnusedStyles, usedCellFormats } from "./xlsx/style-trim";
import {
  REPORT_CHARTS_NAME,
  REPORT_MARK_NAME,
  chartsText,
  findReportSheet,
  markText,
  ownChartsOf,
  scopedNames,
} from "./xlsx/mark";
import { keptDrawing } from "./xlsx/kept-drawing";
import { sheetObjects } from "./xlsx/sheet-objects";
import { calcChainWithout, reachable } from "./xlsx/prune";
import {
  applyEdits,
  child,
  children,
  escapeXml,
  parseXml,
  prefixOf,
  type TextEdit,
  type XmlElement,
} from "../package/xml";
import { writeZip, type ZipOutput } from "./xlsx/zip";

const TRANSITIONAL = {
  main: "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
  rel: "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
};
const STRICT = {
  main: "http://purl.oclc.org/ooxml/spreadsheetml/main",
  rel: "http://purl.oclc.org/ooxml/officeDocument/relationships",
};
const WORKSHEET_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";
const STYLES_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml";

/** The edited package and what happened to the report sheet. */
export interface ReportPackage {
  readonly bytes: Uint8Array;
  /** The report sheet's name as it is in the workbook (an existing sheet keeps its own spelling). */
  readonly sheetName: string;
  readonly replaced: boolean;
}

/** The first child of `parent` that CT order puts after `local`, or undefined. */
function insertionPoint(parent: XmlElement, order: readonly string[], local: string): number {
  const next = parent.children.find((c) => order.indexOf(c.local) > order.indexOf(local));
  return next ? next.open.start : parent.close.start;
}

/** CT_Workbook's child order (ECMA-376 Part 1 §18.2.27), for inserting definedNames or calcPr. */
const WORKBOOK_ORDER = [
  "fileVersion",
  "fileSharing",
  "workbookPr",
  "workbookProtection",
  "bookViews",
  "sheets",
  "functionGroups",
  "externalReferences",
  "definedNames",
  "calcPr",
  "oleSize",
  "customWorkbookViews",
  "pivotCaches",
  "smartTagPr",
  "smartTagTypes",
  "webPublishing",
  "fileRecoveryPr",
  "webPublishObjects",
  "extLst",
];

/** Inserts `body` as the last child of `el`, opening it when it is written empty (`<x/>`). */
function appendChild(text: string, el: XmlElement, body: string): TextEdit {
  if (el.open.start === el.close.start) {
    const open = text.slice(el.open.start, el.open.end).replace(/\s*\/>$/, ">");
    return { start: el.open.start, end: el.open.end, text: `${open}${body}</${el.qname}>` };
  }
  return { start: el.close.start, end: el.close.start, text: body };
}

/** A start tag with attribute `name` set to `value` (added or replaced). */
function withAttr(openTag: string, name: string, value: string): string {
  const re = new RegExp(`(\\s${name}\\s*=\\s*)("[^"]*"|'[^']*')`);
  return re.test(openTag)
    ? openTag.replace(re, `$1"${escapeXml(value)}"`)
    : openTag.replace(/\s*(\/?)>$/, ` ${name}="${escapeXml(value)}"$1>`);
}

/** A part name not used in the package: `${dir}sheet${n}.xml` with the smallest free n. */
function freePartName(pkg: XlsxPackage, dir: string): string {
  for (let n = 1; ; n++) {
    const name = `${dir}worksheets/sheet${n}.xml`;
    if (!pkg.has(name)) return name;
  }
}

const encoder = new TextEncoder();

/** A part's text as UTF-8, its XML declaration saying so (a part read as UTF-16 is written as UTF-8). */
function encodePart(text: string): Uint8Array {
  return encoder.encode(text.replace(/^(<\?xml[^>]*encoding\s*=\s*)["'][^"']*["']/i, '$1"UTF-8"'));
}

/**
 * The package with the plan's report sheet added or replaced; everything else as it was. The
 * sheet at the report's name is replaced whoever made it: decide first whether it may be
 * ({@link reportSheetSeen} and core's reportSheetOwnership).
 */
export function writeReportPackage(file: WorkbookFile, plan: ReportPlan): ReportPackage {
  const { pkg } = file;
  const wbPart = pkg.workbookPart;
  const wbText = pkg.text(wbPart);
  const wb = parseXml(wbText);
  const ns =
    wb.attrs.get(`xmlns${prefixOf(wb) ? `:${prefixOf(wb).slice(0, -1)}` : ""}`) === STRICT.main ? STRICT : TRANSITIONAL;
  const wbRelsPart = relsPartOf(wbPart);
  const wbDir = wbPart.slice(0, wbPart.lastIndexOf("/") + 1);

  const existing = findReportSheet(file, plan.sheetName);

  // Parts written anew (by lower-cased name), and parts removed.
  const written = new Map<string, { name: string; text: string }>();
  const removed = new Set<string>();
  const put = (name: string, text: string) => written.set(name.toLowerCase(), { name, text });

  // Styles: the report's cell formats appended.
  const stylesRel = pkg.rels(wbPart).find((r) => relType(r) === "styles" && !r.external && pkg.has(r.target));
  const styles = new StyleBook(stylesRel ? pkg.text(stylesRel.target) : undefined, parseXml);
  const stylesPart = stylesRel?.target ?? `${wbDir}styles.xml`;

  const wbEdits: TextEdit[] = [];
  let relsText = pkg.has(wbRelsPart)
    ? pkg.text(wbRelsPart)
    : `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>`;
  const rels = parseXml(relsText);
  const relEdits: TextEdit[] = [];
  const typesText = pkg.text("[Content_Types].xml");
  const types = parseXml(typesText);
  const typeEdits: TextEdit[] = [];
  const override = (part: string, type: string) =>
    typeEdits.push(appendChild(typesText, types, `<Override PartName="/${escapeXml(part)}" ContentType="${type}"/>`));
  const relIds = new Set(children(rels, "Relationship").map((r) => r.attrs.get("Id") ?? ""));
  const newRelId = () => {
    let n = relIds.size + 1;
    while (relIds.has(`rId${n}`)) n++;
    relIds.add(`rId${n}`);
    return `rId${n}`;
  };
  const addRel = (type: string, target: string) => {
    const id = newRelId();
    relEdits.push(
      appendChild(relsText, rels, `<Relationship Id="${id}" Type="${ns.rel}/${type}" Target="${escapeXml(target)}"/>`),
    );
    return id;
  };
  if (!stylesRel) {
    addRel("styles", stylesPart.slice(wbDir.length));
    override(stylesPart, STYLES_TYPE);
  }

  const sheetsEl = child(wb, "sheets");
  if (!sheetsEl) throw new Error("the workbook part lists no sheets");
  let sheetPart: string;
  let index: number;
  let sheetName: string;
  if (existing) {
    index = existing.index;
    sheetName = existing.name;
    if (existing.kind === "worksheet" && existing.part) {
      sheetPart = existing.part;
      removed.add(relsPartOf(sheetPart).toLowerCase()); // its drawings, tables, comments go with it
    } else {
      // A chart sheet (or a broken relationship) at the name: a new worksheet part takes its relationship.
      sheetPart = freePartName(pkg, wbDir);
      const rel = children(rels, "Relationship").find((r) => r.attrs.get("Id") === existing.rId);
      const tag = `<${rels.children[0]?.qname ?? "Relationship"} Id="${escapeXml(existing.rId)}" Type="${ns.rel}/worksheet" Target="${escapeXml(sheetPart.slice(wbDir.length))}"/>`;
      if (rel) relEdits.push({ start: rel.open.start, end: rel.close.end, text: tag });
      else relEdits.push(appendChild(relsText, rels, tag));
      override(sheetPart, WORKSHEET_TYPE);
    }
    // A sheet with formulas leaves entries in the calculation chain that must go with them.
    const chain = pkg.rels(wbPart).find((r) => relType(r) === "calcChain" && !r.external && pkg.has(r.target));
    if (chain && existing.part && file.formulaParts.has(existing.part.toLowerCase())) {
      const text = calcChainWithout(pkg.text(chain.target), existing.sheetId);
      if (text !== undefined) put(chain.target, text);
      else {
        const rel = children(rels, "Relationship").find((r) => r.attrs.get("Id") === chain.id);
        if (rel) relEdits.push({ start: rel.open.start, end: rel.close.end, text: "" });
      }
    }
  } else {
    sheetPart = freePartName(pkg, wbDir);
    index = children(sheetsEl, "sheet").length;
    sheetName = plan.sheetName;
    const sheetIds = children(sheetsEl, "sheet").map((s) => Number(s.attrs.get("sheetId") ?? 0));
    const id = addRel("worksheet", sheetPart.slice(wbDir.length));
    const rPrefix = [...wb.attrs].find(([k, v]) => k.startsWith("xmlns:") && v === ns.rel)?.[0].slice(6);
    const rAttr = rPrefix ? `${rPrefix}:id="${id}"` : `xmlns:r="${ns.rel}" r:id="${id}"`;
    wbEdits.push(
      appendChild(
        wbText,
        sheetsEl,
        `<${prefixOf(sheetsEl)}sheet name="${escapeXml(sheetName)}" sheetId="${Math.max(0, ...sheetIds) + 1}" ${rAttr}/>`,
      ),
    );
    override(sheetPart, WORKSHEET_TYPE);
  }
  put(sheetPart, ""); // its place in the ZIP, before its drawing and charts; written below
  // The charts: the sheet's relationships, a drawing part and one chart part each.
  // The officer's charts and shapes on the old sheet go into the new drawing (core's rule keeps them).
  const kept =
    existing?.kind === "worksheet" && existing.part
      ? keptDrawing(pkg, existing.part, ownChartsOf(file, existing, sheetObjects(pkg, existing.part).charts))
      : undefined;
  const chartParts = reportChartParts(pkg, plan, sheetPart, sheetName, wbDir, ns.rel, ns === STRICT, kept);
  for (const part of chartParts.parts) {
    put(part.name, part.text);
    if (part.contentType) override(part.name, part.contentType);
  }
  const sheet = reportSheetXml(plan, styles, ns, chartParts.drawingRelId);
  put(sheetPart, sheet.xml);
  let stylesText = styles.result();
  // A replaced report's own trailing formats the new one no longer uses go (xlsx/style-trim.ts).
  const used =
    existing?.kind === "worksheet" && existing.part
      ? usedCellFormats(pkg, file.sheets, sheetPart, sheet.xml)
      : undefined;
  if (used) stylesText = trimUnusedStyles(stylesText, used, parseXml);
  if (stylesText !== styles.text || !stylesRel) put(stylesPart, stylesText);

  // The sheet's names: the mark and the print area and titles, added or replaced.
  const p = prefixOf(wb);
  const wanted: [string, string, string][] = [
    [REPORT_MARK_NAME, markText(sheet.fingerprint), ' hidden="1"'],
    [REPORT_CHARTS_NAME, chartsText(chartParts.names), ' hidden="1"'],
    ...printNames(plan.page, sheetName).map(([n, v]): [string, string, string] => [n, v, ""]),
  ];
  const fresh: string[] = [];
  for (const [name, value, extra] of wanted) {
    const xml = `<${p}definedName name="${name}" localSheetId="${index}"${extra}>${escapeXml(value)}</${p}definedName>`;
    const old = scopedNames(wb, index, name)[0];
    if (old) wbEdits.push({ start: old.open.start, end: old.close.end, text: xml });
    else fresh.push(xml);
  }
  // Print titles the plan no longer asks for go.
  if (!wanted.some(([n]) => n === "_xlnm.Print_Titles"))
    for (const old of scopedNames(wb, index, "_xlnm.Print_Titles"))
      wbEdits.push({ start: old.open.start, end: old.close.end, text: "" });
  const names = child(wb, "definedNames");
  if (fresh.length && names) wbEdits.push(appendChild(wbText, names, fresh.join("")));
  else if (fresh.length) {
    const at = insertionPoint(wb, WORKBOOK_ORDER, "definedNames");
    wbEdits.push({ start: at, end: at, text: `<${p}definedNames>${fresh.join("")}</${p}definedNames>` });
  }
  // Formulas elsewhere that read the old report hold its values as cached results: recalculate on load.
  if (existing && [...file.formulaParts].some((f) => f !== existing.part?.toLowerCase())) {
    const calc = child(wb, "calcPr");
    if (calc)
      wbEdits.push({
        start: calc.open.start,
        end: calc.open.end,
        text: withAttr(wbText.slice(calc.open.start, calc.open.end), "fullCalcOnLoad", "1"),
      });
    else {
      const at = insertionPoint(wb, WORKBOOK_ORDER, "calcPr");
      wbEdits.push({ start: at, end: at, text: `<${p}calcPr fullCalcOnLoad="1"/>` });
    }
  }
  put(wbPart, applyEdits(wbText, wbEdits));
  relsText = applyEdits(relsText, relEdits);
  put(wbRelsPart, relsText);

  // Parts only the old report sheet reached (its drawings, tables, comments) go with it.
  const relsOf = (original: boolean) => (relsPart: string) => {
    if (!original) {
      // A part written anew (the sheet's relationships replaced) is followed as written.
      const w = written.get(relsPart);
      if (w) return w.text;
      if (removed.has(relsPart)) return undefined;
    }
    return pkg.has(relsPart) ? pkg.text(relsPart) : undefined;
  };
  const before = reachable(pkg, relsOf(true));
  const after = reachable(pkg, relsOf(false), (p) => pkg.has(p) || written.has(p));
  for (const part of before) if (!after.has(part) && !written.has(part)) removed.add(part);
  for (const part of [...removed]) removed.add(relsPartOf(part).toLowerCase());

  // Content types of removed parts go too.
  for (const o of children(types, "Override")) {
    const name = (o.attrs.get("PartName") ?? "").replace(/^\//, "").toLowerCase();
    if (removed.has(name) && !written.has(name)) typeEdits.push({ start: o.open.start, end: o.close.end, text: "" });
  }
  put("[Content_Types].xml", applyEdits(typesText, typeEdits));

  const outputs: ZipOutput[] = [];
  const done = new Set<string>();
  for (const entry of pkg.zip.entries) {
    const key = entry.name.toLowerCase();
    if (removed.has(key) && !written.has(key)) continue;
    const w = written.get(key);
    if (w) {
      outputs.push({ kind: "new", name: entry.name, data: encodePart(w.text) });
      done.add(key);
    } else outputs.push({ kind: "copy", from: pkg.zip, entry });
  }
  for (const [key, w] of written)
    if (!done.has(key)) outputs.push({ kind: "new", name: w.name, data: encodePart(w.text) });
  return { bytes: writeZip(outputs), sheetName, replaced: existing !== undefined };
}
