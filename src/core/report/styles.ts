/**
 * The report sheet's look, decided once for every writer: fonts (name, size, bold, italic,
 * colour), fills, borders, alignment and the number format of text cells, per kind of cell,
 * and the one conversion of column widths. The Office.js writer and the .xlsx writer apply
 * these and choose nothing of their own, so the sheet looks the same whichever made it.
 *
 * Column widths: the plan keeps them in characters (the number of '0' digits of the default
 * font, Calibri 11, whose maximum digit width is 7 px), the unit Excel's Column Width dialog
 * shows. ECMA-376 Part 1 §18.3.1.13 (col) defines the file's `width` attribute as
 * Truncate((characters × MDW + 5 px padding) / MDW × 256) / 256 and the pixels it shows as
 * Truncate(((256 × width + Truncate(128 / MDW)) / 256) × MDW), as reproduced on Microsoft's
 * page for the Open XML SDK's Column class
 * (https://learn.microsoft.com/en-us/previous-versions/office/developer/office-2010/cc802410(v=office.14))
 * and noted for Office in [MS-OI29500] 2.1.598
 * (https://learn.microsoft.com/en-us/openspecs/office_standards/ms-oi29500/727f4736-6cba-40e3-b4d3-ce319885780e).
 * Office.js `RangeFormat.columnWidth` is in points
 * (https://learn.microsoft.com/en-us/javascript/api/excel/excel.rangeformat#excel-excel-rangeformat-columnwidth-member),
 * 0.75 pt per pixel at Excel's 96 dpi.
 */
import type { NumberFormat, TableGrid } from "./plan";
import { HEADER_BLUE, HEADER_TEXT, SHEET_TEXT_COLOUR, WORKBOOK_FONT } from "./theme";

/** A font, fully stated: a writer sets every field. */
export interface FontStyle {
  readonly name: string;
  /** Points. */
  readonly size: number;
  readonly bold: boolean;
  readonly italic: boolean;
  /** "#RRGGBB". */
  readonly color: string;
}

/** How one kind of report cell looks. */
export interface CellStyle {
  readonly font: FontStyle;
  /** Solid fill "#RRGGBB", or null for none. */
  readonly fill: string | null;
  /** A thin border on all four edges, or none. */
  readonly border: "thin" | "none";
  readonly wrap: boolean;
  readonly horizontal: "general" | "left" | "center";
}

/** The look of every kind of cell on the report sheet. */
export interface ReportStyles {
  /** The report title (level-1 heading). */
  readonly title: CellStyle;
  /** A section heading (level 2): "Headlines", "Performance and Activity Levels". */
  readonly heading: CellStyle;
  /** The note under the title on where the figures come from. */
  readonly note: CellStyle;
  readonly headline: CellStyle;
  readonly tableTitle: CellStyle;
  /** The header row of a table: the corner cell and the period labels. */
  readonly header: CellStyle;
  readonly headerCorner: CellStyle;
  /** The row labels (first column) of a table. */
  readonly rowLabel: CellStyle;
  /** A table's figures. */
  readonly value: CellStyle;
  /** A note under a table (gaps in the workbook). */
  readonly tableNote: CellStyle;
  /** The visible description under a chart. */
  readonly chartDescription: CellStyle;
  /** The number format of every text cell outside the tables' grids (see the grid's own formats). */
  readonly textFormat: NumberFormat;
}

/** The default font, the one the layout's sizes assume (rows 15 pt, 7 px digits). */
const BODY: FontStyle = { ...WORKBOOK_FONT, bold: false, italic: false, color: SHEET_TEXT_COLOUR };

function style(font: Partial<FontStyle>, rest: Partial<Omit<CellStyle, "font">> = {}): CellStyle {
  return { font: { ...BODY, ...font }, fill: null, border: "none", wrap: false, horizontal: "general", ...rest };
}

const GRID = { border: "thin" } as const;

/** The report's look. */
export const REPORT_STYLES: ReportStyles = {
  title: style({ size: 16, bold: true }),
  heading: style({ size: 13, bold: true }),
  note: style({ italic: true }),
  headline: style({}),
  tableTitle: style({ size: 12, bold: true }),
  header: style({ bold: true, color: HEADER_TEXT }, { ...GRID, fill: HEADER_BLUE, wrap: true, horizontal: "center" }),
  headerCorner: style(
    { bold: true, color: HEADER_TEXT },
    { ...GRID, fill: HEADER_BLUE, wrap: true, horizontal: "left" },
  ),
  rowLabel: style({ bold: true }, GRID),
  value: style({}, GRID),
  tableNote: style({ italic: true }),
  chartDescription: style({ italic: true }),
  textFormat: "@",
};

/** The style of the grid cell at row `r`, column `c` (zero-based within the grid). */
export function gridCellStyle(styles: ReportStyles, grid: TableGrid, r: number, c: number): CellStyle {
  if (grid.boldRows.includes(r)) return c === 0 ? styles.headerCorner : styles.header;
  return c === 0 ? styles.rowLabel : styles.value;
}

/** The maximum digit width of Calibri 11 at 96 dpi, in pixels. */
export const MAX_DIGIT_WIDTH_PX = 7;

/** Pixels of padding Excel adds to a column (2 each side and 1 for the gridline). */
const COLUMN_PADDING_PX = 5;

/** The pixels a column of `chars` characters shows (the file's width rounded as §18.3.1.13 says). */
export function columnPixels(chars: number): number {
  return Math.trunc(chars * MAX_DIGIT_WIDTH_PX + COLUMN_PADDING_PX);
}

/** The `<col width>` of a column `chars` characters wide (ECMA-376 Part 1 §18.3.1.13). */
export function ooxmlColumnWidth(chars: number): number {
  return Math.trunc((columnPixels(chars) / MAX_DIGIT_WIDTH_PX) * 256) / 256;
}

/** The Office.js `columnWidth` (points) of a column `chars` characters wide. */
export function columnPoints(chars: number): number {
  return columnPixels(chars) * 0.75;
}
