/**
 * Queues the writes of a ReportPlan on a worksheet: cells (titles, grids, notes, headlines,
 * chart descriptions), column widths and native charts. Every decision is in the plan; here we
 * only write. Used for the sheet built aside and for putting charts on the report sheet.
 */
import {
  type ChartSpec,
  type ReportPlan,
  type TableBlock,
  columnPoints,
  gridCellStyle,
  type CellStyle,
  type ReportStyles,
} from "../core/report";
import type { ColumnWidths } from "./report-state";

/**
 * Excel reads a string written to a cell as if it were typed: "Jun-2019", "2011-12", "1,234",
 * "5%" become numbers or dates and a leading "=", "+" or "-" makes a formula (Excel.Range.values,
 * https://learn.microsoft.com/en-us/javascript/api/excel/excel.range#excel-excel-range-values-member;
 * office-js #229). A cell whose number format is Text ("@") keeps what is written as text
 * (https://support.microsoft.com/en-us/office/stop-automatically-changing-numbers-to-dates-452bd2db-cc96-47d1-81e4-72cec11c4ed8),
 * so every text cell gets the plan's text format ("@") queued before its value.
 */

/**
 * Queues the plan's thin border on every cell of `range`: a continuous thin line
 * (RangeBorder.style / weight, ExcelApi 1.1,
 * https://learn.microsoft.com/en-us/javascript/api/excel/excel.rangeborder). The colour is
 * left automatic, as the .xlsx writer leaves it (indexed 64, the system foreground).
 */
function applyThinBorder(range: Excel.Range, shape: Shape): void {
  // The four edges and, where the range has several rows or columns, the lines between them,
  // so every cell has the four edges the .xlsx writer gives it
  // (Excel.BorderIndex, https://learn.microsoft.com/en-us/javascript/api/excel/excel.borderindex).
  const sides = [
    Excel.BorderIndex.edgeTop,
    Excel.BorderIndex.edgeBottom,
    Excel.BorderIndex.edgeLeft,
    Excel.BorderIndex.edgeRight,
  ];
  if (shape.rows > 1) sides.push(Excel.BorderIndex.insideHorizontal);
  if (shape.cols > 1) sides.push(Excel.BorderIndex.insideVertical);
  for (const side of sides) {
    const border = range.format.borders.getItem(side);
    border.style = Excel.BorderLineStyle.continuous;
    border.weight = Excel.BorderWeight.thin;
  }
}

/** How many rows and columns a range has. */
interface Shape {
  readonly rows: number;
  readonly cols: number;
}

const ONE_CELL: Shape = { rows: 1, cols: 1 };

/** Queues the plan's look of a cell or range of `shape`: the whole font, the fill, borders, wrapping and alignment. */
function applyStyle(range: Excel.Range, style: CellStyle, shape: Shape = ONE_CELL, borders = true): void {
  const font = range.format.font;
  font.name = style.font.name;
  font.size = style.font.size;
  font.bold = style.font.bold;
  font.italic = style.font.italic;
  font.color = style.font.color;
  if (style.fill !== null) range.format.fill.color = style.fill;
  if (borders && style.border === "thin") applyThinBorder(range, shape);
  if (style.wrap) range.format.wrapText = true;
  if (style.horizontal !== "general")
    range.format.horizontalAlignment = style.horizontal === "center" ? "Center" : "Left";
}

/** Queues `text` into the single cell `address`, as text whatever it looks like, in `style`. */
function writeText(ws: Excel.Worksheet, styles: ReportStyles, address: string, text: string, style: CellStyle): void {
  const cell = ws.getRange(address);
  cell.numberFormat = [[styles.textFormat]];
  cell.values = [[text]];
  applyStyle(cell, style);
}

