/**
 * Reads the performance workbook through Office.js into a RawWorkbook (the reader port of
 * src/core/workbook/raw.ts). Only loads: validation never writes.
 *
 * Excel on the web limits a request or a response to 5 MB ("Resource limits and performance
 * optimization for Office Add-ins", learn.microsoft.com/office/dev/add-ins/concepts/
 * resource-limits-and-performance-optimization: a larger one fails with
 * RequestPayloadSizeLimitExceeded / ResponsePayloadSizeLimitExceeded), so table bodies are read
 * in chunks bounded three ways: at most {@link CHUNK_ROWS} rows, {@link CHUNK_CELLS} cells and
 * about {@link CHUNK_BYTES} bytes per request. Rows are not all alike (a 30-column log of free
 * text weighs a hundred times a 3-column log of dates), so each table's first
 * {@link PROBE_ROWS} rows are read on their own, their bytes per row measured (on a sample of
 * rows), and every later chunk sized from the largest bytes per row seen so far in that table. Should a response still
 * exceed the limit (rows far longer further down), or fail with Excel's generic GeneralException
 * as large reads are reported to, the request is made again for half its rows.
 *
 * Between chunks the reader gives the thread back when its slice's time budget is spent
 * (core/base/slices.ts), so a long read never holds the shared runtime for long.
 */
import { formatRange, type Slicer } from "../core/base";
import {
  type RawName,
  type RawSheet,
  type RawTable,
  type RawValue,
  type RawWorkbook,
  namedRange,
  rangeAsTable,
  type NamedRange,
} from "../core/workbook";
import { queueDateSystemProbe, reportDateSystem } from "./date-system";
import { readNumberFormats, wantsFormats, type FormatTarget } from "./read-formats";

/** Most rows read in one request. */
export const CHUNK_ROWS = 20_000;
/** Most cells read in one request (keeps wide blocks under the payload limit too). */
export const CHUNK_CELLS = 200_000;
/**
 * Bytes aimed at per response: 2 MB, 40% of Excel on the web's 5 MB, so rows up to two and a
 * half times longer than those measured still fit.
 */
export const CHUNK_BYTES = 2_000_000;
/** Rows of each table read first, to measure its bytes per row. */
export const PROBE_ROWS = 100;
/** Sheets without a table: read at most this many rows of the used range (a typed block). */
export const PLAIN_SHEET_ROWS = 5_000;

/**
 * The codes after which a request is made again for half its rows: a response over the payload
 * limit (Excel.ErrorCodes), and the generic internal error Excel is reported to give for a large
 * read instead (office-js-docs #1247, "Internal Server Error when getting values of a huge
 * range in Excel Online"; office-js #1012). A GeneralException that is not about size fails
 * again at one row, and is then thrown as it came.
 */
const RETRY_SMALLER: ReadonlySet<unknown> = new Set(["ResponsePayloadSizeLimitExceeded", "GeneralException"]);

/** Progress of a long operation, for the pane's progress bar. */
export interface Progress {
  readonly done: number;
  readonly total: number;
  readonly label: string;
}

export type ProgressListener = (p: Progress) => void;

/** Options of {@link readWorkbook}. */
export interface ReadOptions {
  /** Hears the rows read so far. */
  readonly onProgress?: ProgressListener;
  /** Gives the thread back between chunks once a slice's budget is spent. */
  readonly slicer?: Slicer;
}
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
export async function readWorkbook(options: ReadOptions = {}): Promise<RawWorkbook> {
  return Excel.run(async (context) => {
    const worksheets = context.workbook.worksheets;
    worksheets.load("items/name");
    // The workbook-scoped names ("Workbook.names: a collection of workbook-scoped named items",
    // learn.microsoft.com/javascript/api/excel/excel.workbook#excel-excel-workbook-names-member);
    // NamedItem.name 1.1, formula 1.7, scope and comment 1.4, all within the manifest's ExcelApi 1.9.
    const definedNames = context.workbook.names;
    definedNames.load("items/name,items/formula,items/scope,items/comment");
    const probe = queueDateSystemProbe(context);
    await context.sync();
    // Reported at once, so the custom functions learn it even if a later read fails.
    const dateSystem = reportDateSystem(probe);

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
    const named = namedBlocks(definedNames.items, perSheet, blocks, formatTargets);
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

    await readBlocks(context, blocks, options);
    await readNumberFormats(context, formatTargets);

    const sheets: RawSheet[] = perSheet.map((s) => {
      const cells = cellsBySheet.get(s.name);
      return { name: s.name, tables: tablesBySheet.get(s.name) ?? [], ...(cells ? { cells } : {}) };
    });
    const names: RawName[] = named.map((n) => ({
      name: n.name,
      formula: n.formula,
      ...(n.comment ? { comment: n.comment } : {}),
      ...(n.read ? { range: rangeAsTable(n.read.range, n.read.values, n.read.formats) } : {}),
    }));
    return {
      sheets,
      ...(names.length ? { names } : {}),
      // A probe that failed leaves the 1900 system, Excel's default.
      ...(dateSystem === "1904" ? { date1904: true } : {}),
    };
  });
}

