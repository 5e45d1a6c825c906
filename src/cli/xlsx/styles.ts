/**
 * New cell styles for the report sheet, appended to the workbook's styles part so that every
 * existing index (fonts, fills, borders, cell formats) keeps its meaning: the officer's cells
 * point at those indices. Only the containers that gain entries change, by those entries and
 * their `count` (ECMA-376 Part 1 §18.8.39 styleSheet; element order per CT_Stylesheet).
 */
import { applyEdits, child, children, escapeXml, prefixOf, type TextEdit, type XmlElement } from "../../package/xml";
import { WORKBOOK_FONT } from "../../core/report";

/** What a report cell looks like. */
export interface CellLook {
  /** A built-in number format id (§18.8.30): 0 General, 3 #,##0, 9 0%, 10 0.00%, 49 @. */
  readonly numFmtId?: number;
  /**
   * A number format by its code ("#,##0.0"), in place of `numFmtId`: a built-in code gets its id,
   * any other a custom numFmt (§18.8.31), declared once and reused when the part already has it.
   */
  readonly numFmtCode?: string;
  /** Font name; the workbook's default font when absent. */
  readonly fontName?: string;
  readonly bold?: boolean;
  readonly italic?: boolean;
  /** Font size in points; the workbook's default when absent. */
  readonly size?: number;
  /** Font colour, "RRGGBB". */
  readonly color?: string;
  /** Solid fill colour, "RRGGBB". */
  readonly fill?: string;
  readonly border?: boolean;
  readonly wrap?: boolean;
  readonly horizontal?: "left" | "center";
}

/**
 * The built-in ids of the number format codes a report may use (§18.8.30). "#,##0.0", the house
 * style of a rate per 10,000, is not among Excel's built-in formats: it is a custom numFmt.
 */
const BUILTIN_IDS: Readonly<Record<string, number>> = {
  General: 0,
  "0": 1,
  "0.00": 2,
  "#,##0": 3,
  "#,##0.00": 4,
  "0%": 9,
  "0.00%": 10,
  "@": 49,
};

/** Custom number formats take ids from 164 up: 0-163 are kept for the built-in ones (§18.8.30). */
const FIRST_CUSTOM_ID = 164;

/** CT_Stylesheet's child order, for inserting a container the part lacks. */
const ORDER = [
  "numFmts",
  "fonts",
  "fills",
  "borders",
  "cellStyleXfs",
  "cellXfs",
  "cellStyles",
  "dxfs",
  "tableStyles",
  "colors",
  "extLst",
];

/** A styles part minimal enough for Excel (one default font, the two reserved fills, one border, one format). */
const EMPTY_STYLES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
  `<fonts count="1"><font><sz val="${WORKBOOK_FONT.size}"/><name val="${WORKBOOK_FONT.name}"/><family val="2"/></font></fonts>` +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
  "</styleSheet>";

/**
 * An element as what it says, whatever the writer's spelling: local names, attributes sorted,
 * children in order (their order is meaningful in CT_Font and CT_Border, §18.8.22, §18.8.4).
 */
function canonical(el: XmlElement): string {
  const attrs = [...el.attrs]
    .filter(([k]) => !k.startsWith("xmlns"))
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([k, v]) => ` ${k}=${JSON.stringify(v)}`)
    .join("");
  return `<${el.local}${attrs}>${el.text.trim()}${el.children.map(canonical).join("")}</${el.local}>`;
}

/** Allocates cell formats for report cells and writes them into the styles part. */
export class StyleBook {
  readonly text: string;
  private readonly root: XmlElement;
  private readonly added = {
    fonts: [] as string[],
    fills: [] as string[],
    borders: [] as string[],
    cellXfs: [] as string[],
  };
  private readonly base: Record<keyof StyleBook["added"], number>;
  private readonly keys = new Map<string, number>();
  /** The index given for each entry's XML as written here, so each is parsed once. */
  private readonly asked = new Map<string, number>();
  /** Custom number formats by code: the part's own (the first of each code) and those added. */
  private readonly numFmtIds = new Map<string, number>();
  private readonly addedNumFmts: string[] = [];
  private nextNumFmtId = FIRST_CUSTOM_ID;
  private readonly parse: (s: string) => XmlElement;
  private readonly fontTail: string;
  private readonly defaultSize: number;
  private readonly hasStyleXfs: boolean;

