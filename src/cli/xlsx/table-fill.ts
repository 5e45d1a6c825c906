/**
 * Writes core's fill plan (planReturnsFill, planned with `rows: "at-end"`) into an officer's
 * .xlsx package: values into empty cells and rows added at a table's end, as an edit of the sheet and table parts (never a round trip through a workbook
 * model, which would drop what it does not know; see xlsx-report.ts). Only the cells written
 * and the table's range change; a new row's cells take the style of the cell above.
 */
import type { ReturnsFillPlan } from "../../core/returns";
import { columnLetters, parseCell } from "../../core/base";
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
import { cellTextXml } from "./cell-text";

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
      : `<${p}c r="${ref}"${style} t="inlineStr"><${p}is><${p}t>${cellTextXml(w.value)}</${p}t></${p}is></${p}c>`;
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
 * The package with the planned cells written and rows appended.
 * @throws Error when a sheet or table of the plan cannot be found in the package, or a row
 *   is not at its table's end (the plan must be made with `rows: "at-end"`).
 */
export function fillTables(file: WorkbookFile, plan: Pick<ReturnsFillPlan, "cells" | "rows">): Uint8Array {
  const { pkg } = file;
  const written = new Map<string, string>();
  const partOf = (name: string) => {
    const sheet = file.sheets.find((s) => s.name === name);
    if (!sheet?.part) throw new Error(`the sheet "${name}" is not in the package`);
    return sheet.part;
  };
  const writes = new Map<string, CellWrite[]>();
  const add = (part: string, w: CellWrite) => writes.set(part, [...(writes.get(part) ?? []), w]);
  for (const c of plan.cells) {
    const at = parseCell(c.address);
    if (!at) throw new Error(`"${c.address}" is not a cell address`);
    add(partOf(c.sheet), { row: at.row + 1, column: at.col, value: c.value });
  }
  const extended = new Map<string, number>();
  for (const r of plan.rows) {
    const table = file.raw.sheets
      .find((s) => s.name === r.sheet)
      ?.tables.find((t) => t.name.toLowerCase() === r.table.toLowerCase());
    if (!table) throw new Error(`the table "${r.table}" is not on the sheet "${r.sheet}"`);
    if (r.index < table.rows.length) throw new Error(`a row of "${r.table}" is not at its end`);
    const headerRow = table.top + 1;
    const lastRow = headerRow + table.rows.length;
    const part = partOf(r.sheet);
    r.values.forEach((v, c) => {
      if (v !== null && v !== "" && typeof v !== "boolean")
        add(part, {
          row: headerRow + 1 + r.index,
          column: table.left + c,
          value: v,
          ...(table.rows.length ? { styleFrom: lastRow } : {}),
        });
    });
    extended.set(
      `${part}\u0000${table.name}`,
      Math.max(extended.get(`${part}\u0000${table.name}`) ?? 0, headerRow + 1 + r.index),
    );
  }
  for (const [part, ws] of writes) written.set(part, writeCells(pkg.text(part), ws));
  for (const [key, bottom] of extended) {
    const [part = "", name = ""] = key.split("\u0000");
    const rel = pkg
      .rels(part)
      .find(
        (x) =>
          relType(x) === "table" &&
          !x.external &&
          pkg.has(x.target) &&
          (pkg.xml(x.target).attrs.get("name") ?? pkg.xml(x.target).attrs.get("displayName") ?? "").toLowerCase() ===
            name.toLowerCase(),
      );
    if (rel) written.set(rel.target, extendTable(pkg.text(rel.target), bottom));
  }
  const outputs: ZipOutput[] = pkg.zip.entries.map((entry) => {
    const w = [...written].find(([part]) => part.toLowerCase() === entry.name.toLowerCase());
    return w ? { kind: "new", name: entry.name, data: encoder.encode(w[1]) } : { kind: "copy", from: pkg.zip, entry };
  });
  return writeZip(outputs);
}