/** A `CSC_` name as read: its sheet range's cells (with the body's formats) go into `read`. */
interface NamedRead {
  readonly name: string;
  readonly formula: string;
  readonly comment: string;
  readonly read?: { range: NamedRange; values: RawValue[][]; formats?: string[][] };
}

/**
 * Queues the cells of every workbook-scoped `CSC_` name that refers to a sheet range (names.ts)
 * with the tables' blocks, so they are read in the same bounded requests. A table reference
 * needs no read (core resolves it to the table); one to a missing sheet stays unread, and
 * validation reports the name. A range past the sheet's used range is cut to it, so
 * `$A$1:$H$1048576` reads the rows that hold something and `$1:$8` the columns.
 */
function namedBlocks(
  items: readonly Excel.NamedItem[],
  sheets: readonly { name: string; used: Excel.Range }[],
  blocks: Block[],
  formatTargets: FormatTarget[],
): NamedRead[] {
  return items
    .filter((n) => n.scope === "Workbook" && /^CSC_/i.test(n.name))
    .map((n) => {
      const ref = namedRange(n.formula);
      // Sheet names compare case-insensitively in Excel references.
      const sheet = ref && sheets.find((s) => s.name.toLowerCase() === ref.sheet.toLowerCase());
      if (!ref || !sheet) return { name: n.name, formula: n.formula, comment: n.comment };
      const used = sheet.used;
      const usedBottom = used.isNullObject ? ref.top : used.rowIndex + used.rowCount - 1;
      const usedRight = used.isNullObject ? ref.left : used.columnIndex + used.columnCount - 1;
      const range: NamedRange = {
        ...ref,
        sheet: sheet.name,
        bottom: Math.max(ref.top, Math.min(ref.bottom, usedBottom)),
        right: Math.max(ref.left, Math.min(ref.right, usedRight)),
      };
      const rows = range.bottom - range.top + 1;
      const cols = range.right - range.left + 1;
      const values: RawValue[][] = [];
      blocks.push({ sheet: sheet.name, top: range.top, left: range.left, rows, cols, sink: values });
      const formats: string[][] | undefined = wantsFormats(rows - 1) ? [] : undefined;
      if (formats && rows > 1)
        formatTargets.push({
          sheet: sheet.name,
          top: range.top + 1,
          left: range.left,
          rows: rows - 1,
          cols,
          sink: formats,
        });
      return {
        name: n.name,
        formula: n.formula,
        comment: n.comment,
        read: { range, values, ...(formats ? { formats } : {}) },
      };
    });
}

/** Where a block's reading stands. */
interface Cursor {
  readonly block: Block;
  /** Rows read so far. */
  next: number;
  /** The most bytes per row measured in this block, once its first rows are read. */
  bytesPerRow: number | undefined;
}

/** One range of one request. */
interface Piece {
  readonly cursor: Cursor;
  readonly rows: number;
  readonly range: Excel.Range;
}

/**
 * Reads the blocks in requests of at most CHUNK_ROWS rows, CHUNK_CELLS cells and about
 * CHUNK_BYTES bytes (each block's first PROBE_ROWS rows first, to measure them).
 */
