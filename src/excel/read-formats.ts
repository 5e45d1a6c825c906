/**
 * Reading table bodies' number formats (`Range.numberFormat`), so validation can tell a
 * count typed as, or formatted as, a date from a count. Only bodies of at most
 * MAX_FORMAT_ROWS rows are read (the period tables, not a 200,000-row log), after the
 * values and in requests of at most {@link FORMAT_CELLS} cells: a format code is a short
 * string ("General", "#,##0"), so a request stays far under Excel on the web's 5 MB
 * ("Resource limits and performance optimization for Office Add-ins",
 * learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization).
 * `Range.numberFormat` (ExcelApi 1.1) is "Excel's number format code for the given range", a
 * grid of codes such as "dd/mm/yyyy" (learn.microsoft.com/javascript/api/excel/excel.range);
 * core's isDateFormat reads them. `numberFormatCategories` would say "Date" directly but needs
 * ExcelApi 1.12, which older perpetual Excel lacks.
 */
import { formatRange } from "../core/base";
import { MAX_FORMAT_ROWS } from "../core/workbook";

/** Most cells whose formats are read in one request. */
export const FORMAT_CELLS = 50_000;

/** A table body whose formats are wanted, and where they go (one string[] per row). */
export interface FormatTarget {
  readonly sheet: string;
  readonly top: number;
  readonly left: number;
  readonly rows: number;
  readonly cols: number;
  readonly sink: string[][];
}

/** True when a body of `rows` rows gets its formats read. */
export function wantsFormats(rows: number): boolean {
  return rows <= MAX_FORMAT_ROWS;
}

/** Office.js gives a format code per cell; anything else reads as "General". */
function code(v: unknown): string {
  return typeof v === "string" ? v : "General";
}

/** Loads the targets' number formats into their sinks, in as few requests as the cell bound allows. */
export async function readNumberFormats(
  context: Excel.RequestContext,
  targets: readonly FormatTarget[],
): Promise<void> {
  let pending: { range: Excel.Range; sink: string[][] }[] = [];
  let cells = 0;
  const flush = async (): Promise<void> => {
    if (pending.length === 0) return;
    await context.sync();
    for (const p of pending) for (const row of p.range.numberFormat) p.sink.push(row.map(code));
    pending = [];
    cells = 0;
  };
  for (const t of targets) {
    if (t.cols <= 0 || t.rows <= 0) continue;
    const step = Math.max(1, Math.floor(FORMAT_CELLS / t.cols));
    for (let start = 0; start < t.rows; start += step) {
      const n = Math.min(step, t.rows - start);
      if (cells + n * t.cols > FORMAT_CELLS) await flush();
      const address = formatRange({
        top: t.top + start,
        left: t.left,
        bottom: t.top + start + n - 1,
        right: t.left + t.cols - 1,
      });
      const range = context.workbook.worksheets.getItem(t.sheet).getRange(address);
      range.load("numberFormat");
      pending.push({ range, sink: t.sink });
      cells += n * t.cols;
    }
  }
  await flush();
}
