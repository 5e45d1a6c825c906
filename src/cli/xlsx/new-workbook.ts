/**
 * A new .xlsx package from sheets of cells: what `csc-report template` writes. The parts and
 * their order follow ECMA-376 Part 1 (SpreadsheetML: workbook §18.2, worksheet §18.3 with its
 * elements in CT_Worksheet order, styles §18.8, shared strings §18.4, tables §18.5) and Part 2
 * (the package: content types §10.1, relationships §9.3); the ZIP is the package layer's.
 */
import type { RawValue } from "../../core/workbook";
import { formatCell } from "../../core/base";

import { encodeExcelEscapes, escapeXml } from "../../package/xml";
import { WORKBOOK_FONT, ooxmlColumnWidth } from "../../core/report";
import { writeZip } from "./zip";
import { cellTextXml } from "./cell-text";

/** The A1 address of a zero-based row and column. */
const a1 = (row: number, col: number): string => formatCell({ row, col });

/** How one cell looks. */
export interface NewCellLook {
  /** Number format code ("#,##0", "dd/mm/yyyy", "@"); General when absent. */
  readonly numFmt?: string;
  readonly bold?: boolean;
  /** Font size in points; the workbook font's size when absent. */
  readonly size?: number;
  readonly wrap?: boolean;
  /** Aligned to the top of the cell. */
  readonly top?: boolean;
}

/** One cell: its value (null for a styled blank) and look. */
export interface NewCell extends NewCellLook {
  readonly value: RawValue;
}

/** An Excel table over the top-left block of a sheet: a header row and its body rows. */
export interface NewTable {
  readonly name: string;
  /** The header row's cells, which are the table's column names. */
  readonly columns: readonly string[];
  /** Body rows (at least one: Excel tables need one). */
  readonly bodyRows: number;
  /** A built-in table style ("TableStyleMedium2"), banded rows. */
  readonly style: string;
}

/** One sheet. */
export interface NewSheet {
  readonly name: string;
  /** Rows of cells from A1; undefined leaves a cell out. */
  readonly rows: readonly (readonly (NewCell | undefined)[])[];
  /** Column widths in characters, from column A (written as the report's are: ooxmlColumnWidth). */
  readonly widths: readonly number[];
  /** Rows frozen at the top (the header row). */
  readonly frozenRows?: number;
  readonly table?: NewTable;
}

const NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PR = "http://schemas.openxmlformats.org/package/2006/relationships";
const HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const OFFICE_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const CT = "application/vnd.openxmlformats-officedocument.spreadsheetml";

/** Built-in number formats (§18.8.30); any other code gets a custom id from 164. */
const BUILTIN_FORMATS: Readonly<Record<string, number>> = {
  General: 0,
  "0": 1,
  "#,##0": 3,
  "0%": 9,
  "0.00%": 10,
  "@": 49,
};

/** Cell formats, fonts and number formats, each allocated once. */
class Styles {
  private readonly formats = new Map<string, number>();
  private readonly fonts = new Map<string, number>([["", 0]]);
  private readonly xfs = new Map<string, number>([["0|0||", 0]]);
  private readonly xfXml = ['<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'];
  private readonly fontXml = [this.font(false, WORKBOOK_FONT.size)];

  private font(bold: boolean, size: number): string {
    const b = bold ? "<b/>" : "";
    return `<font>${b}<sz val="${size}"/><name val="${escapeXml(WORKBOOK_FONT.name)}"/><family val="2"/></font>`;
  }

  /** The cellXfs index of `look`. */
  index(look: NewCellLook): number {
    const code = look.numFmt ?? "General";
    let numFmtId = BUILTIN_FORMATS[code] ?? this.formats.get(code);
    if (numFmtId === undefined) {
      numFmtId = 164 + this.formats.size;
      this.formats.set(code, numFmtId);
    }
    const size = look.size ?? WORKBOOK_FONT.size;
    const fontKey = look.bold || size !== WORKBOOK_FONT.size ? `${look.bold ? "b" : ""}${size}` : "";
    let fontId = this.fonts.get(fontKey);
    if (fontId === undefined) {
      fontId = this.fontXml.length;
      this.fonts.set(fontKey, fontId);
      this.fontXml.push(this.font(!!look.bold, size));
    }
    const align = `${look.wrap ? "w" : ""}${look.top ? "t" : ""}`;
    const key = `${numFmtId}|${fontId}|${align}`;
    let xf = this.xfs.get(key);
    if (xf === undefined) {
      xf = this.xfXml.length;
      this.xfs.set(key, xf);
      const alignment = align
        ? `<alignment${look.top ? ' vertical="top"' : ""}${look.wrap ? ' wrapText="1"' : ""}/>`
        : "";
      const applied = `${numFmtId ? ' applyNumberFormat="1"' : ""}${fontId ? ' applyFont="1"' : ""}${align ? ' applyAlignment="1"' : ""}`;
      this.xfXml.push(
        `<xf numFmtId="${numFmtId}" fontId="${fontId}" fillId="0" borderId="0" xfId="0"${applied}>${alignment}</xf>`,
      );
    }
    return xf;
  }

