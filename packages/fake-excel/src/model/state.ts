/**
 * Plain state of the in-memory document. Proxies (range.ts, table.ts, ...) read and
 * mutate these objects only while a sync applies its queued operations.
 */
import type { A1Address, CellRect } from "./address";
import type { CellData, CellScalar, InputMode } from "./cells";

/** Worksheet visibility, as Excel.SheetVisibility. */
export type SheetVisibility = "Visible" | "Hidden" | "VeryHidden";

/** One worksheet. Cells are sparse, keyed by {@link cellKey}. */
export interface SheetState {
  readonly id: string;
  name: string;
  visibility: SheetVisibility;
  cells: Map<string, CellData>;
  /** Column widths in points, by zero-based column; absent = {@link DEFAULT_COLUMN_WIDTH}. */
  columnWidths: Map<number, number>;
  deleted: boolean;
  /** Conditional formats on this sheet (only the Custom type is modelled). */
  conditionalFormats?: ConditionalFormatState[];
  /** Present while the sheet is protected (see protection.ts). */
  protection?: ProtectionState;
  /** Data validations on this sheet (see data-validation.ts). */
  dataValidations?: DataValidationState[];
  /** The print setup, once a page-layout member was used (see page-layout.ts). */
  page?: PageLayoutState;
}

/** The page setup of one sheet. */
export interface PageLayoutState {
  orientation: "Portrait" | "Landscape";
  paperSize: "Letter" | "A4";
  leftMargin: number;
  rightMargin: number;
  topMargin: number;
  bottomMargin: number;
  headerMargin: number;
  footerMargin: number;
  zoom: { scale?: number; horizontalFitToPages?: number; verticalFitToPages?: number };
  /** The last fit to pages that was accepted but not applied (the Page Layout tab not selected). */
  zoomNotApplied?: { horizontalFitToPages?: number; verticalFitToPages?: number };
  headerFooter: Record<(typeof SECTIONS)[number], string>;
  printArea?: string;
  printTitleRows?: { first: number; last: number };
  /** Zero-based rows a manual break is before, in the order added. */
  rowBreaks: number[];
}

export const SECTIONS = [
  "leftHeader",
  "centerHeader",
  "rightHeader",
  "leftFooter",
  "centerFooter",
  "rightFooter",
] as const;

/** The prompt shown when a cell is selected (Excel.DataValidationPrompt). */
export interface PromptState {
  message: string;
  showPrompt: boolean;
  title: string;
}

/** The alert shown when invalid data is typed (Excel.DataValidationErrorAlert). */
export interface ErrorAlertState {
  message: string;
  showAlert: boolean;
  style: "Stop" | "Warning" | "Information";
  title: string;
}

/** One data validation over a block of cells. */
export interface DataValidationState {
  readonly id: string;
  /** Where it applies; moves when cells are inserted above it (structure.ts). */
  rect: CellRect;
  /** The DataValidationRule as set (one criterion), or {} before a rule is set. */
  rule: Record<string, unknown>;
  type: string;
  prompt: PromptState;
  errorAlert: ErrorAlertState;
  ignoreBlanks: boolean;
  deleted: boolean;
}

/** A conditional format of type Custom: a formula rule and the fill/font it applies. */
export interface ConditionalFormatState {
  readonly id: string;
  readonly sheet: SheetState;
  /** Where it applies; moves when cells are inserted above it (see structure.ts). */
  rect: CellRect;
  readonly type: "Custom";
  formula: string;
  fill?: string;
  fontColor?: string;
  bold?: boolean;
  /** Edges the format draws (see conditional-format-parts.ts). */
  borders?: Partial<Record<ConditionalBorderEdge, { style?: string; color?: string }>>;
  deleted: boolean;
}

/** An edge of a conditional format's border (Excel.ConditionalRangeBorderIndex). */
export type ConditionalBorderEdge = "EdgeTop" | "EdgeBottom" | "EdgeLeft" | "EdgeRight";

/** Default column width in points (8.43 characters of Calibri 11 = 64 px = 48 pt). */
export const DEFAULT_COLUMN_WIDTH = 48;

/** A block of cells on a sheet. */
export interface RangeTarget {
  sheet: SheetState;
  rect: CellRect;
}

/** A table (ListObject): an address block on a sheet. Headers live in the sheet cells. */
export interface TableState {
  readonly id: string;
  name: string;
  sheet: SheetState;
  /** The whole table: header row (if shown), data body, totals row (if shown). */
  rect: CellRect;
  showHeaders: boolean;
  showTotals: boolean;
  style: string;
  deleted: boolean;
}