async function readBlocks(context: Excel.RequestContext, blocks: Block[], options: ReadOptions): Promise<void> {
  const { onProgress, slicer } = options;
  const cursors: Cursor[] = blocks
    .filter((b) => b.cols > 0 && b.rows > 0)
    .map((block) => ({ block, next: 0, bytesPerRow: undefined }));
  const total = cursors.reduce((n, c) => n + c.block.rows, 0);
  let done = 0;
  // After a response over the limit, the next request asks for half its rows.
  let rowCap = CHUNK_ROWS;
  onProgress?.({ done, total, label: "Reading the workbook" });
  for (;;) {
    const pieces = planRequest(context, cursors, rowCap);
    if (pieces.length === 0) break;
    try {
      // One sync per bounded request is the point: the 5 MB limit forbids one big read.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
    } catch (e) {
      const rows = pieces.reduce((n, p) => n + p.rows, 0);
      if (!RETRY_SMALLER.has((e as { code?: unknown }).code) || rows === 1) throw e;
      rowCap = Math.max(1, Math.floor(rows / 2));
      continue;
    }
    rowCap = CHUNK_ROWS; // the rows just read are measured: sizing by bytes holds again
    for (const p of pieces) {
      const values = p.range.values;
      p.cursor.bytesPerRow = Math.max(p.cursor.bytesPerRow ?? 0, sampledBytesPerRow(values));
      // The response's arrays are ours (parsed for this request): cleaned in place, not copied,
      // which halves the garbage a long read leaves for the collector.
      for (const row of values) {
        for (let c = 0; c < row.length; c++) row[c] = toRaw(row[c]);
        p.cursor.block.sink.push(row as RawValue[]);
      }
      p.cursor.next += p.rows;
      done += p.rows;
    }
    // The sheet of the last block read: the officer sees which sheet the add-in is on.
    const sheet = pieces[pieces.length - 1]?.cursor.block.sheet;
    onProgress?.({ done, total, label: sheet ? `Reading the workbook: ${sheet}` : "Reading the workbook" });
    await slicer?.checkpoint();
  }
}

/** Queues the ranges of the next request (nothing when every block is read). */
function planRequest(context: Excel.RequestContext, cursors: Cursor[], rowCap: number): Piece[] {
  const pieces: Piece[] = [];
  let rows = 0;
  let cells = 0;
  let bytes = 0;
  for (const c of cursors) {
    const left = c.block.rows - c.next;
    if (left <= 0) continue;
    const cols = c.block.cols;
    // Before a block is measured, its probe is counted at a modest 16 bytes a cell.
    const perRow = c.bytesPerRow ?? cols * 16;
    let n =
      c.bytesPerRow === undefined
        ? Math.min(left, PROBE_ROWS)
        : Math.min(left, Math.floor((CHUNK_BYTES - bytes) / Math.max(perRow, 1)));
    n = Math.min(n, rowCap - rows, Math.floor((CHUNK_CELLS - cells) / cols));
    if (n <= 0) {
      if (pieces.length > 0) break;
      n = 1; // always make progress: one row per request at the least
    }
    const b = c.block;
    const address = formatRange({
      top: b.top + c.next,
      left: b.left,
      bottom: b.top + c.next + n - 1,
      right: b.left + cols - 1,
    });
    const range = context.workbook.worksheets.getItem(b.sheet).getRange(address);
    range.load("values");
    pieces.push({ cursor: c, rows: n, range });
    rows += n;
    cells += n * cols;
    bytes += n * perRow;
    if (rows >= rowCap || cells >= CHUNK_CELLS || bytes >= CHUNK_BYTES) break;
  }
  return pieces;
}

/** Rows measured per chunk: enough to know its rows' weight, few enough to cost nothing. */
const SAMPLE_ROWS = 50;

/**
 * The mean bytes per row of a chunk's JSON, measured on at most SAMPLE_ROWS rows spread evenly
 * through it (measuring all of a 2 MB chunk would itself hold the thread for milliseconds).
 */
function sampledBytesPerRow(values: readonly unknown[][]): number {
  if (values.length === 0) return 0;
  const step = Math.max(1, Math.floor(values.length / SAMPLE_ROWS));
  let bytes = 0;
  let rows = 0;
  for (let i = 0; i < values.length; i += step) {
    bytes += jsonBytes(values[i]) + 1; // the comma between rows
    rows++;
  }
  return bytes / rows;
}

/**
 * UTF-8 bytes of a value's JSON: what a response carrying it weighs, near enough (Office.js
 * sends JSON). Counted from UTF-16 code units: 1 byte below U+0080, 2 below U+0800, 3 above,
 * 4 for a surrogate pair (2 for each half).
 */
function jsonBytes(value: unknown): number {
  const json = JSON.stringify(value) ?? "";
  let n = json.length;
  for (let i = 0; i < json.length; i++) {
    const u = json.charCodeAt(i);
    if (u < 0x80) continue;
    if (u < 0x800 || (u >= 0xd800 && u <= 0xdfff)) n += 1;
    else n += 2;
  }
  return n;
}
