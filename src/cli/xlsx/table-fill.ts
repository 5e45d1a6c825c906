/**
 * Fills an officer's tables in the .xlsx package: values into empty cells and rows added at a
 * table's end, as an edit of the sheet and table parts (never a round trip through a workbook
 * model, which would drop what it does not know; see xlsx-report.ts). Only the cells written
 * and the table's range change; a new row's cells take the style of the cell above.
 */
import type { TableImport } from "../../core/returns";
import type { WorkbookFile } from "../read-xlsx";
import { relType } from "./package";
import {
  applyEdits,
  child,
  children,
  escapeXml,
  parseXml,
  prefixOf,
  type TextEdit,
  type XmlElement,
} from "../../package/xml";
import { writeZip, type ZipOutput } from "./zip";

/** "A" for 0, "AA" for 26. */
function columnLetters(index: number): string {
  let n = index + 1;
  let s = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** The 0-based column of an A1 reference ("B7" -> 1). */
function columnOf(ref: string): number {
  let n = 0;
  for (const ch of ref.toUpperCase()) {
    const c = ch.charCodeAt(0);
    if (c < 65 || c > 90) break;
    n = n * 26 + (c - 64);
  }
  return n - 1;
}

interface CellWrite {
  readonly row: number;
  readonly column: number;
  readonly value: number | string;
  /** Take the style of this row's cell in the same column (the row above a new row). */
  readonly styleFrom?: number;
}

const withoutSpans = (openTag: string) => openTag.replace(/\s+spans="[^"]*"/, "");

/** The sheet part's text with the cells written. */
function writeCells(text: string, writes: readonly CellWrite[]): string {
  const root = parseXml(text);
  const sheetData = child(root, "sheetData");
  if (!sheetData) throw new Error("a worksheet part has no sheetData");
  const p = prefixOf(root);
  const rows = new Map<number, XmlElement>();
  for (const r of children(sheetData, "row")) rows.set(Number(r.attrs.get("r") ?? 0), r);
  const styleAt = (row: number, column: number): string => {
    const c = children(rows.get(row), "c").find((x) => columnOf(x.attrs.get("r") ?? "") === column);
    const s = c?.attrs.get("s");
    return s !== undefined ? ` s="${escapeXml(s)}"` : "";
  };
  const cellXml = (w: CellWrite, style: string) => {
    const ref = `${columnLetters(w.column)}${w.row}`;
    return typeof w.value === "number"
      ? `<${p}c r="${ref}"${style}><${p}v>${w.value}</${p}v></${p}c>`
      : `<${p}c r="${ref}"${style} t="inlineStr"><${p}is><${p}t>${escapeXml(w.value)}</${p}t></${p}is></${p}c>`;
  };
  const byRow = new Map<number, CellWrite[]>();
  for (const w of writes) byRow.set(w.row, [...(byRow.get(w.row) ?? []), w]);
  const edits: TextEdit[] = [];
  const inserts = new Map<number, string[]>();
  for (const [rowNumber, ws] of [...byRow].sort((a, b) => a[0] - b[0])) {
    const row = rows.get(rowNumber);
    const cells: { column: number; xml: string }[] = [];
    for (const c of children(row, "c")) {
      const column = columnOf(c.attrs.get("r") ?? "");
      const w = ws.find((x) => x.column === column);
      const s = c.attrs.get("s");
      cells.push({
        column,
        xml: w ? cellXml(w, s !== undefined ? ` s="${escapeXml(s)}"` : "") : text.slice(c.open.start, c.close.end),
      });
    }
    for (const w of ws) {
      if (!cells.some((c) => c.column === w.column)) {
        cells.push({
          column: w.column,
          xml: cellXml(w, w.styleFrom !== undefined ? styleAt(w.styleFrom, w.column) : ""),
        });
      }
    }
    cells.sort((a, b) => a.column - b.column);
    const body = cells.map((c) => c.xml).join("");
    if (row) {
      const open = withoutSpans(text.slice(row.open.start, row.open.end)).replace(/\s*\/>$/, ">");
      edits.push({ start: row.open.start, end: row.close.end, text: `${open}${body}</${p}row>` });
    } else {
      const next = [...rows.entries()].filter(([n]) => n > rowNumber).sort((a, b) => a[0] - b[0])[0]?.[1];
      const at = next ? next.open.start : sheetData.close.start;
      inserts.set(at, [...(inserts.get(at) ?? []), `<${p}row r="${rowNumber}">${body}</${p}row>`]);
    }
  }
  const selfClosing = sheetData.open.start === sheetData.close.start;
  for (const [at, xml] of inserts) {
    if (selfClosing) {
      const open = text.slice(sheetData.open.start, sheetData.open.end).replace(/\s*\/>$/, ">");
      edits.push({
        start: sheetData.open.start,
        end: sheetData.open.end,
        text: `${open}${xml.join("")}</${prefixOf(sheetData)}sheetData>`,
      });
    } else edits.push({ start: at, end: at, text: xml.join("") });
  }
  return applyEdits(text, edits);
}

/** The table part's text with its range (and its filter's) ending at `bottom` (1-based row). */
function extendTable(text: string, bottom: number): string {
  const t = parseXml(text);
  const edits: TextEdit[] = [];
  for (const el of [t, child(t, "autoFilter")]) {
    if (!el) continue;
    const open = text.slice(el.open.start, el.open.end);
    edits.push({
      start: el.open.start,
      end: el.open.end,
      text: open.replace(/(\sref=")([A-Z]+\$?\d+:\$?[A-Z]+)\$?\d+"/i, `$1$2${bottom}"`),
    });
  }
  return applyEdits(text, edits);
}

const encoder = new TextEncoder();

/**
 * The package with the planned cells written.
 * @throws Error when a table's sheet cannot be found in the package.
 */
export function fillTables(file: WorkbookFile, tables: readonly TableImport[]): Uint8Array {
  const { pkg } = file;
  const written = new Map<string, string>();
  for (const t of tables) {
    const table = t.table;
    if (!table) continue;
    const sheet = file.sheets.find((s) => s.name === table.sheet);
    if (!sheet?.part) throw new Error(`the sheet "${table.sheet}" is not in the package`);
    const headerRow = table.top + 1;
    const lastRow = headerRow + table.rows.length;
    const writes: CellWrite[] = t.fills.map((f) => ({
      row: headerRow + 1 + f.row,
      column: table.left + f.column,
      value: f.value,
    }));
    t.adds.forEach((a, k) => {
      a.cells.forEach((v, c) => {
        if (v !== null && typeof v !== "boolean") {
          writes.push({
            row: lastRow + 1 + k,
            column: table.left + c,
            value: v,
            ...(table.rows.length ? { styleFrom: lastRow } : {}),
          });
        }
      });
    });
    written.set(sheet.part, writeCells(written.get(sheet.part) ?? pkg.text(sheet.part), writes));
    if (t.adds.length && table.name) {
      const rel = pkg
        .rels(sheet.part)
        .find(
          (r) =>
            relType(r) === "table" &&
            !r.external &&
            pkg.has(r.target) &&
            (pkg.xml(r.target).attrs.get("name") ?? pkg.xml(r.target).attrs.get("displayName") ?? "").toLowerCase() ===
              table.name.toLowerCase(),
        );
      if (rel) written.set(rel.target, extendTable(pkg.text(rel.target), lastRow + t.adds.length));
    }
  }
  const outputs: ZipOutput[] = pkg.zip.entries.map((entry) => {
    const w = [...written].find(([part]) => part.toLowerCase() === entry.name.toLowerCase());
    return w ? { kind: "new", name: entry.name, data: encoder.encode(w[1]) } : { kind: "copy", from: pkg.zip, entry };
  });
  return writeZip(outputs);
}