/** A chart series: its name and the cells (or literal numbers) it plots. */
export interface ChartSeriesState {
  name: string;
  /** Cell holding the name, when the name came from the source range. */
  nameRef?: RangeTarget;
  values?: RangeTarget;
  xValues?: RangeTarget;
  fillColor?: string;
  lineColor?: string;
  hasDataLabels: boolean;
  markerStyle: string;
}

/** A chart axis (category or value). */
export interface ChartAxisState {
  title: string;
  titleVisible: boolean;
  minimum?: number;
  maximum?: number;
  visible: boolean;
  numberFormat: string;
}

/** One chart on a sheet. */
export interface ChartState {
  readonly id: string;
  name: string;
  sheet: SheetState;
  chartType: string;
  seriesBy: "Auto" | "Columns" | "Rows";
  title: { text: string; visible: boolean };
  categoryAxis: ChartAxisState;
  valueAxis: ChartAxisState;
  legend: { visible: boolean; position: string };
  dataLabels: { showValue: boolean };
  series: ChartSeriesState[];
  top: number;
  left: number;
  width: number;
  height: number;
  /**
   * Alt text. `Excel.Chart` has no altTextTitle/altTextDescription in @types/office-js
   * (only Shape and PivotLayout do); we store them anyway so the report's accessibility
   * rules can be checked, and the add-in sets them through the chart's Shape in Excel.
   */
  altTextTitle: string;
  altTextDescription: string;
  deleted: boolean;
}

/** A workbook-scoped named item. `formula` is "=Sheet1!$A$1:$B$2" or a constant. */
export interface NamedItemState {
  name: string;
  /** The sheet for worksheet-scoped names (`worksheet.names`), else workbook scope. */
  scope?: SheetState;
  formula: string;
  comment: string;
  visible: boolean;
  deleted: boolean;
}

/** Protection of a workbook's structure or of one sheet; `password` "" when none was given. */
export interface ProtectionState {
  password: string;
}

/**
 * The document as the model's functions (tables, names, charts, structure, copying) see it:
 * its state and the cell and lookup operations they build on. WorkbookModel (workbook.ts) is
 * the one implementation; the functions take this interface so that they and the class that
 * calls them do not import each other.
 */
export interface WorkbookState {
  readonly sheets: SheetState[];
  readonly tables: TableState[];
  readonly charts: ChartState[];
  readonly names: NamedItemState[];
  selection: RangeTarget | undefined;
  structureProtection: ProtectionState | undefined;
  /** A fresh id for a sheet, table or chart. */
  newId(kind: string): string;
  /** Live sheet by name, case-insensitive. */
  findSheet(name: string): SheetState | undefined;
  /** Table by name, case-insensitive. */
  findTable(name: string): TableState | undefined;
  /** Named item by name, case-insensitive. */
  findName(name: string): NamedItemState | undefined;
  /** Parses "=Sheet!A1" style references; undefined for constants. */
  tryParseRef(formula: string): A1Address | undefined;
  /** The stored cell, if any. */
  cell(sheet: SheetState, row: number, col: number): CellData | undefined;
  /** A cell's value as Excel reports it in `values`. */
  cellValue(sheet: SheetState, row: number, col: number): CellScalar;
  /** Mutates (creating if needed) one cell. */
  updateCell(sheet: SheetState, row: number, col: number, change: (c: CellData) => void): void;
  /** Writes one value as `Range.values` would. */
  writeValue(sheet: SheetState, row: number, col: number, raw: unknown, cached?: CellScalar, mode?: InputMode): void;
  /** Writes a 2D grid with its top-left at (row, col). */
  writeGrid(sheet: SheetState, row: number, col: number, rows: readonly (readonly unknown[])[], mode?: InputMode): void;
  /** Clears contents, formats or both in a rect. */
  clearRect(sheet: SheetState, rect: CellRect, applyTo?: "All" | "Formats" | "Contents"): void;
  /** Moves the cells below rows fromRow..fromRow+n-1, in columns startCol..endCol, up by n. */
  shiftUp(sheet: SheetState, fromRow: number, startCol: number, endCol: number, n: number): void;
  /** Moves cells in columns startCol..endCol at or below `fromRow` down by n rows. */
  shiftDown(sheet: SheetState, fromRow: number, startCol: number, endCol: number, n: number): void;
  /** Removes a table object (cells are the caller's business). */
  removeTable(t: TableState): void;
}

/** Key of a cell in {@link SheetState.cells}: "row,col", zero-based. */
export function cellKey(row: number, col: number): string {
  return `${row},${col}`;
}

/** Inverse of {@link cellKey}. */
export function parseCellKey(key: string): { row: number; col: number } {
  const comma = key.indexOf(",");
  return { row: Number(key.slice(0, comma)), col: Number(key.slice(comma + 1)) };
}

/** A JSON value (what {@link FakeWorkbook.snapshot} returns). */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Re-exported for model users. */
export type { CellData };
