/**
 * An .xlsx file as an Open Packaging Conventions package (ECMA-376 Part 2): parts found by
 * following relationships from the package root, never by assumed names, part names
 * compared ignoring ASCII case (§9.1.1.1.2), relationship targets resolved relative to their
 * source part or from the root when absolute (§9.3.3 and RFC 3986), content types from
 * [Content_Types].xml's Override and Default entries (§10.1.2).
 */
import { ZipArchive, type ZipEntry } from "./zip";
import { PackageLimitError } from "../../package/zip";
import { attributes, children, decodePart, parseXml, scanXml, type XmlElement } from "../../package/xml";

/** The package opened but is not a workbook (an .ods, a .docx, any other ZIP). */
export class NotXlsxError extends Error {
  constructor(detail: string) {
    super(`not an .xlsx workbook (${detail})`);
    this.name = "NotXlsxError";
  }
}

/** A relationship of a part, its target resolved to a part name (no leading "/"). */
export interface Relationship {
  readonly id: string;
  /** The relationship type URI. */
  readonly type: string;
  /** The resolved part name, or the raw target for an external relationship. */
  readonly target: string;
  readonly external: boolean;
}

/** Relationship types are compared by their last segment: transitional and strict URIs share it. */
export function relType(rel: Relationship): string {
  return rel.type.slice(rel.type.lastIndexOf("/") + 1);
}

