/**
 * Workbooks in the 1904 date system (made on a Mac before Excel 2011, or set so in Excel's
 * options). Their date cells hold days since 1 January 1904 (serial 0), so the same day is
 * 1,462 lower than in the 1900 system that every rule, the bank holidays and the report read
 * ("1900 and 1904 date system in Excel", learn.microsoft.com/office/troubleshoot/excel/
 * 1900-and-1904-date-system). Office.js `Range.values` gives the cells' numbers as stored
 * (Excel.Range.values: "the raw values"), so a reader that knows the workbook is in the 1904
 * system says so (RawWorkbook.date1904) and the located tables are moved to the 1900 system
 * here, once, before any rule reads them. The .xlsx reader moves date-formatted cells itself,
 * where it knows each cell's style, and never sets the flag.
 *
 * Which numbers are dates: every number in a date column; a number whose cell is formatted as
 * a date (when the reader gave formats); and in a period column a number that the readers take
 * for a date anyway (cells.ts: 10,000 or more as a 1900 serial), so 2019 typed in a year column
 * stays the number 2019.
 */
import { DATE1904_OFFSET } from "../dates";
import type { LocatedTable } from "./locate";
import type { RawValue } from "./raw";
import { isDateFormat } from "./number-format";

/** The 1900 serials the period readers take for dates without a date format (cells.ts). */
const PERIOD_DATE_FROM = 10_000;

/**
 * `t` with its 1904-system dates as 1900-system serials (see the file comment). Other cells,
 * and `t` itself, are unchanged; a table with no date to move is returned as it is.
 */
export function locatedIn1900System(t: LocatedTable): LocatedTable {
  const kindAt = new Map<number, string>();
  t.spec.columns.forEach((c, k) => {
    const at = t.columnIndex[k] ?? -1;
    if (at >= 0) kindAt.set(at, c.kind);
  });
  let moved = false;
  const rows = t.rows.map((row, i) => {
    let out: RawValue[] | undefined;
    row.forEach((v, c) => {
      if (typeof v !== "number" || !Number.isFinite(v)) return;
      const kind = kindAt.get(c);
      const format = t.numberFormats?.[i]?.[c];
      const isDate =
        kind === "date" ||
        (format !== undefined && isDateFormat(format)) ||
        ((kind === "year" || kind === "quarter" || kind === "period") && v + DATE1904_OFFSET >= PERIOD_DATE_FROM);
      if (!isDate) return;
      out ??= [...row];
      out[c] = v + DATE1904_OFFSET;
    });
    if (out) moved = true;
    return out ?? row;
  });
  return moved ? { ...t, rows } : t;
}