  /** @param text the styles part, or undefined when the workbook has none (one is created). */
  constructor(text: string | undefined, parse: (s: string) => XmlElement) {
    this.text = text ?? EMPTY_STYLES;
    this.parse = parse;
    this.root = parse(this.text);
    const count = (local: string) => children(child(this.root, local), local.slice(0, -1)).length;
    this.base = {
      fonts: count("fonts"),
      fills: count("fills"),
      borders: count("borders"),
      cellXfs: children(child(this.root, "cellXfs"), "xf").length,
    };
    this.hasStyleXfs = children(child(this.root, "cellStyleXfs"), "xf").length > 0;
    // The part's own entries by what they say, so a look it already has (the report's own, from
    // the last run, or the officer's) is reused, and regenerating never grows the part.
    for (const kind of ["fonts", "fills", "borders", "cellXfs"] as const)
      children(child(this.root, kind), kind === "cellXfs" ? "xf" : kind.slice(0, -1)).forEach((el, i) => {
        const key = `${kind}:${canonical(el)}`;
        if (!this.keys.has(key)) this.keys.set(key, i);
      });
    for (const f of children(child(this.root, "numFmts"), "numFmt")) {
      const id = Number(f.attrs.get("numFmtId"));
      const code = f.attrs.get("formatCode");
      if (!Number.isInteger(id)) continue;
      this.nextNumFmtId = Math.max(this.nextNumFmtId, id + 1);
      if (code !== undefined && !this.numFmtIds.has(code)) this.numFmtIds.set(code, id);
    }
    // New fonts follow the workbook's default font (the first), so the report reads in the officer's font.
    const font0 = children(child(this.root, "fonts"), "font")[0];
    const val = (local: string) => child(font0, local)?.attrs.get("val");
    this.defaultSize = Number(val("sz") ?? WORKBOOK_FONT.size) || WORKBOOK_FONT.size;
    const name = val("name") ?? WORKBOOK_FONT.name;
    const family = val("family");
    const scheme = val("scheme");
    this.fontTail =
      `<name val="${escapeXml(name)}"/>` +
      (family ? `<family val="${escapeXml(family)}"/>` : "") +
      (scheme ? `<scheme val="${escapeXml(scheme)}"/>` : "");
    // A styles part may lack entries Excel relies on (index 0 of each, fills 0 and 1): they are
    // added first, so the report's entries never take an index the officer's cells default to.
    if (this.base.fonts === 0) this.add("fonts", `<font><sz val="${this.defaultSize}"/>${this.fontTail}</font>`);
    if (this.base.fills === 0) this.add("fills", '<fill><patternFill patternType="none"/></fill>');
    if (this.base.fills < 2) this.add("fills", '<fill><patternFill patternType="gray125"/></fill>');
    if (this.base.borders === 0) this.add("borders", "<border><left/><right/><top/><bottom/><diagonal/></border>");
    if (this.base.cellXfs === 0)
      this.add(
        "cellXfs",
        `<xf numFmtId="0" fontId="0" fillId="0" borderId="0"${this.hasStyleXfs ? ' xfId="0"' : ""}/>`,
      );
  }

  /**
   * A font's name elements: the workbook default's, or a named font without the default's
   * theme scheme (a scheme makes Excel show the theme's font instead of the name).
   */
  private tail(name: string | undefined): string {
    return name === undefined ? this.fontTail : `<name val="${escapeXml(name)}"/>`;
  }

  private add(kind: keyof StyleBook["added"], xml: string): number {
    const asked = this.asked.get(`${kind}:${xml}`);
    if (asked !== undefined) return asked;
    const key = `${kind}:${canonical(this.parse(xml))}`;
    const known = this.keys.get(key);
    this.asked.set(`${kind}:${xml}`, known ?? this.base[kind] + this.added[kind].length);
    if (known !== undefined) return known;
    const index = this.base[kind] + this.added[kind].length;
    this.added[kind].push(xml);
    this.keys.set(key, index);
    return index;
  }

