/**
 * Chart rules on the document state: how `charts.add(type, source, seriesBy)` splits a
 * source block into series, and the resolved model (categories and numbers read from the
 * sheet) a preview draws as SVG.
 */
import { assertSheetWritable } from "./protection";
import { type CellRect, formatA1, rectColumnCount, rectRowCount } from "./address";
import { formatText } from "./cells";
import type {
  ChartAxisState,
  ChartSeriesState,
  ChartState,
  Json,
  RangeTarget,
  SheetState,
  WorkbookState,
} from "./state";

/** Default row height in points (Calibri 11). */
export const DEFAULT_ROW_HEIGHT = 15;

/** What a preview needs to draw one chart. Numbers are null where a cell is blank or text. */
export interface ChartModel {
  name: string;
  chartType: string;
  title: { text: string; visible: boolean };
  categories: string[];
  series: {
    name: string;
    values: (number | null)[];
    fillColor?: string;
    lineColor?: string;
    hasDataLabels: boolean;
    markerStyle: string;
  }[];
  categoryAxis: { title: string; titleVisible: boolean };
  valueAxis: { title: string; titleVisible: boolean; minimum?: number; maximum?: number; numberFormat: string };
  legend: { visible: boolean; position: string };
  showDataLabels: boolean;
  position: { top: number; left: number; width: number; height: number };
  altTextTitle: string;
  altTextDescription: string;
}

function axis(): ChartAxisState {
  return { title: "", titleVisible: false, visible: true, numberFormat: "General" };
}

function isLabelCell(wb: WorkbookState, sheet: SheetState, r: number, c: number): boolean {
  return typeof wb.cellValue(sheet, r, c) === "string";
}

/**
 * Splits a source block into series as Excel's chart wizard does for the simple cases:
 * seriesBy "Auto" plots by columns unless there are more columns than rows; a first
 * row (column) is used for names (categories) when the top-left cell is blank or its
 * other cells are all text. A numeric first column (e.g. years) becomes a series, as in Excel.
 */
export function seriesFromSource(
  wb: WorkbookState,
  source: RangeTarget,
  seriesBy: "Auto" | "Columns" | "Rows",
): { series: ChartSeriesState[]; by: "Columns" | "Rows" } {
  const { sheet, rect } = source;
  const rows = rectRowCount(rect);
  const cols = rectColumnCount(rect);
  const by = seriesBy === "Auto" ? (cols > rows ? "Rows" : "Columns") : seriesBy;
  const blankCorner = wb.cellValue(sheet, rect.startRow, rect.startCol) === "";
  const allLabels = (cells: [number, number][]): boolean =>
    cells.length > 0 &&
    cells.every(([r, c]) => isLabelCell(wb, sheet, r, c) || wb.cellValue(sheet, r, c) === "") &&
    cells.some(([r, c]) => isLabelCell(wb, sheet, r, c));
  const firstRowCells: [number, number][] = [];
  for (let c = rect.startCol + 1; c <= rect.endCol; c++) firstRowCells.push([rect.startRow, c]);
  const firstColCells: [number, number][] = [];
  for (let r = rect.startRow + 1; r <= rect.endRow; r++) firstColCells.push([r, rect.startCol]);
  const headerRow = rows > 1 && (blankCorner || allLabels(firstRowCells));
  const labelCol = cols > 1 && (blankCorner || allLabels(firstColCells));
  const dataRows = { start: rect.startRow + (headerRow ? 1 : 0), end: rect.endRow };
  const dataCols = { start: rect.startCol + (labelCol ? 1 : 0), end: rect.endCol };
  const series: ChartSeriesState[] = [];
  const cellTarget = (r: number, c: number): RangeTarget => ({
    sheet,
    rect: { startRow: r, endRow: r, startCol: c, endCol: c },
  });
  if (by === "Columns") {
    for (let c = dataCols.start; c <= dataCols.end; c++) {
      const s = newSeries(headerRow ? nameOf(wb, sheet, rect.startRow, c) : `Series${series.length + 1}`);
      if (headerRow) s.nameRef = cellTarget(rect.startRow, c);
      s.values = { sheet, rect: { startRow: dataRows.start, endRow: dataRows.end, startCol: c, endCol: c } };
      if (labelCol)
        s.xValues = {
          sheet,
          rect: { startRow: dataRows.start, endRow: dataRows.end, startCol: rect.startCol, endCol: rect.startCol },
        };
      series.push(s);
    }
  } else {
    for (let r = dataRows.start; r <= dataRows.end; r++) {
      const s = newSeries(labelCol ? nameOf(wb, sheet, r, rect.startCol) : `Series${series.length + 1}`);
      if (labelCol) s.nameRef = cellTarget(r, rect.startCol);
      s.values = { sheet, rect: { startRow: r, endRow: r, startCol: dataCols.start, endCol: dataCols.end } };
      if (headerRow)
        s.xValues = {
          sheet,
          rect: { startRow: rect.startRow, endRow: rect.startRow, startCol: dataCols.start, endCol: dataCols.end },
        };
      series.push(s);
    }
  }
  return { series, by };
}

function nameOf(wb: WorkbookState, sheet: SheetState, r: number, c: number): string {
  return formatText(wb.cellValue(sheet, r, c), wb.cell(sheet, r, c)?.numberFormat);
}

/** A series with Excel's defaults. */
export function newSeries(name: string): ChartSeriesState {
  return { name, hasDataLabels: false, markerStyle: "Automatic" };
}

