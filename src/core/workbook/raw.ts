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
  /**
   * Optional: the header row's values as stored, for a plain range or block, whose header
   * cells need not be text (Excel keeps `Jun-2017` typed in a cell as the date 1 June 2017).
   * An Excel table's headers are always text, so tables need none.
   */
  readonly headerValues?: readonly RawValue[];
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

/**
 * A workbook-scoped defined name, as the reader found it. Only the names core looks for
 * (`CSC_<Dataset>`, names.ts) need be given.
 */
export interface RawName {
  /** The name as defined ("CSC_Assessments"). */
  readonly name: string;
  /** The reference as written, without or with "=": "tblFoo[#All]", "'My Sheet'!$B$3:$H$12", "#REF!". */
  readonly formula: string;
  /**
   * The name's comment, as Name Manager shows it. The pane's "Use my own tables" records there
   * which of the officer's headers stands for which of the dataset's columns, where the match
   * was unsure ("Columns chosen: Year = Financial year.", mapping.ts).
   */
  readonly comment?: string;
  /**
   * A sheet range's cells read like a table: the first row as `headers` (text as shown), the
   * rest as `rows`, `name` "". Absent for a table reference (core resolves it by the table's
   * name) and for a reference the reader could not read (deleted sheet, #REF!).
   */
  readonly range?: RawTable;
}

/** The whole workbook as read. */
export interface RawWorkbook {
  readonly sheets: readonly RawSheet[];
  /** The workbook-scoped defined names the reader found (`CSC_<Dataset>`). */
  readonly names?: readonly RawName[];
  /**
   * True when the workbook uses the 1904 date system and its date cells hold 1904 serials as
   * stored (Office.js `range.values`); validation moves them to the 1900 system
   * (date-system.ts). The .xlsx reader converts dates itself and leaves this unset.
   */
  readonly date1904?: boolean;
  /**
   * Cells holding a formula whose result the file does not store (a workbook written by a
   * program that does not calculate and never opened in Excel since): only a reader of saved
   * files, the .xlsx reader, sets this; in Excel every formula has its result. Validation says
   * so where it would otherwise call such a cell blank.
   */
  readonly uncalculated?: readonly { readonly sheet: string; readonly cell: string }[];
}
