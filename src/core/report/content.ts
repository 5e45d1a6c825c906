/**
 * Report content before layout: which tables, rows, periods and charts, without positions.
 * `placement.ts` turns these into placed plan blocks with A1 addresses.
 */
import type { ChartSpec, MarkerStyle, TableRow } from "./plan";
import type { TableId } from "./left-out";

/** A chart before placement: its series are table rows (by index into `rows`). */
export type ChartContent = Pick<
  ChartSpec,
  "name" | "type" | "title" | "altTitle" | "altDescription" | "categoryAxisTitle" | "valueAxisTitle" | "valueFormat"
> & {
  /** The table's period columns plotted (0 is the first period column): see charts.ts plottedColumns. */
  readonly columns: { readonly first: number; readonly count: number };
  readonly series: readonly {
    readonly row: number;
    readonly color: string;
    readonly fill: string;
    readonly marker: MarkerStyle;
  }[];
};

/** A table before placement. */
export interface TableContent {
  readonly id: TableId;
  readonly title: string;
  /** Corner label, then the period labels. */
  readonly header: readonly string[];
  readonly rows: readonly TableRow[];
  readonly notes: readonly string[];
  readonly charts: readonly ChartContent[];
}
