/**
 * The report sheet's part (a SpreadsheetML worksheet, ECMA-376 Part 1 §18.3) written from a
 * ReportPlan: the tables, headlines, headings and notes, chart descriptions and the column
 * widths, each cell in the plan's style (plan.styles: fonts, fills, borders, alignment, number
 * formats) and nothing of this writer's choosing, the print setup (page-xml.ts) and the
 * `<drawing>` that holds the charts (drawing-xml.ts, chart-xml.ts). Text goes in as inline
 * strings (§18.3.1.53 is), so the workbook's shared string table, and every index into it,
 * stays as it was. The report has no formulas.
 */
import { type ReportPlan, gridCellStyle, ooxmlColumnWidth, type CellStyle } from "../../core/report";
import { fingerprintValues, formatCell, parseCell } from "../../core/base";
import type { CellLook, StyleBook } from "./styles";
import { pageXml, sheetPrXml } from "./page-xml";
import { escapeXml } from "../../package/xml";
import { cellTextXml } from "./cell-text";

type Value = number | string;

/** The cells of the report sheet: row -> column -> value and format. */
class Cells {
  readonly rows = new Map<number, Map<number, { v: Value | null; s: number }>>();

  constructor(private readonly styles: StyleBook) {}

  set(row: number, col: number, v: Value | null, look: CellLook): void {
    let r = this.rows.get(row);
    if (!r) this.rows.set(row, (r = new Map()));
    r.set(col, {
      v: typeof v === "number" && !Number.isFinite(v) ? null : v === "" ? null : v,
      s: this.styles.xf(look),
    });
  }

  at(address: string, v: Value, look: CellLook): void {
    const p = parseCell(address.split(":")[0] ?? "");
    if (p) this.set(p.row, p.col, v, look);
  }

  /** The stored values in row-major order, as [address, value] pairs: what the mark fingerprints. */
  values(): [string, Value][] {
    const out: [string, Value][] = [];
    for (const r of [...this.rows.keys()].sort((a, b) => a - b)) {
      const row = this.rows.get(r);
      if (!row) continue;
      for (const c of [...row.keys()].sort((a, b) => a - b)) {
        const v = row.get(c)?.v;
        if (v !== null && v !== undefined) out.push([formatCell({ row: r, col: c }), v]);
      }
    }
    return out;
  }
}

/**
 * The fingerprint of a report sheet's stored values (row-major, blanks left out), the same
 * whether taken from the cells written or from the sheet read back after Excel re-saved it.
 */
export function reportFingerprint(values: readonly (readonly [string, Value])[]): string {
  return fingerprintValues(values);
}

/** The fingerprint of a sheet as read (sparse rows of raw values). */
export function sheetFingerprint(cells: readonly (readonly unknown[])[] | undefined): string {
  const out: [string, Value][] = [];
  cells?.forEach((row, r) =>
    row.forEach((v, c) => {
      if ((typeof v === "number" || typeof v === "string") && v !== "") out.push([formatCell({ row: r, col: c }), v]);
      else if (typeof v === "boolean") out.push([formatCell({ row: r, col: c }), String(v)]);
    }),
  );
  return reportFingerprint(out);
}

/** A plan style as the styles part's cell look ("#RRGGBB" colours as "RRGGBB"). */
function lookOf(style: CellStyle, numberFormat: string): CellLook {
  return {
    numFmtCode: numberFormat,
    fontName: style.font.name,
    size: style.font.size,
    bold: style.font.bold,
    italic: style.font.italic,
    color: style.font.color.slice(1),
    ...(style.fill !== null ? { fill: style.fill.slice(1) } : {}),
    border: style.border === "thin",
    wrap: style.wrap,
    ...(style.horizontal !== "general" ? { horizontal: style.horizontal } : {}),
  };
}

