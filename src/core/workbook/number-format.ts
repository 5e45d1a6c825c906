/**
 * What a cell's Excel number format says about its value. Dates are numbers in Excel (days
 * since 1900), so a count cell formatted as a date looks like a date to the officer while
 * the workbook holds, and the report would print, a serial such as 43,921. The readers
 * pass the body cells' formats on (RawTable.numberFormats); this decides which are dates.
 */

/**
 * Readers supply number formats only for tables of at most this many body rows: the
 * period tables (a row a year or a quarter: tens of rows), not a 200,000-row assessment
 * log, whose date columns need none. Reading formats doubles a response's size (Excel on
 * the web allows 5 MB a request), so the bound keeps the extra read to at most this many
 * rows per table.
 */
export const MAX_FORMAT_ROWS = 1000;

/**
 * True when an Excel number format code shows a date or a time ("dd/mm/yyyy", "mmm-yy",
 * "[$-809]d mmmm yyyy", "m/d/yy h:mm", "[h]:mm"), false for General, numbers, percentages,
 * currency and text ("#,##0", "0.00%", "[$£-809]#,##0", "@", "0.00E+00").
 * Quoted text, backslash-escaped characters and bracketed colours, conditions and locale
 * tags are ignored; elapsed-time brackets ([h], [mm], [ss]) count as time (Microsoft,
 * "Review guidelines for customizing a number format").
 */
export function isDateFormat(code: string): boolean {
  if (!code) return false;
  // The first section decides how a positive number shows, which is what a count is.
  const section = (code.split(/;(?=(?:[^"]*"[^"]*")*[^"]*$)/)[0] ?? "")
    .replace(/"[^"]*"/g, "")
    .replace(/\\./g, "")
    .replace(/_./g, "")
    .replace(/\*./g, "")
    .replace(/\[(h+|m+|s+)\]/gi, "h")
    .replace(/\[[^\]]*\]/g, "");
  if (/^general$/i.test(section.trim())) return false;
  return /[dmyhs]/i.test(section.replace(/am\/pm|a\/p/gi, "h"));
}