  /**
   * The id of a number format code: a built-in one's (§18.8.30), a custom numFmt the part already
   * declares with this code (the report's own from the last run, or the officer's), or a new
   * custom numFmt, declared once however many cells use it. Regenerating so adds nothing.
   */
  numFmtId(code: string): number {
    const id = BUILTIN_IDS[code] ?? this.numFmtIds.get(code);
    if (id !== undefined) return id;
    const added = this.nextNumFmtId++;
    this.numFmtIds.set(code, added);
    this.addedNumFmts.push(`<numFmt numFmtId="${added}" formatCode="${escapeXml(code)}"/>`);
    return added;
  }

  /** The index of a cell format (a `cellXfs` entry) that looks like `look`, appended once. */
  xf(look: CellLook): number {
    const numFmtId = look.numFmtCode !== undefined ? this.numFmtId(look.numFmtCode) : (look.numFmtId ?? 0);
    const font = this.add(
      "fonts",
      `<font>${look.bold ? "<b/>" : ""}${look.italic ? "<i/>" : ""}<sz val="${look.size ?? this.defaultSize}"/>` +
        `${look.color ? `<color rgb="FF${look.color}"/>` : ""}${this.tail(look.fontName)}</font>`,
    );
    const fill = look.fill
      ? this.add(
          "fills",
          `<fill><patternFill patternType="solid"><fgColor rgb="FF${look.fill}"/><bgColor indexed="64"/></patternFill></fill>`,
        )
      : 0;
    const border = look.border
      ? this.add(
          "borders",
          '<border><left style="thin"><color indexed="64"/></left><right style="thin"><color indexed="64"/></right>' +
            '<top style="thin"><color indexed="64"/></top><bottom style="thin"><color indexed="64"/></bottom><diagonal/></border>',
        )
      : 0;
    const align =
      look.wrap || look.horizontal
        ? `<alignment${look.horizontal ? ` horizontal="${look.horizontal}"` : ""}${look.wrap ? ' vertical="center" wrapText="1"' : ""}/>`
        : "";
    return this.add(
      "cellXfs",
      `<xf numFmtId="${numFmtId}" fontId="${font}" fillId="${fill}" borderId="${border}"${this.hasStyleXfs ? ' xfId="0"' : ""}` +
        ` applyNumberFormat="1" applyFont="1" applyFill="1" applyBorder="1"${align ? ' applyAlignment="1"' : ""}>${align}</xf>`,
    );
  }

  /** The styles part with the new entries appended (unchanged when none were asked for). */
  result(): string {
    const edits: TextEdit[] = [];
    const p = prefixOf(this.root);
    const numFmtCount = children(child(this.root, "numFmts"), "numFmt").length;
    const lists = { ...this.added, numFmts: this.addedNumFmts };
    const base = { ...this.base, numFmts: numFmtCount };
    for (const kind of ["numFmts", "fonts", "fills", "borders", "cellXfs"] as const) {
      const added = lists[kind];
      if (!added.length) continue;
      const body = added.join("").replace(/<(\/?)(\w)/g, `<$1${p}$2`);
      const total = base[kind] + added.length;
      const el = child(this.root, kind);
      if (!el) {
        const next = this.root.children.find((c) => ORDER.indexOf(c.local) > ORDER.indexOf(kind));
        const at = next ? next.open.start : this.root.close.start;
        edits.push({ start: at, end: at, text: `<${p}${kind} count="${total}">${body}</${p}${kind}>` });
        continue;
      }
      const open = this.text.slice(el.open.start, el.open.end);
      const counted = /\scount\s*=\s*["'][^"']*["']/.test(open)
        ? open.replace(/(\scount\s*=\s*)["'][^"']*["']/, `$1"${total}"`)
        : open;
      if (el.open.start === el.close.start) {
        // An empty container written as <cellXfs/>: open it.
        edits.push({
          start: el.open.start,
          end: el.open.end,
          text: `${counted.replace(/\s*\/>$/, ">")}${body}</${el.qname}>`,
        });
      } else {
        if (counted !== open) edits.push({ start: el.open.start, end: el.open.end, text: counted });
        edits.push({ start: el.close.start, end: el.close.start, text: body });
      }
    }
    return applyEdits(this.text, edits);
  }
}
