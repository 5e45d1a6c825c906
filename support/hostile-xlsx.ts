/**
 * Hostile .xlsx packages, small on disk, built part by part for the tests and benchmarks of the
 * reader's limits: a table 16,384 columns wide, a defined name over whole columns, a styles
 * part of millions of elements, a shared string table no cell uses, a 600-million-character
 * cell, ZIP entries sharing their compressed data. Each is a valid package apart from its
 * one hostile trait, so only that trait is under test. Built here, never committed as files.
 */
import { constants, crc32, createDeflateRaw } from "node:zlib";
import { writeZip, type ZipArchive, type ZipOutput } from "../src/cli/xlsx/zip";
import { escapeXml } from "../src/package/xml";

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships";
const CT = "application/vnd.openxmlformats-officedocument.spreadsheetml";
const DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** A worksheet of a hostile package: its name, `<sheetData>` body and tables. */
export interface HostileSheet {
  readonly name: string;
  /** The rows, as the inside of `<sheetData>`. */
  readonly rows: string | Uint8Array;
  /** Table parts (whole `<table>` XML). */
  readonly tables?: readonly string[];
}

/** The parts of a hostile package beyond the minimum. */
export interface HostileSpec {
  readonly sheets: readonly HostileSheet[];
  /** The inside of `<definedNames>`. */
  readonly definedNames?: string;
  /** The whole styles part; a minimal one when absent. */
  readonly styles?: string | Uint8Array;
  /** The whole shared strings part (or its deflated stream, for a large one); none when absent. */
  readonly sharedStrings?: string | Uint8Array | Deflated;
}

/** A part already deflated: its raw deflate stream, size and CRC-32. */
export interface Deflated {
  readonly deflated: Uint8Array;
  readonly size: number;
  readonly crc: number;
}

const enc = new TextEncoder();
const bytesOf = (s: string | Uint8Array): Uint8Array => (typeof s === "string" ? enc.encode(s) : s);