function fillCells(plan: ReportPlan, cells: Cells): void {
  const styles = plan.styles;
  const text = (address: string, value: string, style: CellStyle): void =>
    cells.at(address, value, lookOf(style, styles.textFormat));
  for (const b of plan.blocks) {
    if (b.kind === "table") {
      text(b.anchor.address, b.title, styles.tableTitle);
      const { range, values, numberFormats } = b.grid;
      values.forEach((rowValues, r) =>
        rowValues.forEach((v, c) => {
          const look = lookOf(gridCellStyle(styles, b.grid, r, c), numberFormats[r]?.[c] ?? "General");
          cells.set(range.row + r, range.col + c, v, look);
        }),
      );
      for (const n of b.notes) for (const line of n.lines) text(line.address, line.text, styles.tableNote);
      for (const chart of b.charts)
        for (const line of chart.descriptionLines) text(line.address, line.text, styles.chartDescription);
    } else if (b.kind === "headlines") {
      text(b.anchor.address, b.title, styles.heading);
      for (const h of b.items) text(h.address, h.text, styles.headline);
    } else if (b.kind === "note") text(b.anchor.address, b.text, styles.note);
    else text(b.anchor.address, b.text, b.level === 1 ? styles.title : styles.heading);
  }
}

function cellXml(r: number, c: number, cell: { v: Value | null; s: number }): string {
  const ref = formatCell({ row: r, col: c });
  if (cell.v === null) return `<c r="${ref}" s="${cell.s}"/>`;
  if (typeof cell.v === "number") return `<c r="${ref}" s="${cell.s}"><v>${String(cell.v)}</v></c>`;
  const text = cellTextXml(cell.v);
  const space = /^\s|\s$/.test(cell.v) ? ' xml:space="preserve"' : "";
  return `<c r="${ref}" s="${cell.s}" t="inlineStr"><is><t${space}>${text}</t></is></c>`;
}

/** The report sheet part and the fingerprint of its values. */
export interface ReportSheetPart {
  readonly xml: string;
  readonly fingerprint: string;
}

/**
 * Writes the plan as a worksheet part.
 * @param ns the SpreadsheetML and relationships namespaces of the workbook (transitional or strict).
 * @param drawingRelId the relationship id of the sheet's drawing part (the charts), if it has one.
 */
export function reportSheetXml(
  plan: ReportPlan,
  styles: StyleBook,
  ns: { main: string; rel: string },
  drawingRelId?: string,
): ReportSheetPart {
  const cells = new Cells(styles);
  fillCells(plan, cells);
  const rows = [...cells.rows.keys()].sort((a, b) => a - b);
  let maxCol = 0;
  const body = rows
    .map((r) => {
      const row = cells.rows.get(r) ?? new Map<number, { v: Value | null; s: number }>();
      const cols = [...row.keys()].sort((a, b) => a - b);
      maxCol = Math.max(maxCol, cols.at(-1) ?? 0);
      return `<row r="${r + 1}">${cols.map((c) => cellXml(r, c, row.get(c) ?? { v: null, s: 0 })).join("")}</row>`;
    })
    .join("");
  const cols = plan.columnWidths
    .map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${ooxmlColumnWidth(w)}" customWidth="1"/>`)
    .join("");
  const dimension = rows.length ? `A1:${formatCell({ row: rows.at(-1) ?? 0, col: maxCol })}` : "A1";
  const xml =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<worksheet xmlns="${ns.main}" xmlns:r="${ns.rel}">` +
    sheetPrXml() +
    `<dimension ref="${dimension}"/>` +
    '<sheetViews><sheetView workbookViewId="0"/></sheetViews>' +
    '<sheetFormatPr defaultRowHeight="15"/>' +
    (cols ? `<cols>${cols}</cols>` : "") +
    `<sheetData>${body}</sheetData>` +
    pageXml(plan.page) +
    (drawingRelId ? `<drawing r:id="${escapeXml(drawingRelId)}"/>` : "") +
    "</worksheet>";
  return { xml, fingerprint: reportFingerprint(cells.values()) };
}
