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

/**
 * The format codes of the built-in number formats, by numFmtId, for a reader of the .xlsx
 * package (styles.xml names a built-in format only by its id). ECMA-376 Part 1, 18.8.30
 * (numFmt). Ids 27-36 and 50-58 are East Asian date formats whose code depends on the
 * locale; they are given a date code here because every one of them shows a date.
 */
export const BUILTIN_NUMBER_FORMATS: Readonly<Record<number, string>> = {
  0: "General",
  1: "0",
  2: "0.00",
  3: "#,##0",
  4: "#,##0.00",
  9: "0%",
  10: "0.00%",
  11: "0.00E+00",
  12: "# ?/?",
  13: "# ??/??",
  14: "mm-dd-yy",
  15: "d-mmm-yy",
  16: "d-mmm",
  17: "mmm-yy",
  18: "h:mm AM/PM",
  19: "h:mm:ss AM/PM",
  20: "h:mm",
  21: "h:mm:ss",
  22: "m/d/yy h:mm",
  ...Object.fromEntries([27, 28, 29, 30, 31, 32, 33, 34, 35, 36].map((id) => [id, "yyyy/m/d"])),
  37: "#,##0 ;(#,##0)",
  38: "#,##0 ;[Red](#,##0)",
  39: "#,##0.00;(#,##0.00)",
  40: "#,##0.00;[Red](#,##0.00)",
  45: "mm:ss",
  46: "[h]:mm:ss",
  47: "mmss.0",
  48: "##0.0E+0",
  49: "@",
  ...Object.fromEntries([50, 51, 52, 53, 54, 55, 56, 57, 58].map((id) => [id, "yyyy/m/d"])),
};
