/**
 * Excel.Chart and its parts. Series keep references to sheet cells, so the preview's
 * `FakeWorkbook.getChartModel()` reads current numbers. See
 * https://learn.microsoft.com/en-us/office/dev/add-ins/excel/excel-add-ins-charts
 */
import { assertSheetWritable } from "../model/protection";
import { parseA1 } from "../model/address";
import { createChart, positionChart, seriesFromSource } from "../model/chart-model";
import { ChartLegendPosition, CHART_TYPES } from "./enums";
import type { ChartState, RangeTarget, SheetState } from "../model/state";
import { defineCollectionMembers, FakeCollection } from "./collection";
import {
  defineProxyProperties,
  FakeClientObject,
  type FakeClientResult,
  type Loadable,
  type PropTable,
  Ref,
  type ProxyContext,
} from "./client-object";
import { asBoolean, asEnum, asNumber, asString } from "./validate";
import type { FakeRange } from "./range";
import {
  FakeChartAxes,
  FakeChartDataLabels,
  FakeChartLegend,
  FakeChartSeriesCollection,
  FakeChartTitle,
} from "./chart-parts";

/**
 * A 1x1 transparent PNG. `getImage()` returns it as a placeholder: the fake host does not
 * render charts (the preview draws them as SVG from getChartModel()).
 */
export const PLACEHOLDER_PNG_BASE64 =
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=";

const aliveChart = (c: ChartState): boolean => !c.deleted;
type SeriesBy = "Auto" | "Columns" | "Rows";
const SERIES_BY: readonly SeriesBy[] = ["Auto", "Columns", "Rows"];

/** Excel.ChartCollection of one sheet: charts by name or position. */
export class FakeChartCollection extends FakeCollection<ChartState, FakeChart> {
  declare readonly count: number;
  declare getItem: (name: string) => FakeChart;
  declare getItemOrNullObject: (name: string) => FakeChart;
  declare getItemAt: (index: number) => FakeChart;

  constructor(
    context: ProxyContext,
    private readonly sheet: Ref<SheetState>,
    path: string,
  ) {
    super(
      context,
      {
        typeName: "ChartCollection",
        list: () => context.host.charts.filter((c) => c.sheet === sheet.resolve("Worksheet.charts")),
        alive: aliveChart,
        wrap: (ref, p, orNull) => new FakeChart(context, ref, p, orNull),
        itemPath: (c) => `charts.getItem(${JSON.stringify(c.name)})`,
        callPath: (method, arg) => `charts.${method}(${JSON.stringify(arg)})`,
        matches: (c, name) => c.name === name,
        count: true,
      },
      path,
    );
  }

  /** Adds a chart of `type` over `sourceData`, split into series as Excel does (see chart-model). */
  add(type: string, sourceData: FakeRange, seriesBy?: SeriesBy | Excel.ChartSeriesBy): FakeChart {
    const ref = new Ref<ChartState>(() => null, aliveChart);
    this.enqueue(
      { call: "add", args: [type, "<range>", seriesBy ?? "Auto"] },
      () => {
        const chartType = asEnum(type, CHART_TYPES, "chart type");
        const by = asEnum(seriesBy ?? "Auto", SERIES_BY, "seriesBy");
        const source = sourceData.ref.resolve("ChartCollection.add");
        ref.bind(createChart(this.context.host, this.sheet.resolve(), chartType, source, by));
      },
      "add",
    );
    return new FakeChart(this.context, ref, `charts.add(${JSON.stringify(type)})`);
  }
}

defineCollectionMembers(FakeChartCollection, ["getItem", "getItemOrNullObject", "getItemAt"]);

const CHART_PROPS: PropTable<ChartState> = {
  id: { get: (c) => c.id },
  name: { get: (c) => c.name, set: (c, v) => (c.name = asString(v, "name")) },
  chartType: { get: (c) => c.chartType, set: (c, v) => (c.chartType = asEnum(v, CHART_TYPES, "chartType")) },
  plotBy: { get: (c) => c.seriesBy },
  top: { get: (c) => c.top, set: (c, v) => (c.top = asNumber(v, "top")) },
  left: { get: (c) => c.left, set: (c, v) => (c.left = asNumber(v, "left")) },
  width: { get: (c) => c.width, set: (c, v) => (c.width = asNumber(v, "width")) },
  height: { get: (c) => c.height, set: (c, v) => (c.height = asNumber(v, "height")) },
  altTextTitle: { get: (c) => c.altTextTitle, set: (c, v) => (c.altTextTitle = asString(v, "altTextTitle")) },
  altTextDescription: {
    get: (c) => c.altTextDescription,
    set: (c, v) => (c.altTextDescription = asString(v, "altTextDescription")),
  },
};