  /** The styles part (§18.8.39, children in CT_Stylesheet order). */
  xml(): string {
    const numFmts = [...this.formats]
      .map(([code, id]) => `<numFmt numFmtId="${id}" formatCode="${escapeXml(code)}"/>`)
      .join("");
    return (
      `${HEAD}<styleSheet xmlns="${NS}">` +
      (numFmts ? `<numFmts count="${this.formats.size}">${numFmts}</numFmts>` : "") +
      `<fonts count="${this.fontXml.length}">${this.fontXml.join("")}</fonts>` +
      '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
      '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
      '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
      `<cellXfs count="${this.xfXml.length}">${this.xfXml.join("")}</cellXfs>` +
      '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
      "</styleSheet>"
    );
  }
}

/** The shared string table (§18.4.9): each distinct text once. */
class SharedStrings {
  private readonly index = new Map<string, number>();
  private count = 0;

  id(text: string): number {
    this.count++;
    let i = this.index.get(text);
    if (i === undefined) {
      i = this.index.size;
      this.index.set(text, i);
    }
    return i;
  }

  xml(): string {
    const items = [...this.index.keys()]
      .map((t) => {
        // Leading or trailing spaces are kept only when the text says so (§22.9.2.19 and xml:space).
        const space = /^\s|\s$/.test(t) ? ' xml:space="preserve"' : "";
        return `<si><t${space}>${cellTextXml(t)}</t></si>`;
      })
      .join("");
    return `${HEAD}<sst xmlns="${NS}" count="${this.count}" uniqueCount="${this.index.size}">${items}</sst>`;
  }
}

function cellXml(ref: string, cell: NewCell, styles: Styles, strings: SharedStrings): string {
  const s = styles.index(cell);
  const style = s ? ` s="${s}"` : "";
  const v = cell.value;
  if (v === null) return `<c r="${ref}"${style}/>`;
  if (typeof v === "number") return `<c r="${ref}"${style}><v>${v}</v></c>`;
  if (typeof v === "boolean") return `<c r="${ref}"${style} t="b"><v>${v ? 1 : 0}</v></c>`;
  return `<c r="${ref}"${style} t="s"><v>${strings.id(v)}</v></c>`;
}

