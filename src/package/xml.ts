/**
 * Just enough XML for the parts of Office packages (SpreadsheetML, PresentationML, DrawingML): a tag tokenizer that works on chunks (so a
 * 150 MB sheet is never one string), a small element tree for the small parts (workbook,
 * relationships, content types, styles, tables) that keeps each element's source offsets so
 * an edit can splice text in and leave every other byte as it was, and the escapes.
 *
 * Elements are matched by local name, whatever their prefix: Excel opens packages written
 * with prefixed elements (`<x:row>`, as the Open XML SDK writes) as well as default ones.
 */
import { textDecoder } from "./text";

/** One start, end or empty-element tag. */
export interface Tag {
  /** The local name ("row" for both `<row>` and `<x:row>`). */
  readonly local: string;
  /** The qualified name as written ("x:row"). */
  readonly qname: string;
  /** The attribute text between the name and the closing bracket (raw, escaped). */
  readonly attrText: string;
  readonly closing: boolean;
  readonly selfClosing: boolean;
  /** Offsets of the tag in the text given to the tokenizer. */
  readonly start: number;
  readonly end: number;
}

const TOKEN =
  /<(\/?)([A-Za-z_][\w.-]*(?::[A-Za-z_][\w.-]*)?)((?:\s+[^\s=/>]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>|<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<!\[CDATA\[([\s\S]*?)\]\]>|<![^>]*>/g;

/**
 * Calls `onTag` for each tag of `text` and `onText` for the character data between them
 * (raw, still escaped; CDATA sections arrive escaped too, so every text unescapes the same way),
 * and `onOther` for each comment, processing instruction (the XML declaration) and DOCTYPE, as
 * written.
 */
export function scanXml(
  text: string,
  onTag: (tag: Tag) => void,
  onText?: (raw: string) => void,
  onOther?: (raw: string) => void,
): void {
  TOKEN.lastIndex = 0;
  let last = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN.exec(text)) !== null) {
    if (onText && m.index > last) onText(text.slice(last, m.index));
    last = TOKEN.lastIndex;
    const qname = m[2];
    if (qname !== undefined) {
      const colon = qname.indexOf(":");
      onTag({
        local: colon < 0 ? qname : qname.slice(colon + 1),
        qname,
        attrText: m[3] ?? "",
        closing: m[1] === "/",
        selfClosing: m[4] === "/",
        start: m.index,
        end: last,
      });
    } else if (m[5] !== undefined) onText?.(escapeXml(m[5]));
    else onOther?.(m[0]);
  }
  if (onText && last < text.length) onText(text.slice(last));
}

const ATTR = /([^\s=/>]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

/** The attributes of a tag, unescaped, by qualified name ("r:id", "name"). */
export function attributes(attrText: string): Map<string, string> {
  const out = new Map<string, string>();
  ATTR.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = ATTR.exec(attrText)) !== null) out.set(m[1] ?? "", unescapeXml(m[2] ?? m[3] ?? ""));
  return out;
}

/**
 * The value of a prefixed attribute by local name, whatever the prefix (`r:id`, `ns1:id`):
 * relationship ids are the only prefixed attributes in the elements read here.
 */
export function prefixedAttr(attrs: ReadonlyMap<string, string>, local: string): string | undefined {
  for (const [k, v] of attrs) if (k.endsWith(`:${local}`) && !k.startsWith("xmlns:")) return v;
  return undefined;
}