/** Queues the cell writes of one table block: title, grid, formats, notes, chart descriptions. */
function writeTable(ws: Excel.Worksheet, styles: ReportStyles, block: TableBlock): void {
  writeText(ws, styles, block.anchor.address, block.title, styles.tableTitle);
  const grid = ws.getRange(block.grid.range.address);
  // Formats before values: Excel reads each value against the format the cell has then, and
  // the plan gives its text cells (headers, row labels such as "Jun-2019") the Text format.
  grid.numberFormat = block.grid.numberFormats.map((row) => [...row]);
  grid.values = block.grid.values.map((row) => row.map((v) => (v === null ? "" : v)));
  const cols = block.grid.range.colCount;
  const rows = block.grid.values.length;
  const styleAt = (r: number, c: number): CellStyle => gridCellStyle(styles, block.grid, r, c);
  // Where the plan gives every grid cell a thin border, one set of borders on the whole grid
  // does it in 12 statements instead of some 20 a row, which keeps the build's sync smaller.
  const whole = block.grid.values.every((_, r) => styleAt(r, 0).border === "thin" && styleAt(r, 1).border === "thin");
  if (whole) applyThinBorder(grid, { rows, cols });
  block.grid.values.forEach((_, r) => {
    applyStyle(grid.getCell(r, 0), styleAt(r, 0), ONE_CELL, !whole);
    if (cols > 1)
      applyStyle(grid.getCell(r, 1).getResizedRange(0, cols - 2), styleAt(r, 1), { rows: 1, cols: cols - 1 }, !whole);
  });
  for (const note of block.notes)
    for (const line of note.lines) writeText(ws, styles, line.address, line.text, styles.tableNote);
  for (const chart of block.charts) {
    for (const line of chart.descriptionLines) writeText(ws, styles, line.address, line.text, styles.chartDescription);
  }
}

/** Queues a native chart from a ChartSpec: series by name, direct labels, colours, markers. */
function addChart(ws: Excel.Worksheet, spec: ChartSpec): void {
  const first = spec.series[0];
  if (!first) return;
  const chart = ws.charts.add(spec.type, ws.getRange(first.valuesAddress), "Rows");
  chart.name = spec.name;
  chart.title.text = spec.title;
  chart.axes.categoryAxis.title.text = spec.categoryAxisTitle;
  chart.axes.valueAxis.title.text = spec.valueAxisTitle;
  chart.axes.valueAxis.numberFormat = spec.valueFormat;
  chart.legend.visible = spec.showLegend;
  if (spec.showLegend) chart.legend.position = "Bottom";
  chart.dataLabels.showValue = true;
  chart.dataLabels.numberFormat = spec.valueFormat;
  chart.setPosition(spec.position.address);
  chart.width = spec.position.widthPt;
  chart.height = spec.position.heightPt;
  const categories = ws.getRange(spec.categoriesAddress);
  spec.series.forEach((s, i) => {
    const series = i === 0 ? chart.series.getItemAt(0) : chart.series.add(s.name);
    if (i > 0) series.setValues(ws.getRange(s.valuesAddress));
    series.setXAxisValues(categories);
    series.name = s.name;
    series.hasDataLabels = true;
    if (spec.type === "ColumnClustered") {
      series.format.fill.setSolidColor(s.fill);
      series.format.line.color = s.color;
    } else {
      series.format.line.color = s.color;
      if (s.marker !== "none") {
        series.markerStyle = MARKERS[s.marker];
        series.markerBackgroundColor = s.color;
        series.markerForegroundColor = s.color;
      }
    }
  });
}

const MARKERS = { circle: "Circle", square: "Square", diamond: "Diamond", triangle: "Triangle" } as const;

/** Queues every block's cells on `ws` (no column widths, no charts: see {@link writeChartsAndWidths}). */
export function writeCells(ws: Excel.Worksheet, plan: ReportPlan): void {
  const styles = plan.styles;
  for (const block of plan.blocks) {
    if (block.kind === "table") {
      writeTable(ws, styles, block);
    } else if (block.kind === "headlines") {
      writeText(ws, styles, block.anchor.address, block.title, styles.heading);
      for (const h of block.items) writeText(ws, styles, h.address, h.text, styles.headline);
    } else {
      const style = block.kind === "note" ? styles.note : block.level === 1 ? styles.title : styles.heading;
      writeText(ws, styles, block.anchor.address, block.text, style);
    }
  }
}

/** The plan's column widths in points (Office.js `columnWidth`), converted as styles.ts says. */
export function planWidths(plan: ReportPlan): ColumnWidths {
  return plan.columnWidths.map((chars, col) => [col, columnPoints(chars)] as const);
}

/** The plan's charts, in sheet order. */
export function planChartSpecs(plan: ReportPlan): ChartSpec[] {
  return plan.blocks.flatMap((b) => (b.kind === "table" ? [...b.charts] : []));
}

/**
 * Queues the column widths, then the charts (a chart's position depends on the widths left of
 * it, so the order matters for a chart to come back exactly where it was).
 */
export function writeChartsAndWidths(ws: Excel.Worksheet, charts: readonly ChartSpec[], widths: ColumnWidths): void {
  for (const [col, pt] of widths) ws.getCell(0, col).format.columnWidth = pt;
  for (const chart of charts) addChart(ws, chart);
}