function sheetXml(sheet: NewSheet, first: boolean, styles: Styles, strings: SharedStrings): string {
  const frozen = sheet.frozenRows ?? 0;
  const pane = frozen
    ? `<pane ySplit="${frozen}" topLeftCell="${a1(frozen, 0)}" activePane="bottomLeft" state="frozen"/>` +
      `<selection pane="bottomLeft" activeCell="${a1(frozen, 0)}" sqref="${a1(frozen, 0)}"/>`
    : "";
  const views = `<sheetViews><sheetView workbookViewId="0"${first ? ' tabSelected="1"' : ""}>${pane}</sheetView></sheetViews>`;
  const cols = sheet.widths.length
    ? `<cols>${sheet.widths.map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${ooxmlColumnWidth(w)}" customWidth="1"/>`).join("")}</cols>`
    : "";
  const rows = sheet.rows
    .map((r, i) => {
      const cells = r.map((c, k) => (c ? cellXml(a1(i, k), c, styles, strings) : "")).join("");
      return cells ? `<row r="${i + 1}">${cells}</row>` : "";
    })
    .join("");
  const width = Math.max(1, ...sheet.rows.map((r) => r.length));
  const dimension = `<dimension ref="A1:${a1(Math.max(0, sheet.rows.length - 1), width - 1)}"/>`;
  const tableParts = sheet.table ? '<tableParts count="1"><tablePart r:id="rId1"/></tableParts>' : "";
  return (
    `${HEAD}<worksheet xmlns="${NS}" xmlns:r="${R}">${dimension}${views}` +
    `<sheetFormatPr defaultRowHeight="15"/>${cols}<sheetData>${rows}</sheetData>` +
    `<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>${tableParts}</worksheet>`
  );
}

/** The table part (§18.5.1.2); headerRowCount is written though 1 is its default, as Excel does and some readers need. */
function tableXml(t: NewTable, id: number): string {
  const ref = `A1:${a1(t.bodyRows, t.columns.length - 1)}`;
  const columns = t.columns.map((c, i) => `<tableColumn id="${i + 1}" name="${escapeXml(encodeExcelEscapes(c))}"/>`);
  return (
    `${HEAD}<table xmlns="${NS}" id="${id}" name="${escapeXml(t.name)}" displayName="${escapeXml(t.name)}" ref="${ref}" headerRowCount="1" totalsRowShown="0">` +
    `<autoFilter ref="${ref}"/><tableColumns count="${t.columns.length}">${columns.join("")}</tableColumns>` +
    `<tableStyleInfo name="${escapeXml(t.style)}" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/></table>`
  );
}

function rels(list: readonly (readonly [type: string, target: string])[]): string {
  const items = list.map(([type, target], i) => `<Relationship Id="rId${i + 1}" Type="${type}" Target="${target}"/>`);
  return `${HEAD}<Relationships xmlns="${PR}">${items.join("")}</Relationships>`;
}

/**
 * The package's bytes.
 * @param creator the document's author (docProps/core.xml, Dublin Core `dc:creator`).
 * @param created when it was made (ISO 8601, W3CDTF).
 */
export function writeNewWorkbook(sheets: readonly NewSheet[], creator: string, created = new Date()): Uint8Array {
  const styles = new Styles();
  const strings = new SharedStrings();
  const parts: [string, string][] = [];
  const overrides: [string, string][] = [];
  let tables = 0;
  sheets.forEach((sheet, i) => {
    const part = `xl/worksheets/sheet${i + 1}.xml`;
    parts.push([part, sheetXml(sheet, i === 0, styles, strings)]);
    overrides.push([part, `${CT}.worksheet+xml`]);
    if (sheet.table) {
      const t = `xl/tables/table${++tables}.xml`;
      parts.push([t, tableXml(sheet.table, tables)]);
      overrides.push([t, `${CT}.table+xml`]);
      parts.push([
        `xl/worksheets/_rels/sheet${i + 1}.xml.rels`,
        rels([[`${OFFICE_REL}/table`, `../tables/table${tables}.xml`]]),
      ]);
    }
  });
  const sheetList = sheets
    .map((s, i) => `<sheet name="${escapeXml(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`)
    .join("");
  const workbook =
    `${HEAD}<workbook xmlns="${NS}" xmlns:r="${R}"><bookViews><workbookView activeTab="0"/></bookViews>` +
    `<sheets>${sheetList}</sheets><calcPr calcId="191029"/></workbook>`;
  const workbookRels = rels([
    ...sheets.map((_, i) => [`${OFFICE_REL}/worksheet`, `worksheets/sheet${i + 1}.xml`] as const),
    [`${OFFICE_REL}/styles`, "styles.xml"],
    [`${OFFICE_REL}/sharedStrings`, "sharedStrings.xml"],
  ]);
  const when = created.toISOString().replace(/\.\d{3}Z$/, "Z");
  const core =
    `${HEAD}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ` +
    'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" ' +
    'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    `<dc:creator>${escapeXml(creator)}</dc:creator>` +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${when}</dcterms:created>` +
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${when}</dcterms:modified></cp:coreProperties>`;
  overrides.unshift(
    ["xl/workbook.xml", `${CT}.sheet.main+xml`],
    ["xl/styles.xml", `${CT}.styles+xml`],
    ["xl/sharedStrings.xml", `${CT}.sharedStrings+xml`],
    ["docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml"],
  );
  const types =
    `${HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
    '<Default Extension="xml" ContentType="application/xml"/>' +
    overrides.map(([p, t]) => `<Override PartName="/${p}" ContentType="${t}"/>`).join("") +
    "</Types>";
  // The styles and strings parts are written after the sheets that fill them.
  const all: [string, string][] = [
    ["[Content_Types].xml", types],
    [
      "_rels/.rels",
      rels([
        [`${OFFICE_REL}/officeDocument`, "xl/workbook.xml"],
        ["http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties", "docProps/core.xml"],
      ]),
    ],
    ["docProps/core.xml", core],
    ["xl/workbook.xml", workbook],
    ["xl/_rels/workbook.xml.rels", workbookRels],
    ...parts,
    ["xl/styles.xml", styles.xml()],
    ["xl/sharedStrings.xml", strings.xml()],
  ];
  const encoder = new TextEncoder();
  return writeZip(all.map(([name, xml]) => ({ kind: "new", name, data: encoder.encode(xml) })));
}