const ENTITY = /&(?:#x([0-9A-Fa-f]+)|#(\d+)|(lt|gt|amp|quot|apos));/g;
const NAMED: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

/** Replaces XML's character and entity references. */
export function unescapeXml(s: string): string {
  if (!s.includes("&")) return s;
  return s.replace(ENTITY, (_, hex: string | undefined, dec: string | undefined, name: string | undefined) =>
    name ? (NAMED[name] ?? "") : String.fromCodePoint(parseInt(hex ?? dec ?? "0", hex ? 16 : 10)),
  );
}

/**
 * A character XML 1.0 cannot carry (the Char production, XML 1.0 §2.2): a C0 control other
 * than tab, line feed and carriage return, U+FFFE or U+FFFF, or a lone surrogate (half of a
 * UTF-16 pair without its other half, which UTF-8 cannot encode).
 */
const NOT_XML_CHAR =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Text made fit for any XML part: the one sanitiser every writer of the project uses (through
 * {@link escapeXml}, and the deck's strings before pptxgenjs sees them). Officers paste text
 * from Word, whose line break is U+000B and page break U+000C: both become a space; a lone
 * surrogate becomes U+FFFD (as a UTF-8 encoder would write it); every other forbidden
 * character is dropped. Text that needs none of this is returned as it was.
 */
export function xmlText(s: string): string {
  NOT_XML_CHAR.lastIndex = 0;
  if (!NOT_XML_CHAR.test(s)) return s;
  return s.replace(NOT_XML_CHAR, (c) =>
    c === "\u000B" || c === "\u000C" ? " " : c.charCodeAt(0) >= 0xd800 && c.charCodeAt(0) <= 0xdfff ? "\uFFFD" : "",
  );
}

/** Escapes text for an element or a double-quoted attribute, after {@link xmlText}. */
export function escapeXml(s: string): string {
  return xmlText(s).replace(/[<>&"]/g, (c) =>
    c === "<" ? "&lt;" : c === ">" ? "&gt;" : c === "&" ? "&amp;" : "&quot;",
  );
}

/**
 * Excel's escape for characters XML cannot carry (ST_Xstring, ECMA-376 Part 1 §22.9.2.19):
 * `_xHHHH_` is the UTF-16 code unit HHHH, and `_x005F_` escapes a literal underscore that
 * would otherwise start one.
 */
export function decodeExcelEscapes(s: string): string {
  if (!s.includes("_x")) return s;
  return s.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/**
 * The inverse of {@link decodeExcelEscapes}: control characters and literal `_xHHHH_` escaped.
 * A carriage return is escaped too (as Excel writes it): XML readers turn a literal one into a
 * line feed.
 */
export function encodeExcelEscapes(s: string): string {
  return s.replace(/_(x[0-9A-Fa-f]{4}_)/g, "_x005F_$1").replace(
    // eslint-disable-next-line no-control-regex
    /[\u0000-\u0008\u000B-\u001F\uFFFE\uFFFF]/g,
    (c) => `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}_`,
  );
}

/** Part bytes as text: UTF-8 (with or without a byte-order mark) or UTF-16 with one. */
export function decodePart(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return textDecoder("utf-16le").decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return textDecoder("utf-16be").decode(bytes.subarray(2));
  return textDecoder("utf-8", { ignoreBOM: false }).decode(bytes);
}

/** How many bytes of a large part are decoded and scanned at a time. */
const CHUNK_BYTES = 4 * 1024 * 1024;

/** An element of a small part, with its source offsets (for splicing edits into the text). */
export interface XmlElement {
  readonly local: string;
  readonly qname: string;
  readonly attrs: ReadonlyMap<string, string>;
  readonly children: XmlElement[];
  /** The character data directly inside, unescaped. */
  text: string;
  /** Offsets of the start tag, and of the end tag (equal to the start tag's for an empty element). */
  readonly open: { readonly start: number; readonly end: number };
  close: { start: number; end: number };
}

/**
 * Parses a small part into elements.
 * @returns the root element.
 * @throws when the text has no root element.
 */
export function parseXml(text: string): XmlElement {
  const root: XmlElement[] = [];
  const stack: XmlElement[] = [];
  scanXml(
    text,
    (t) => {
      if (t.closing) {
        const el = stack.pop();
        if (el) el.close = { start: t.start, end: t.end };
        return;
      }
      const el: XmlElement = {
        local: t.local,
        qname: t.qname,
        attrs: attributes(t.attrText),
        children: [],
        text: "",
        open: { start: t.start, end: t.end },
        close: { start: t.start, end: t.end },
      };
      const parent = stack[stack.length - 1];
      if (parent) parent.children.push(el);
      else root.push(el);
      if (!t.selfClosing) stack.push(el);
    },
    (raw) => {
      const parent = stack[stack.length - 1];
      if (parent) parent.text += unescapeXml(raw);
    },
  );
  const first = root[0];
  if (!first) throw new Error("an XML part has no root element");
  return first;
}

/** The first child of `el` with local name `local`. */
export function child(el: XmlElement | undefined, local: string): XmlElement | undefined {
  return el?.children.find((c) => c.local === local);
}

/** The children of `el` with local name `local`. */
export function children(el: XmlElement | undefined, local: string): XmlElement[] {
  return el ? el.children.filter((c) => c.local === local) : [];
}

/** The prefix of a qualified name with its colon ("x:" for "x:sheets", "" for "sheets"). */
export function prefixOf(el: XmlElement): string {
  const colon = el.qname.indexOf(":");
  return colon < 0 ? "" : el.qname.slice(0, colon + 1);
}

/** A replacement of `source.slice(start, end)` by `text` (an insertion when start = end). */
export interface TextEdit {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** `source` with `edits` applied; edits must not overlap. Everything else is kept as it was. */
export function applyEdits(source: string, edits: readonly TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  let out = "";
  let at = 0;
  for (const e of sorted) {
    if (e.start < at) throw new Error("overlapping XML edits");
    out += source.slice(at, e.start) + e.text;
    at = e.end;
  }
  return out + source.slice(at);
}

/** Receives the tags and text of {@link scanTags}, as offsets into the text (nothing allocated per tag). */
export interface TagSink {
  /** A start or empty-element tag; its attributes are `text.slice(attrStart, attrEnd)`. */
  open(local: string, text: string, attrStart: number, attrEnd: number, selfClosing: boolean): void;
  close(local: string): void;
  /** Character data, raw (escaped), at `text.slice(start, end)`. */
  chars(text: string, start: number, end: number): void;
}

/**
 * A faster {@link scanXml} for the large parts (sheets, shared strings): a hand-written loop
 * over `<` and `>` that hands out offsets. Comments, processing instructions, DOCTYPE and
 * CDATA are handled as in scanXml (CDATA arrives as text, escaped).
 */
export function scanTags(text: string, sink: TagSink): void {
  const n = text.length;
  let pos = 0;
  while (pos < n) {
    const lt = text.indexOf("<", pos);
    if (lt < 0) {
      sink.chars(text, pos, n);
      return;
    }
    if (lt > pos) sink.chars(text, pos, lt);
    const c1 = text.charCodeAt(lt + 1);
    if (c1 === 33 /* ! */ || c1 === 63 /* ? */) {
      if (text.startsWith("<!--", lt)) {
        const e = text.indexOf("-->", lt + 4);
        pos = e < 0 ? n : e + 3;
      } else if (text.startsWith("<![CDATA[", lt)) {
        const e = text.indexOf("]]>", lt + 9);
        const body = escapeXml(text.slice(lt + 9, e < 0 ? n : e));
        sink.chars(body, 0, body.length);
        pos = e < 0 ? n : e + 3;
      } else {
        const e = text.indexOf(">", lt);
        pos = e < 0 ? n : e + 1;
      }
      continue;
    }
    const closing = c1 === 47; /* / */
    let i = closing ? lt + 2 : lt + 1;
    const nameStart = i;
    let colon = -1;
    for (; i < n; i++) {
      const c = text.charCodeAt(i);
      if (c === 58) colon = i;
      else if (c === 32 || c === 62 || c === 47 || c === 9 || c === 10 || c === 13) break;
    }
    const local = text.slice(colon < 0 ? nameStart : colon + 1, i);
    // The end of the tag: the first ">" outside a quoted attribute value.
    let end = i;
    let quote = 0;
    for (; end < n; end++) {
      const c = text.charCodeAt(end);
      if (quote) {
        if (c === quote) quote = 0;
      } else if (c === 34 || c === 39) quote = c;
      else if (c === 62) break;
    }
    if (closing) sink.close(local);
    else {
      const selfClosing = text.charCodeAt(end - 1) === 47;
      sink.open(local, text, i, selfClosing ? end - 1 : end, selfClosing);
    }
    pos = end + 1;
  }
}

/**
 * The value of attribute `name` (unprefixed) in `text.slice(start, end)`, unescaped, or
 * undefined: a scan without a Map, for the attributes of every cell.
 */
export function attrIn(text: string, start: number, end: number, name: string): string | undefined {
  let i = start;
  while (i < end) {
    const eq = text.indexOf("=", i);
    if (eq < 0 || eq >= end) return undefined;
    let q = eq + 1;
    while (q < end && text.charCodeAt(q) !== 34 && text.charCodeAt(q) !== 39) q++;
    const close = text.indexOf(text[q] ?? '"', q + 1);
    if (close < 0) return undefined;
    if (text.slice(i, eq).trim() === name) return unescapeXml(text.slice(q + 1, close));
    i = close + 1;
  }
  return undefined;
}

/** How far past a chunk's end the next `<` is looked for before a run of text is cut instead. */
const MAX_RUN_BYTES = 16 * 1024 * 1024;

/**
 * {@link scanTags} over a large part, chunk by chunk: each chunk ends just before a `<`, so no
 * tag and no run of text is cut (a `<` byte never occurs inside a UTF-8 sequence), and the
 * part is never one string. A run of text longer than MAX_RUN_BYTES is cut between two
 * characters (its pieces reach the sink one after the other, as any text may); a tag that
 * long is refused. Only UTF-8 parts are chunked; a UTF-16 part is decoded whole.
 * @param part the part's name, for the message.
 * @throws Error when a tag is longer than MAX_RUN_BYTES.
 */
export function scanTagsBytes(bytes: Uint8Array, sink: TagSink, part = "a part"): void {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    scanTags(decodePart(bytes), sink);
    return;
  }
  const decoder = textDecoder("utf-8");
  let start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  while (start < bytes.length) {
    let end = Math.min(bytes.length, start + CHUNK_BYTES);
    if (end < bytes.length) {
      const next = bytes.subarray(end, end + MAX_RUN_BYTES).indexOf(0x3c);
      if (next >= 0) end += next;
      else if (end + MAX_RUN_BYTES >= bytes.length) end = bytes.length;
      else {
        // A long run without a "<": cut it in character data, never inside a tag.
        const lt = bytes.lastIndexOf(0x3c, end - 1);
        if (lt >= start && bytes.subarray(lt, end).indexOf(0x3e) < 0)
          throw new Error(
            `${part} holds an XML tag longer than ${MAX_RUN_BYTES / 1024 / 1024} MB: the file is damaged`,
          );
        while (end > start && ((bytes[end] ?? 0) & 0xc0) === 0x80) end--; // not inside a UTF-8 sequence
      }
    }
    scanTags(decoder.decode(bytes.subarray(start, end)), sink);
    start = end;
  }
}
