/**
 * The ReportPlan: everything the "Safeguarding Report" sheet shows, as plain data (no
 * functions, no classes), built by `buildReportPlan` in core and applied by a writer
 * (`src/excel` over Office.js, `src/cli/xlsx-report.ts` as an .xlsx package edit, `html.ts` as HTML).
 * Plan, then apply (Univer's command/mutation split): every decision (which periods, what
 * labels, formats, where each block sits, chart colours and alt text) is made here, so a
 * writer only writes these values and formats into these ranges and adds these charts.
 *
 * Coordinates: rows and columns are zero-based on the report sheet; every `address` is the
 * same place in A1 notation without a sheet name ("B12:G14"), ranges inclusive at both ends.
 */
import type { RATE_FORMAT } from "../indicators";
import type { PagePlan } from "./page";

import type { ReportStyles } from "./styles";
import type { HeadlineId, LeftOut, TableId } from "./left-out";

/**
 * Number formats used in the report (Excel format codes; HTML renders them the same way):
 * counts "#,##0", shares "0.00%" (a chart's share axis "0%"), rates per 10,000 the house style's
 * "#,##0.0" (RATE_FORMAT, src/core/indicators/rate.ts), text "@".
 */
export type NumberFormat = "#,##0" | typeof RATE_FORMAT | "0.00%" | "0%" | "@" | "General";

/** A zero-based cell position on the report sheet. */
export interface GridPos {
  readonly row: number;
  readonly col: number;
}

/** A rectangle on the report sheet: top-left, size, and its A1 address ("B12:G14"). */
export interface GridRange extends GridPos {
  readonly rowCount: number;
  readonly colCount: number;
  readonly address: string;
}

/** One value cell of a table: the value written, its Excel format and the text it shows. */
export interface PlanCell {
  /** A number (0.9261 for 92.61%), a text, or null for a blank (a gap in the workbook). */
  readonly value: number | string | null;
  readonly format: NumberFormat;
  /** The value as Excel displays it with `format` ("16,931", "88.30%", "" for a blank). */
  readonly text: string;
}

/** A body row: the row header (first column) and one cell per period column. */
export interface TableRow {
  readonly label: string;
  readonly cells: readonly PlanCell[];
}

/**
 * The table's cells as one rectangle, ready for a single range assignment:
 * `range.values = values; range.numberFormat = numberFormats`. Row 0 is the header row;
 * column 0 holds the row labels.
 */
export interface TableGrid {
  readonly range: GridRange;
  readonly values: readonly (readonly (number | string | null)[])[];
  readonly numberFormats: readonly (readonly NumberFormat[])[];
  /** Zero-based rows within `values` to set in bold (the header row). */
  readonly boldRows: readonly number[];
}

/** The chart kinds the report uses (Office.js `Excel.ChartType` names). */
export type ChartType = "ColumnClustered" | "Line" | "LineMarkers";

/** Marker shapes, so line series differ by more than colour (WCAG 1.4.1). */
export type MarkerStyle = "circle" | "square" | "diamond" | "triangle" | "none";

/** One chart series, with its data on the report sheet and as literal values. */
export interface ChartSeries {
  readonly name: string;
  /** Where the series name is on the report sheet (the row label cell). */
  readonly nameAddress: string;
  /** The series values on the report sheet (one table row, period columns only). */
  readonly valuesAddress: string;
  /** The same values, for renderers that do not read a sheet (HTML, PNG). */
  readonly values: readonly (number | null)[];
  /** "#RRGGBB", contrast >= 3:1 against white (WCAG 2.2 SC 1.4.11): a line, or a column's outline. */
  readonly color: string;
  /** A column's fill ("#RRGGBB"): alternately dark and light, 3:1 from its neighbour's; a line's is `color`. */
  readonly fill: string;
  /** Always true: values are labelled directly, never by colour alone (WCAG 1.4.1). */
  readonly dataLabels: true;
  readonly marker: MarkerStyle;
}

