/**
 * The reader port: the raw cell grids of the performance workbook, as any host yields them
 * (Office.js in `src/excel`, the .xlsx package reader in `src/cli`, plain arrays in tests). Validation turns
 * a RawWorkbook into issues and, when there is no error, into PerformanceData.
 */

/**
 * A raw cell value as the host reports it. Dates arrive as Excel serial numbers (Office.js
 * `range.values` does this; the .xlsx reader gives date-formatted numbers as 1900-system serials); blanks as `null`
 * or `""`; numbers typed as text stay strings ("19,712 "), so validation can flag them.
 */
export type RawValue = string | number | boolean | null;

/** An Excel table (ListObject) or a header-row block found on a sheet. */
export interface RawTable {
  /** The table's name (e.g. "tblUASC"); for a block without a table, "". */
  readonly name: string;
  readonly sheet: string;
  /** Zero-based row and column of the header row's first cell on the sheet. */
  readonly top: number;
  readonly left: number;
  /** Header texts as written. */
  readonly headers: readonly string[];
  /** Body rows, each as long as `headers`. */
  readonly rows: readonly (readonly RawValue[])[];
  /**
   * Optional: the body cells' Excel number format codes, parallel to `rows` ("General",
   * "#,##0", "dd/mm/yyyy"), as Office.js `Range.numberFormat` gives them. A reader supplies
   * them for tables of at most MAX_FORMAT_ROWS body rows (number-format.ts); without them a
   * count formatted as a date cannot be told from a count.
   */
  readonly numberFormats?: readonly (readonly string[])[];
}

/** A worksheet: its name and the tables on it. */
export interface RawSheet {
  readonly name: string;
  readonly tables: readonly RawTable[];
  /**
   * The used range's values from A1, when the host read them: lets validation find a
   * dataset the officer typed as a plain block (no Excel table) and say so. May be sparse: a
   * row or cell the file does not store is a hole (read it as `cells[r]?.[c] ?? null`), so a
   * stray cell at XFD1048576 does not make a 1,048,576 x 16,384 grid.
   */
  readonly cells?: readonly (readonly RawValue[])[];
}

/** The whole workbook as read. */
export interface RawWorkbook {
  readonly sheets: readonly RawSheet[];
}
