/**
 * Reads the performance workbook through Office.js into a RawWorkbook (the reader port of
 * src/core/workbook/raw.ts). Only loads: validation never writes.
 *
 * Excel on the web limits a request or response to 5 MB ("Resource limits and performance
 * optimization for Office Add-ins", learn.microsoft.com/office/dev/add-ins/concepts/
 * resource-limits-and-performance-optimization), so table bodies are read in chunks of at
 * most {@link CHUNK_ROWS} rows (and {@link CHUNK_CELLS} cells) per sync: a 200,000-row
 * assessment log is ten requests of about 1 MB, not one of 10 MB.
 */
import { formatRange } from "../core/address";
import type { RawSheet, RawTable, RawValue, RawWorkbook } from "../core/workbook/raw";
import { readNumberFormats, wantsFormats, type FormatTarget } from "./read-formats";

/** Most rows read in one request. */
export const CHUNK_ROWS = 20_000;
/** Most cells read in one request (keeps wide blocks under the payload limit too). */
export const CHUNK_CELLS = 200_000;
/** Sheets without a table: read at most this many rows of the used range (a typed block). */
export const PLAIN_SHEET_ROWS = 5_000;

/** Progress of a long operation, for the pane's progress bar. */
export interface Progress {
  readonly done: number;
  readonly total: number;
  readonly label: string;
}

export type ProgressListener = (p: Progress) => void;

/** A rectangle to read, and where its values go. */
interface Block {
  sheet: string;
  top: number;
  left: number;
  rows: number;
  cols: number;
  sink: RawValue[][];
}

/** Office.js returns numbers, strings and booleans; anything else is treated as blank. */
function toRaw(v: unknown): RawValue {
  return typeof v === "number" || typeof v === "string" || typeof v === "boolean" ? v : null;
}

/** Reads every sheet's tables (and the cells of sheets that have none). */
export async function readWorkbook(onProgress?: ProgressListener): Promise<RawWorkbook> {
  return Excel.run(async (context) => {
    const worksheets = context.workbook.worksheets;
    worksheets.load("items/name");
    await context.sync();

    // One request for every sheet's tables and used range.
    const perSheet = worksheets.items.map((ws) => {
      const tables = ws.tables;
      tables.load("items/name");
      const used = ws.getUsedRangeOrNullObject(true);
      used.load("rowIndex,columnIndex,rowCount,columnCount");
      return { name: ws.name, ws, tables, used };
    });
    await context.sync();

    // One request for every table's header row and body size.
    const perTable = perSheet.flatMap((s) =>
      s.tables.items.map((t) => {
        const header = t.getHeaderRowRange();
        header.load("values,rowIndex,columnIndex,columnCount");
        const body = t.getDataBodyRange();
        body.load("rowCount");
        return { sheet: s.name, name: t.name, header, body };
      }),
    );
    await context.sync();

    const blocks: Block[] = [];
    const formatTargets: FormatTarget[] = [];
    const tablesBySheet = new Map<string, RawTable[]>();
    for (const t of perTable) {
      const rows: RawValue[][] = [];
      const cols = t.header.columnCount;
      // Number formats of short bodies, for the date-in-a-count check (read-formats.ts).
      const numberFormats: string[][] | undefined = wantsFormats(t.body.rowCount) ? [] : undefined;
      if (numberFormats)
        formatTargets.push({
          sheet: t.sheet,
          top: t.header.rowIndex + 1,
          left: t.header.columnIndex,
          rows: t.body.rowCount,
          cols,
          sink: numberFormats,
        });
      blocks.push({
        sheet: t.sheet,
        top: t.header.rowIndex + 1,
        left: t.header.columnIndex,
        rows: t.body.rowCount,
        cols,
        sink: rows,
      });
      const table: RawTable = {
        name: t.name,
        sheet: t.sheet,
        top: t.header.rowIndex,
        left: t.header.columnIndex,
        headers: (t.header.values[0] ?? []).map((h) => (h === null || h === undefined ? "" : String(h))),
        rows,
        ...(numberFormats ? { numberFormats } : {}),
      };
      tablesBySheet.set(t.sheet, [...(tablesBySheet.get(t.sheet) ?? []), table]);
    }
    const cellsBySheet = new Map<string, RawValue[][]>();
    for (const s of perSheet) {
      if (s.tables.items.length > 0 || s.used.isNullObject) continue;
      // A sheet without a table: read its used range from A1 so validation can find a typed block.
      const rows = Math.min(s.used.rowIndex + s.used.rowCount, PLAIN_SHEET_ROWS);
      const cols = s.used.columnIndex + s.used.columnCount;
      const cells: RawValue[][] = [];
      cellsBySheet.set(s.name, cells);
      blocks.push({ sheet: s.name, top: 0, left: 0, rows, cols, sink: cells });
    }

    await readBlocks(context, blocks, onProgress);
    await readNumberFormats(context, formatTargets);

    const sheets: RawSheet[] = perSheet.map((s) => {
      const cells = cellsBySheet.get(s.name);
      return { name: s.name, tables: tablesBySheet.get(s.name) ?? [], ...(cells ? { cells } : {}) };
    });
    return { sheets };
  });
}

/** Reads the blocks in requests of at most CHUNK_ROWS rows and CHUNK_CELLS cells. */
async function readBlocks(
  context: Excel.RequestContext,
  blocks: Block[],
  onProgress?: ProgressListener,
): Promise<void> {
  const total = blocks.reduce((n, b) => n + b.rows, 0);
  let done = 0;
  onProgress?.({ done, total, label: "Reading the workbook" });
  let pending: { range: Excel.Range; sink: RawValue[][] }[] = [];
  let pendingRows = 0;
  let pendingCells = 0;
  const flush = async () => {
    if (pending.length === 0) return;
    await context.sync();
    for (const p of pending) for (const row of p.range.values) p.sink.push(row.map(toRaw));
    done += pendingRows;
    onProgress?.({ done, total, label: "Reading the workbook" });
    pending = [];
    pendingRows = 0;
    pendingCells = 0;
  };
  for (const b of blocks) {
    if (b.cols <= 0) continue;
    const rowsPerChunk = Math.max(1, Math.min(CHUNK_ROWS, Math.floor(CHUNK_CELLS / b.cols)));
    for (let start = 0; start < b.rows; start += rowsPerChunk) {
      const n = Math.min(rowsPerChunk, b.rows - start);
      if (pendingRows + n > CHUNK_ROWS || pendingCells + n * b.cols > CHUNK_CELLS) await flush();
      const address = formatRange({
        top: b.top + start,
        left: b.left,
        bottom: b.top + start + n - 1,
        right: b.left + b.cols - 1,
      });
      const range = context.workbook.worksheets.getItem(b.sheet).getRange(address);
      range.load("values");
      pending.push({ range, sink: b.sink });
      pendingRows += n;
      pendingCells += n * b.cols;
    }
  }
  await flush();
}