/** A native chart beside its table. */
export interface ChartSpec {
  /** Stable name, unique in the plan ("CSC_chart_assessments"): refresh replaces by name. */
  readonly name: string;
  readonly type: ChartType;
  readonly title: string;
  /** Alt text title and description: SVG <title>/<desc>; in Excel, the text at `descriptionAddress`. */
  readonly altTitle: string;
  /** States the trend in words ("Rose from 137 in Jun-2017 to 423 in Jun-2022."). */
  readonly altDescription: string;
  readonly categoryAxisTitle: string;
  readonly valueAxisTitle: string;
  /** Format of the value axis and data labels. */
  readonly valueFormat: NumberFormat;
  /** Category labels (the table's period headers) and where they are on the sheet. */
  readonly categories: readonly string[];
  readonly categoriesAddress: string;
  readonly series: readonly ChartSeries[];
  /** A legend is shown when there is more than one series (names, not colours, identify them). */
  readonly showLegend: boolean;
  /** Top-left cell and size in points (Office.js `chart.setPosition(address)`, `width`, `height`). */
  readonly position: GridPos & { readonly address: string; readonly widthPt: number; readonly heightPt: number };
  /**
   * The cell just under the chart where a writer puts `altDescription` as visible text:
   * Office.js has no alt-text property on charts (only on shapes), and a visible description
   * serves every reader, not only screen-reader users.
   */
  readonly descriptionAddress: string;
  /**
   * The visible description ("altTitle. altDescription") cut into lines that fit the printed
   * page's width, whole sentences to a line where they fit (placement.ts sentenceLines), one
   * cell each from `descriptionAddress` down: a line longer than the page would be cut off
   * where the print area ends.
   */
  readonly descriptionLines: readonly { readonly text: string; readonly address: string }[];
}

/** A table of figures for one topic, with its chart(s) beside it. */
export interface TableBlock {
  readonly kind: "table";
  /** Stable id ("assessments", "childProtection", "lookedAfter", "contacts", "uascCareLeavers"). */
  readonly id: TableId;
  readonly title: string;
  /** The title cell; the grid starts on the next row. */
  readonly anchor: GridPos & { readonly address: string };
  /** Header row: the corner label, then one label per period ("2015-16", "Apr-Jun 2019"). */
  readonly header: readonly string[];
  readonly rows: readonly TableRow[];
  readonly grid: TableGrid;
  /**
   * Notes shown under the table (gaps, the source of a figure): each note's whole text, the cell
   * of its first line, and its lines (whole sentences to a row, as a chart's description), one cell each.
   */
  readonly notes: readonly {
    readonly text: string;
    readonly address: string;
    readonly lines: readonly { readonly text: string; readonly address: string }[];
  }[];
  readonly charts: readonly ChartSpec[];
}

/** A headline sentence with the figures it quotes. */
export interface Headline {
  /** Stable id ("uascCareLeaversChange", "contactsChange", "lookedAfterChange", "uascQuota", "timeliness"). */
  readonly id: HeadlineId;
  readonly text: string;
  /** The computed figures quoted in `text`, for tests and for the pane. */
  readonly figures: Readonly<Record<string, number | string>>;
  /** The cell the sentence is written to. */
  readonly address: string;
}

/** The list of headline sentences. */
export interface HeadlinesBlock {
  readonly kind: "headlines";
  readonly id: "headlines";
  readonly title: string;
  readonly anchor: GridPos & { readonly address: string };
  readonly items: readonly Headline[];
}

/** A heading line (the report title, a section title) or a free note. */
export interface TextBlock {
  readonly kind: "heading" | "note";
  readonly id: string;
  readonly text: string;
  /** 1 for the report title, 2 for a section. */
  readonly level: 1 | 2;
  readonly anchor: GridPos & { readonly address: string };
}

export type Block = TextBlock | HeadlinesBlock | TableBlock;

/**
 * The report sheet's name, the one place it is spelt: the pane, the Excel writer and the CLI
 * find, mark and replace the sheet by it (the Cabinet reports' title, Annual Safeguarding Report).
 */
export const REPORT_SHEET_NAME = "Safeguarding Report";

/** The whole report sheet. */
export interface ReportPlan {
  readonly sheetName: typeof REPORT_SHEET_NAME;
  /** "2021-22". */
  readonly reportYear: string;
  readonly title: string;
  /** The council the report is for (Settings' local authority): the deck's title and footer. */
  readonly localAuthority: string;
  /** Blocks in sheet order (top to bottom); tables never overlap each other or a chart. */
  readonly blocks: readonly Block[];
  /**
   * Topics left out because the workbook (or DfE) has no figures for them, each with why as a
   * code and parameters: worded by left-out.ts's leftOutMessage where it is shown.
   */
  readonly omitted: readonly LeftOut[];
  /**
   * Column widths of the report sheet in characters of the default font's digits (Excel's
   * Column Width unit), from column A; styles.ts converts them to points and to the file's unit.
   */
  readonly columnWidths: readonly number[];
  /** How every kind of cell looks: the writers apply it and choose no look of their own. */
  readonly styles: ReportStyles;
  /** How the sheet prints (A4 landscape, one page per topic): see page.ts. */
  readonly page: PagePlan;
}