/** Excel.Chart. `altTextTitle`/`altTextDescription` are extras (not on Excel.Chart's type; see model/state.ts). */
export class FakeChart
  extends FakeClientObject<ChartState>
  implements
    Pick<Excel.Chart, "id" | "name" | "chartType" | "top" | "left" | "width" | "height" | "delete" | "activate">
{
  declare readonly id: string;
  declare name: string;
  declare chartType: Excel.Chart["chartType"];
  declare readonly plotBy: "Rows" | "Columns";
  declare top: number;
  declare left: number;
  declare width: number;
  declare height: number;
  declare altTextTitle: string;
  declare altTextDescription: string;
  protected readonly typeName = "Chart";
  protected readonly props = CHART_PROPS;
  /** `chart.title`. */
  readonly title: FakeChartTitle;
  /** `chart.legend`. */
  readonly legend: FakeChartLegend;
  /** `chart.dataLabels`. */
  readonly dataLabels: FakeChartDataLabels;
  /** `chart.axes`. */
  readonly axes: FakeChartAxes;
  /** `chart.series`. */
  readonly series: FakeChartSeriesCollection;

  constructor(context: ProxyContext, ref: Ref<ChartState>, path: string, orNull = false) {
    super(context, ref, path, orNull);
    this.title = new FakeChartTitle(context, ref, `${path}.title`, "ChartTitle", {
      text: {
        get: (c) => c.title.text,
        set: (c, v) => ((c.title.text = asString(v, "text")), (c.title.visible = c.title.text !== "")),
      },
      visible: { get: (c) => c.title.visible, set: (c, v) => (c.title.visible = asBoolean(v, "visible")) },
    });
    this.legend = new FakeChartLegend(context, ref, `${path}.legend`, "ChartLegend", {
      visible: { get: (c) => c.legend.visible, set: (c, v) => (c.legend.visible = asBoolean(v, "visible")) },
      position: {
        get: (c) => c.legend.position,
        set: (c, v) => (c.legend.position = asEnum(v, Object.values(ChartLegendPosition), "position")),
      },
    });
    this.dataLabels = new FakeChartDataLabels(context, ref, `${path}.dataLabels`, "ChartDataLabels", {
      showValue: {
        get: (c) => c.dataLabels.showValue,
        set: (c, v) => (c.dataLabels.showValue = asBoolean(v, "showValue")),
      },
    });
    this.axes = new FakeChartAxes(context, ref, `${path}.axes`);
    this.series = new FakeChartSeriesCollection(context, ref, `${path}.series`);
  }

  protected override navChildren(): Record<string, Loadable> {
    return {
      title: this.title,
      legend: this.legend,
      dataLabels: this.dataLabels,
      axes: this.axes,
      series: this.series,
    };
  }

  /** Moves (and with `endCell`, sizes) the chart over cells of its sheet. */
  setPosition(startCell: FakeRange | string, endCell?: FakeRange | string): void {
    const rect = (x: FakeRange | string): RangeTarget["rect"] =>
      typeof x === "string" ? parseA1(x) : x.ref.resolve("Chart.setPosition").rect;
    this.enqueue(
      { call: "setPosition" },
      (c) => positionChart(c, rect(startCell), endCell === undefined ? undefined : rect(endCell)),
      "setPosition",
    );
  }

  /** Replaces the series with ones built from a new source range. */
  setData(sourceData: FakeRange, seriesBy?: SeriesBy | Excel.ChartSeriesBy): void {
    this.enqueue(
      { call: "setData" },
      (c) => {
        const { series, by } = seriesFromSource(
          this.context.host,
          sourceData.ref.resolve("Chart.setData"),
          asEnum(seriesBy ?? "Auto", SERIES_BY, "seriesBy"),
        );
        c.series = series;
        c.seriesBy = by;
      },
      "setData",
    );
  }

  /** The host's render of the chart (FakeWorkbook.chartImage), else a placeholder ({@link PLACEHOLDER_PNG_BASE64}). */
  getImage(_width?: number, _height?: number, _fittingMode?: string): FakeClientResult<string> {
    return this.enqueueResult(
      "getImage",
      [],
      (t) => this.context.host.chartImage?.(t.sheet.name, t.name) ?? PLACEHOLDER_PNG_BASE64,
    );
  }

  /** Accepted; there is no chart selection in the fake host. */
  activate(): void {
    this.enqueue({ call: "activate" }, () => undefined, "activate");
  }

  /** Deletes the chart. */
  delete(): void {
    this.enqueue(
      { call: "delete" },
      (c) => {
        assertSheetWritable(c.sheet);
        this.context.host.removeChart(c);
      },
      "delete",
    );
  }
}

defineProxyProperties(FakeChartCollection, ["count"]);
defineProxyProperties(FakeChart, Object.keys(CHART_PROPS));
