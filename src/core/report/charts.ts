/**
 * Chart content for a table: type, titles, colours, markers and alt text that states the
 * trend in words. Accessibility (WCAG 2.2 AA): every chart has a title and axis titles,
 * every series has data labels (SC 1.4.1: not colour alone), colours reach 3:1 against
 * white (SC 1.4.11), and the alt description says what the chart shows (SC 1.1.1).
 */
import type { ChartContent, TableContent } from "./content";
import type { ChartType, MarkerStyle, NumberFormat, TableRow } from "./plan";
import { COLUMN_FILLS, HEADER_BLUE, SERIES_COLOURS } from "./theme";
import { TEMPLATES, direction, fill } from "./wording";

const MARKERS: readonly MarkerStyle[] = ["circle", "square", "diamond", "triangle"];

/**
 * One or two sentences on a series' trend: first and last figures with their periods,
 * and the highest when it is neither ("Rose from 137 in Jun-2017 to 423 in Jun-2022.").
 * Blank cells are skipped; a series with no figure says nothing.
 */
export function describeTrend(name: string, periods: readonly string[], row: TableRow): string {
  const points = row.cells
    .map((c, i) => ({ value: c.value, text: c.text, period: periods[i] ?? "" }))
    .filter((p): p is { value: number; text: string; period: string } => typeof p.value === "number");
  const first = points[0];
  const last = points[points.length - 1];
  if (!first || !last) return "";
  const figures = {
    series: name,
    first: first.text,
    firstPeriod: first.period,
    last: last.text,
    lastPeriod: last.period,
  };
  if (points.length === 1) return fill(TEMPLATES.trend.single, figures);
  let text = fill(TEMPLATES.trend[direction(last.value - first.value)], figures);
  const peak = points.reduce((a, b) => (b.value > a.value ? b : a));
  if (peak !== first && peak !== last) text += fill(TEMPLATES.trend.peak, { peak: peak.text, peakPeriod: peak.period });
  return text;
}

/** Options for {@link chartFor}. */
export interface ChartOptions {
  readonly name: string;
  readonly type: ChartType;
  readonly title: string;
  readonly categoryAxisTitle: string;
  readonly valueAxisTitle: string;
  readonly valueFormat: NumberFormat;
  /** Indexes of the table rows plotted, one series each. */
  readonly rows: readonly number[];
  /**
   * How many of the table's period columns the chart may plot (default all): the comparator
   * charts stop before the table's quarter, for which DfE publishes nothing.
   */
  readonly upTo?: number;
}

/**
 * The period columns a chart plots: from the first where a plotted row has a figure, as the
 * tables start at their first year with a figure, to `upTo` (default every column). A chart
 * draws from its own rows, which may start later than its table (DfE's rates begin in 2017-18
 * under a looked-after table from 2013-14): empty categories before them would be padding. A gap
 * after the first figure stays, as in the table, so a missing latest year shows as missing.
 * Every column to `upTo` when no row has a figure.
 */
export function plottedColumns(
  rows: readonly (TableRow | undefined)[],
  upTo: number = Math.max(0, ...rows.map((r) => r?.cells.length ?? 0)),
): { first: number; count: number } {
  const first = Array.from({ length: upTo }, (_, i) => i).find((i) =>
    rows.some((r) => typeof r?.cells[i]?.value === "number"),
  );
  return first === undefined ? { first: 0, count: upTo } : { first, count: upTo - first };
}

/**
 * A chart over some of a table's rows, with colours, markers and trend alt text. Its periods are
 * the table's own header (never a list of the caller's, which would name the wrong years once the
 * table is trimmed), cut to {@link plottedColumns}.
 */
export function chartFor(table: Pick<TableContent, "header" | "rows">, o: ChartOptions): ChartContent {
  const plotted = o.rows
    .map((r) => ({ index: r, row: table.rows[r] }))
    .filter((p): p is { index: number; row: TableRow } => p.row !== undefined);
  const columns = plottedColumns(
    plotted.map((p) => p.row),
    o.upTo,
  );
  const end = columns.first + columns.count;
  const periods = table.header.slice(1 + columns.first, 1 + end);
  const trend = plotted
    .map((p) => describeTrend(p.row.label, periods, { ...p.row, cells: p.row.cells.slice(columns.first, end) }))
    .filter((s) => s !== "");
  const span = periods.length > 0 ? ` (${periods[0]} to ${periods[periods.length - 1]})` : "";
  return {
    name: o.name,
    type: o.type,
    title: o.title,
    altTitle: `${o.title}${span}`,
    altDescription:
      `${o.type === "ColumnClustered" ? "Column" : "Line"} chart of ${plotted.map((p) => p.row.label).join(" and ")} by ${o.categoryAxisTitle.toLowerCase()}. ${trend.join(" ")}`.trim(),
    categoryAxisTitle: o.categoryAxisTitle,
    valueAxisTitle: o.valueAxisTitle,
    valueFormat: o.valueFormat,
    columns,
    series: plotted.map((p, i) => ({
      row: p.index,
      color: SERIES_COLOURS[i % SERIES_COLOURS.length] ?? HEADER_BLUE,
      fill:
        o.type === "ColumnClustered"
          ? (COLUMN_FILLS[i % COLUMN_FILLS.length] ?? HEADER_BLUE)
          : (SERIES_COLOURS[i % SERIES_COLOURS.length] ?? HEADER_BLUE),
      marker: o.type === "ColumnClustered" ? "none" : (MARKERS[i % MARKERS.length] ?? "circle"),
    })),
  };
}