/** The part name of the relationships of `part` ("xl/_rels/workbook.xml.rels"; "_rels/.rels" for the root). */
export function relsPartOf(part: string): string {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/**
 * Resolves a relationship target against its source part (RFC 3986 §5.2, as OPC requires);
 * with `decode`, percent-encoding is undone first (a target "Main%20Book.xml" names the ZIP
 * item "Main Book.xml" when the writer stored the name unencoded).
 */
export function resolveTarget(source: string, target: string, decode = false): string {
  let t = target.split("#")[0] ?? "";
  if (decode) {
    try {
      t = decodeURIComponent(t);
    } catch {
      // a target that is not percent-encoding is taken as written
    }
  }
  const base = t.startsWith("/") ? [] : source.split("/").slice(0, -1);
  for (const seg of t.split("/")) {
    if (seg === "" || seg === ".") continue;
    if (seg === "..") base.pop();
    else base.push(seg);
  }
  return base.join("/");
}

/** Spreadsheet main-part content types Excel opens (workbook, template, macro-enabled). */
const WORKBOOK_TYPES = [
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
  "application/vnd.openxmlformats-officedocument.spreadsheetml.template.main+xml",
  "application/vnd.ms-excel.sheet.macroEnabled.main+xml",
  "application/vnd.ms-excel.template.macroEnabled.main+xml",
];

/**
 * The most elements a part read whole (as a tree or a list: workbook, styles, tables,
 * relationships, content types) may hold. Excel's limits keep a real one far below it (64,000
 * cell formats, "Excel specifications and limits"); each element costs a few hundred bytes
 * of heap as a tree, so a few compressed kilobytes of repeated tags could otherwise fill it.
 */
export const MAX_PART_ELEMENTS = 500_000;

/** Counts the start tags of `text`, stopping past the limit. @throws PackageLimitError past it. */
function checkElements(part: string, text: string): void {
  let count = 0;
  for (let i = text.indexOf("<"); i >= 0; i = text.indexOf("<", i + 1)) {
    const c = text.charCodeAt(i + 1);
    if (c === 47 /* / */ || c === 33 /* ! */ || c === 63 /* ? */) continue;
    if (++count > MAX_PART_ELEMENTS)
      throw new PackageLimitError(
        `the part ${part} holds more than ${MAX_PART_ELEMENTS.toLocaleString("en-GB")} XML elements, past ` +
          "csc-report's limit for a part it reads whole: the workbook's formatting or structure is bloated or " +
          "damaged; remove unused styles (Inquire > Clean Excess Cell Formatting) or copy the sheets into a new workbook",
      );
  }
}

/** Parts up to this size stay decoded once read: the package edit reads them again. */
const CACHE_LIMIT = 8 * 1024 * 1024;

/** An opened .xlsx package over the file's bytes (read once). */
export class XlsxPackage {
  readonly zip: ZipArchive;
  /** The workbook part ("xl/workbook.xml", or wherever the root relationship points). */
  readonly workbookPart: string;
  private readonly overrides = new Map<string, string>();
  private readonly defaults = new Map<string, string>();
  private readonly texts = new Map<string, string>();
  private readonly relsCache = new Map<string, Relationship[]>();

  /**
   * @throws NotZipError or NotXlsxError when `bytes` is not an .xlsx package;
   *   PackageLimitError when a part read here would expand past the limit.
   */
  constructor(bytes: Uint8Array) {
    this.zip = new ZipArchive(bytes);
    const mimetype = this.zip.entry("mimetype");
    if (mimetype) {
      const kind = new TextDecoder().decode(this.zip.read(mimetype)).trim();
      throw new NotXlsxError(
        kind.includes("opendocument.spreadsheet")
          ? "it is an OpenDocument spreadsheet (.ods): save it as .xlsx (Excel Workbook) first"
          : `it is a ZIP of type ${kind}`,
      );
    }
    if (!this.zip.entry("[Content_Types].xml") || !this.zip.entry("_rels/.rels"))
      throw new NotXlsxError("it is a ZIP archive but not an Office document");
    const types = this.xml("[Content_Types].xml");
    for (const o of children(types, "Override"))
      this.overrides.set(
        (o.attrs.get("PartName") ?? "").replace(/^\//, "").toLowerCase(),
        o.attrs.get("ContentType") ?? "",
      );
    for (const d of children(types, "Default"))
      this.defaults.set((d.attrs.get("Extension") ?? "").toLowerCase(), d.attrs.get("ContentType") ?? "");

    const main = this.rels("").find((r) => relType(r) === "officeDocument" && !r.external);
    if (!main || !this.has(main.target)) throw new NotXlsxError("it is an Office package without a main document");
    const type = this.contentType(main.target);
    if (!WORKBOOK_TYPES.includes(type)) {
      if (type.includes("spreadsheetml") || type.includes("ms-excel"))
        throw new NotXlsxError("it is an Excel binary workbook (.xlsb): save it as .xlsx (Excel Workbook) first");
      if (parseXml(this.text(main.target)).local !== "workbook")
        throw new NotXlsxError(`it is another kind of Office document (${type || "no content type"})`);
    }
    this.workbookPart = main.target;
  }

  /** The ZIP entry of a part, matched ignoring case. */
  entry(part: string): ZipEntry | undefined {
    return this.zip.entry(part);
  }

  has(part: string): boolean {
    return this.zip.entry(part) !== undefined;
  }

  /**
   * The bytes of a part, inflated now (large parts are not kept).
   * @throws NotXlsxError when the part is missing.
   */
  bytes(part: string): Uint8Array {
    const e = this.zip.entry(part);
    if (!e) throw new NotXlsxError(`the part ${part} is missing`);
    return this.zip.read(e);
  }

  /** A part as text, kept once read when small. */
  text(part: string): string {
    const key = part.toLowerCase();
    const cached = this.texts.get(key);
    if (cached !== undefined) return cached;
    const text = decodePart(this.bytes(part));
    if (text.length <= CACHE_LIMIT) this.texts.set(key, text);
    return text;
  }

  /**
   * A small part's element tree.
   * @throws PackageLimitError when it holds more than MAX_PART_ELEMENTS elements.
   */
  xml(part: string): XmlElement {
    const text = this.text(part);
    checkElements(part, text);
    try {
      return parseXml(text);
    } catch {
      throw new NotXlsxError(`the part ${part} is not XML`);
    }
  }

  /** A part's content type: its Override, else the Default of its extension. */
  contentType(part: string): string {
    const o = this.overrides.get(part.toLowerCase());
    if (o !== undefined) return o;
    const dot = part.lastIndexOf(".");
    return dot < 0 ? "" : (this.defaults.get(part.slice(dot + 1).toLowerCase()) ?? "");
  }

  /** The part a relationship target of `source` names: as written, else percent-decoded if that exists. */
  resolve(source: string, target: string): string {
    const raw = resolveTarget(source, target);
    if (this.has(raw)) return raw;
    const decoded = resolveTarget(source, target, true);
    return this.has(decoded) ? decoded : raw;
  }

  /** The relationships of `part` ("" for the package root); none when it has no .rels part. */
  rels(part: string): Relationship[] {
    const relsPart = part === "" ? "_rels/.rels" : relsPartOf(part);
    const key = relsPart.toLowerCase();
    const cached = this.relsCache.get(key);
    if (cached) return cached;
    const out: Relationship[] = [];
    if (this.has(relsPart)) {
      const text = this.text(relsPart);
      checkElements(relsPart, text);
      scanXml(text, (t) => {
        if (t.closing || t.local !== "Relationship") return;
        const a = attributes(t.attrText);
        const external = a.get("TargetMode") === "External";
        const target = a.get("Target") ?? "";
        out.push({
          id: a.get("Id") ?? "",
          type: a.get("Type") ?? "",
          target: external ? target : this.resolve(part, target),
          external,
        });
      });
    }
    this.relsCache.set(key, out);
    return out;
  }
}

/** Opens `bytes` as an .xlsx package (see {@link XlsxPackage}). */
export function openPackage(bytes: Uint8Array): XlsxPackage {
  return new XlsxPackage(bytes);
}