/** Creates a chart from a source block (`ChartCollection.add`). */
export function createChart(
  wb: WorkbookState,
  sheet: SheetState,
  chartType: string,
  source: RangeTarget,
  seriesBy: "Auto" | "Columns" | "Rows",
): ChartState {
  assertSheetWritable(sheet);
  const { series, by } = seriesFromSource(wb, source, seriesBy);
  let n = wb.charts.length + 1;
  while (wb.charts.some((c) => c.name === `Chart ${n}`)) n++;
  const chart: ChartState = {
    id: wb.newId("chart"),
    name: `Chart ${n}`,
    sheet,
    chartType,
    seriesBy: by,
    title: { text: "", visible: false },
    categoryAxis: axis(),
    valueAxis: axis(),
    legend: { visible: true, position: "Right" },
    dataLabels: { showValue: false },
    series,
    top: 0,
    left: 0,
    // Excel's default chart size: 5 in x 3 in.
    width: 360,
    height: 216,
    altTextTitle: "",
    altTextDescription: "",
    deleted: false,
  };
  wb.charts.push(chart);
  return chart;
}

/** Points from the sheet's top-left to a cell's top-left corner. */
export function cellOffset(sheet: SheetState, row: number, col: number): { top: number; left: number } {
  let left = 0;
  for (let c = 0; c < col; c++) left += sheet.columnWidths.get(c) ?? 48;
  return { top: row * DEFAULT_ROW_HEIGHT, left };
}

/** `Chart.setPosition(start, end?)`: moves the chart to `start`, spanning to `end` inclusive if given. */
export function positionChart(chart: ChartState, start: CellRect, end: CellRect | undefined): void {
  const a = cellOffset(chart.sheet, start.startRow, start.startCol);
  chart.top = a.top;
  chart.left = a.left;
  if (end) {
    const b = cellOffset(chart.sheet, end.endRow + 1, end.endCol + 1);
    chart.width = Math.max(0, b.left - a.left);
    chart.height = Math.max(0, b.top - a.top);
  }
}

function readNumbers(wb: WorkbookState, t: RangeTarget | undefined): (number | null)[] {
  if (!t || t.sheet.deleted) return [];
  const out: (number | null)[] = [];
  for (let r = t.rect.startRow; r <= t.rect.endRow; r++) {
    for (let c = t.rect.startCol; c <= t.rect.endCol; c++) {
      const v = wb.cellValue(t.sheet, r, c);
      out.push(typeof v === "number" ? v : null);
    }
  }
  return out;
}

function readLabels(wb: WorkbookState, t: RangeTarget): string[] {
  const out: string[] = [];
  for (let r = t.rect.startRow; r <= t.rect.endRow; r++) {
    for (let c = t.rect.startCol; c <= t.rect.endCol; c++) out.push(nameOf(wb, t.sheet, r, c));
  }
  return out;
}

/** Reads the chart's categories and series numbers from the sheet as it is now. */
export function resolveChartModel(wb: WorkbookState, chart: ChartState): ChartModel {
  const series = chart.series.map((s) => ({
    name:
      s.nameRef && !s.nameRef.sheet.deleted
        ? nameOf(wb, s.nameRef.sheet, s.nameRef.rect.startRow, s.nameRef.rect.startCol)
        : s.name,
    values: readNumbers(wb, s.values),
    ...(s.fillColor !== undefined ? { fillColor: s.fillColor } : {}),
    ...(s.lineColor !== undefined ? { lineColor: s.lineColor } : {}),
    hasDataLabels: s.hasDataLabels,
    markerStyle: s.markerStyle,
  }));
  const withX = chart.series.find((s) => s.xValues && !s.xValues.sheet.deleted);
  const longest = Math.max(0, ...series.map((s) => s.values.length));
  const categories = withX?.xValues
    ? readLabels(wb, withX.xValues)
    : Array.from({ length: longest }, (_, i) => String(i + 1));
  const va = chart.valueAxis;
  return {
    name: chart.name,
    chartType: chart.chartType,
    title: { ...chart.title },
    categories,
    series,
    categoryAxis: { title: chart.categoryAxis.title, titleVisible: chart.categoryAxis.titleVisible },
    valueAxis: {
      title: va.title,
      titleVisible: va.titleVisible,
      numberFormat: va.numberFormat,
      ...(va.minimum !== undefined ? { minimum: va.minimum } : {}),
      ...(va.maximum !== undefined ? { maximum: va.maximum } : {}),
    },
    legend: { ...chart.legend },
    showDataLabels: chart.dataLabels.showValue,
    position: { top: chart.top, left: chart.left, width: chart.width, height: chart.height },
    altTextTitle: chart.altTextTitle,
    altTextDescription: chart.altTextDescription,
  };
}

/** JSON form of a chart's state for snapshots (ranges as addresses). */
export function chartToJson(c: ChartState): Json {
  const ref = (t: RangeTarget | undefined): Json => (t ? `${t.sheet.name}!${formatA1(t.rect)}` : null);
  return {
    name: c.name,
    sheet: c.sheet.name,
    chartType: c.chartType,
    seriesBy: c.seriesBy,
    title: { ...c.title },
    categoryAxis: JSON.parse(JSON.stringify(c.categoryAxis)) as Json,
    valueAxis: JSON.parse(JSON.stringify(c.valueAxis)) as Json,
    legend: { ...c.legend },
    dataLabels: { ...c.dataLabels },
    series: c.series.map((s) => ({
      name: s.name,
      values: ref(s.values),
      xValues: ref(s.xValues),
      fillColor: s.fillColor ?? null,
      lineColor: s.lineColor ?? null,
      hasDataLabels: s.hasDataLabels,
      markerStyle: s.markerStyle,
    })),
    position: { top: c.top, left: c.left, width: c.width, height: c.height },
    altTextTitle: c.altTextTitle,
    altTextDescription: c.altTextDescription,
  };
}