/** Concatenated bytes. */
export function concat(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** The same text `times` times, as bytes, without building one long string. */
export function repeated(text: string, times: number): Uint8Array {
  const one = enc.encode(text);
  const out = new Uint8Array(one.length * times);
  for (let i = 0; i < times; i++) out.set(one, i * one.length);
  return out;
}

/** A styles part Excel accepts: one font, the two reserved fills, one border, one format. */
export const MINIMAL_STYLES =
  `${DECL}<styleSheet xmlns="${MAIN}"><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>` +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs></styleSheet>';

/** The package's bytes: a workbook of `spec`'s sheets, every part deflated. */
export function hostileWorkbook(spec: HostileSpec): Uint8Array {
  const parts: [string, Uint8Array | Deflated][] = [];
  const overrides: string[] = [];
  const wbRels: string[] = [];
  const sheetsXml: string[] = [];
  let tableNo = 0;
  spec.sheets.forEach((s, i) => {
    const part = `xl/worksheets/sheet${i + 1}.xml`;
    const tableRels = (s.tables ?? []).map((t) => {
      tableNo++;
      parts.push([`xl/tables/table${tableNo}.xml`, enc.encode(t)]);
      overrides.push(`<Override PartName="/xl/tables/table${tableNo}.xml" ContentType="${CT}.table+xml"/>`);
      return { id: `rIdT${tableNo}`, target: `../tables/table${tableNo}.xml` };
    });
    parts.push([
      part,
      concat([
        enc.encode(`${DECL}<worksheet xmlns="${MAIN}" xmlns:r="${REL}"><sheetData>`),
        bytesOf(s.rows),
        enc.encode(
          `</sheetData>${tableRels.length ? `<tableParts count="${tableRels.length}">${tableRels.map((t) => `<tablePart r:id="${t.id}"/>`).join("")}</tableParts>` : ""}</worksheet>`,
        ),
      ]),
    ]);
    if (tableRels.length)
      parts.push([
        `xl/worksheets/_rels/sheet${i + 1}.xml.rels`,
        enc.encode(
          `${DECL}<Relationships xmlns="${PKG_REL}">${tableRels.map((t) => `<Relationship Id="${t.id}" Type="${REL}/table" Target="${t.target}"/>`).join("")}</Relationships>`,
        ),
      ]);
    overrides.push(`<Override PartName="/${part}" ContentType="${CT}.worksheet+xml"/>`);
    wbRels.push(`<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`);
    sheetsXml.push(`<sheet name="${escapeXml(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`);
  });
  parts.push(["xl/styles.xml", bytesOf(spec.styles ?? MINIMAL_STYLES)]);
  overrides.push(`<Override PartName="/xl/styles.xml" ContentType="${CT}.styles+xml"/>`);
  wbRels.push(`<Relationship Id="rIdS" Type="${REL}/styles" Target="styles.xml"/>`);
  if (spec.sharedStrings !== undefined) {
    const sst = spec.sharedStrings;
    parts.push(["xl/sharedStrings.xml", sst instanceof Uint8Array || typeof sst === "string" ? bytesOf(sst) : sst]);
    overrides.push(`<Override PartName="/xl/sharedStrings.xml" ContentType="${CT}.sharedStrings+xml"/>`);
    wbRels.push(`<Relationship Id="rIdSS" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>`);
  }
  parts.push([
    "xl/workbook.xml",
    enc.encode(
      `${DECL}<workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets>${sheetsXml.join("")}</sheets>` +
        `${spec.definedNames ? `<definedNames>${spec.definedNames}</definedNames>` : ""}</workbook>`,
    ),
  ]);
  parts.push([
    "xl/_rels/workbook.xml.rels",
    enc.encode(`${DECL}<Relationships xmlns="${PKG_REL}">${wbRels.join("")}</Relationships>`),
  ]);
  overrides.push(`<Override PartName="/xl/workbook.xml" ContentType="${CT}.sheet.main+xml"/>`);
  const head: [string, Uint8Array][] = [
    [
      "[Content_Types].xml",
      enc.encode(
        `${DECL}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
          `<Default Extension="xml" ContentType="application/xml"/>${overrides.join("")}</Types>`,
      ),
    ],
    [
      "_rels/.rels",
      enc.encode(
        `${DECL}<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
      ),
    ],
  ];
  return writeZip([...head, ...parts].map(([name, data]) => output(name, data)));
}

/** A ZIP entry to write: new content, or a deflated stream copied as it is. */
function output(name: string, data: Uint8Array | Deflated): ZipOutput {
  if (data instanceof Uint8Array) return { kind: "new", name, data };
  const nameBytes = enc.encode(name);
  // writeZip copies an entry's compressed bytes from its archive's bytes: the stream is that archive.
  const from = { bytes: data.deflated } as unknown as ZipArchive;
  const entry = {
    name,
    nameBytes,
    flags: 0x800,
    method: 8,
    dosTime: 0,
    dosDate: 0x21,
    crc: data.crc,
    compressedSize: data.deflated.length,
    size: data.size,
    dataStart: 0,
  };
  return { kind: "copy", from, entry };
}

/**
 * `head`, then `body` repeated `times` times, then `tail`, deflated a piece at a time, so a
 * gigabyte part is never in memory uncompressed.
 */
export function deflateRepeated(head: string, body: Uint8Array, times: number, tail: string): Promise<Deflated> {
  return new Promise((resolve, reject) => {
    const z = createDeflateRaw({ level: constants.Z_BEST_SPEED });
    const out: Uint8Array[] = [];
    z.on("data", (c: Uint8Array) => out.push(c));
    z.on("error", reject);
    z.on("end", () => resolve({ deflated: concat(out), size, crc }));
    let size = 0;
    let crc = 0;
    const pieces = [enc.encode(head), ...Array.from({ length: times }, () => body), enc.encode(tail)];
    let i = 0;
    const write = (): void => {
      while (i < pieces.length) {
        const p = pieces[i++] ?? new Uint8Array();
        size += p.length;
        crc = crc32(p, crc);
        if (!z.write(p)) {
          z.once("drain", write);
          return;
        }
      }
      z.end();
    };
    write();
  });
}

/** Excel's last column, XFD, as a column number (one-based). */
export const EXCEL_COLUMNS = 16_384;

/**
 * A table 16,384 columns wide (A1:XFD`rows + 1`), its every column named in the table part
 * (no header cells stored), a number in column A of each body row and one at XFD of the last:
 * small on disk, 16,384 x `rows` cells if read as a grid.
 */
export function wideTableWorkbook(rows: number): Uint8Array {
  const columns = Array.from(
    { length: EXCEL_COLUMNS },
    (_, i) => `<tableColumn id="${i + 1}" name="Column${i + 1}"/>`,
  ).join("");
  const body: string[] = [];
  for (let r = 2; r <= rows + 1; r++)
    body.push(`<row r="${r}"><c r="A${r}"><v>${r}</v></c>${r === rows + 1 ? `<c r="XFD${r}"><v>1</v></c>` : ""}</row>`);
  return hostileWorkbook({
    sheets: [
      {
        name: "Wide",
        rows: body.join(""),
        tables: [
          `${DECL}<table xmlns="${MAIN}" id="1" name="tblWide" displayName="tblWide" ref="A1:XFD${rows + 1}">` +
            `<tableColumns count="${EXCEL_COLUMNS}">${columns}</tableColumns></table>`,
        ],
      },
    ],
  });
}

/**
 * A table over the whole sheet (A1:XFD1048576) on the sheet `sheet`, every header cell stored
 * and one body cell: past the cells the reader materialises for one table even once cut.
 */
export function wholeSheetTableWorkbook(sheet: string): Uint8Array {
  const header = Array.from(
    { length: EXCEL_COLUMNS },
    (_, i) => `<c r="${cellColumn(i)}1" t="inlineStr"><is><t>Column${i + 1}</t></is></c>`,
  );
  const columns = Array.from({ length: EXCEL_COLUMNS }, (_, i) => `<tableColumn id="${i + 1}" name="Column${i + 1}"/>`);
  return hostileWorkbook({
    sheets: [
      {
        name: sheet,
        rows: `<row r="1">${header.join("")}</row><row r="2"><c r="A2"><v>1</v></c></row>`,
        tables: [
          `${DECL}<table xmlns="${MAIN}" id="1" name="tblAll" displayName="tblAll" ref="A1:XFD1048576">` +
            `<tableColumns count="${EXCEL_COLUMNS}">${columns.join("")}</tableColumns></table>`,
        ],
      },
    ],
  });
}

/** The letters of a zero-based column ("A" for 0, "XFD" for 16,383). */
function cellColumn(index: number): string {
  let s = "";
  for (let c = index + 1; c > 0; c = Math.floor((c - 1) / 26)) s = String.fromCharCode(65 + ((c - 1) % 26)) + s;
  return s;
}

/**
 * A defined name `CSC_AssessmentLog` over whole columns (`'Notes'!$A:$XFD`) on a sheet holding
 * a small log and one cell at `far` ("XFD1048576"): a few kilobytes naming 17 billion cells.
 */
export function wholeColumnsNameWorkbook(far: string): Uint8Array {
  const row = Number(/\d+$/.exec(far)?.[0] ?? 1);
  const log = [
    '<row r="1"><c r="A1" t="inlineStr"><is><t>Child ID</t></is></c><c r="B1" t="inlineStr"><is><t>Referral date</t></is></c></row>',
    ...Array.from(
      { length: 5 },
      (_, i) => `<row r="${i + 2}"><c r="A${i + 2}"><v>${i + 1}</v></c><c r="B${i + 2}"><v>45000</v></c></row>`,
    ),
  ];
  return hostileWorkbook({
    sheets: [{ name: "Notes", rows: `${log.join("")}<row r="${row}"><c r="${far}"><v>1</v></c></row>` }],
    definedNames: `<definedName name="CSC_AssessmentLog">'Notes'!$A:$XFD</definedName>`,
  });
}

/** A styles part of `elements` cell formats (`xf`), each one XML element. */
export function bloatedStylesWorkbook(elements: number): Uint8Array {
  const styles = concat([
    enc.encode(MINIMAL_STYLES.slice(0, MINIMAL_STYLES.indexOf("<cellXfs")) + `<cellXfs count="${elements}">`),
    repeated('<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>', elements),
    enc.encode("</cellXfs></styleSheet>"),
  ]);
  return hostileWorkbook({
    sheets: [{ name: "Data", rows: '<row r="1"><c r="A1"><v>1</v></c></row>' }],
    styles,
  });
}

/**
 * A shared string table of `items` items of `chars` characters each, of which the one cell
 * (A1) uses only the first.
 */
export function unusedSharedStringsWorkbook(items: number, chars: number): Uint8Array {
  const sst = concat([
    enc.encode(`${DECL}<sst xmlns="${MAIN}" count="${items}" uniqueCount="${items}"><si><t>used</t></si>`),
    repeated(`<si><t>${"x".repeat(chars)}</t></si>`, items - 1),
    enc.encode("</sst>"),
  ]);
  return hostileWorkbook({
    sheets: [{ name: "Data", rows: '<row r="1"><c r="A1" t="s"><v>0</v></c></row>' }],
    sharedStrings: sst,
  });
}

/** A shared string table whose one item, used by A1, is `chars` characters long. */
export function longTextWorkbook(chars: number): Uint8Array {
  const sst = concat([
    enc.encode(`${DECL}<sst xmlns="${MAIN}" count="1" uniqueCount="1"><si><t>`),
    repeated("x", chars),
    enc.encode("</t></si></sst>"),
  ]);
  return hostileWorkbook({
    sheets: [{ name: "Data", rows: '<row r="1"><c r="A1" t="s"><v>0</v></c></row>' }],
    sharedStrings: sst,
  });
}

const u16 = (b: Uint8Array, i: number): number => (b[i] ?? 0) | ((b[i + 1] ?? 0) << 8);
const u32 = (b: Uint8Array, i: number): number => (u16(b, i) + u16(b, i + 2) * 0x10000) >>> 0;
function put32(b: Uint8Array, i: number, v: number): void {
  for (let k = 0; k < 4; k++) b[i + k] = Math.floor(v / 256 ** k) & 0xff;
}
function put16(b: Uint8Array, i: number, v: number): void {
  b[i] = v & 0xff;
  b[i + 1] = (v >> 8) & 0xff;
}

/**
 * `zip` with `copies` more central directory entries (named `xl/media/copyN.bin`) pointing at
 * the local header and data of its entry `part`: the overlap of a "non-recursive zip bomb",
 * each copy expanding the same compressed bytes again.
 */
export function overlappingEntries(zip: Uint8Array, part: string, copies: number): Uint8Array {
  let eocd = zip.length - 22;
  while (eocd >= 0 && u32(zip, eocd) !== 0x06054b50) eocd--;
  const count = u16(zip, eocd + 10);
  const cdSize = u32(zip, eocd + 12);
  const cdOffset = u32(zip, eocd + 16);
  const dec = new TextDecoder();
  let p = cdOffset;
  let header: Uint8Array | undefined;
  for (let i = 0; i < count; i++) {
    const nameLen = u16(zip, p + 28);
    const len = 46 + nameLen + u16(zip, p + 30) + u16(zip, p + 32);
    if (dec.decode(zip.subarray(p + 46, p + 46 + nameLen)) === part) header = zip.slice(p, p + 46);
    p += len;
  }
  if (!header) throw new Error(`no entry ${part}`);
  const added: Uint8Array[] = [];
  for (let i = 0; i < copies; i++) {
    const name = enc.encode(`xl/media/copy${i}.bin`);
    const h = header.slice();
    put16(h, 28, name.length);
    put16(h, 30, 0);
    put16(h, 32, 0);
    added.push(h, name);
  }
  const extra = concat(added);
  const end = zip.slice(eocd, eocd + 22);
  put16(end, 8, count + copies);
  put16(end, 10, count + copies);
  put32(end, 12, cdSize + extra.length);
  return concat([zip.subarray(0, cdOffset + cdSize), extra, end]);
}

/**
 * {@link unusedSharedStringsWorkbook} at any size: `items` unused items of `chars` characters
 * after the one A1 uses, deflated as they are made.
 */
export async function largeSharedStringsWorkbook(items: number, chars: number): Promise<Uint8Array> {
  const sst = await deflateRepeated(
    `${DECL}<sst xmlns="${MAIN}" count="${items + 1}" uniqueCount="${items + 1}"><si><t>used</t></si>`,
    enc.encode(`<si><t>${"x".repeat(chars)}</t></si>`),
    items,
    "</sst>",
  );
  return hostileWorkbook({
    sheets: [{ name: "Data", rows: '<row r="1"><c r="A1" t="s"><v>0</v></c></row>' }],
    sharedStrings: sst,
  });
}

/** {@link longTextWorkbook} at any size: one shared string of `megachars` million characters. */
export async function hugeTextWorkbook(megachars: number): Promise<Uint8Array> {
  const sst = await deflateRepeated(
    `${DECL}<sst xmlns="${MAIN}" count="1" uniqueCount="1"><si><t>`,
    repeated("x", 1_000_000),
    megachars,
    "</t></si></sst>",
  );
  return hostileWorkbook({
    sheets: [{ name: "Data", rows: '<row r="1"><c r="A1" t="s"><v>0</v></c></row>' }],
    sharedStrings: sst,
  });
}
