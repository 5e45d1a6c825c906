/**
 * Parts of an Excel.Chart: title, legend, data labels, axes, series and their formats.
 */
import { normalizeColor } from "../model/cells";
import { newSeries } from "../model/chart-model";
import { FakeCollection } from "./collection";
import { ChartMarkerStyle } from "./enums";
import { invalidArgument } from "../model/errors";
import type { ChartAxisState, ChartSeriesState, ChartState } from "../model/state";
import {
  defineProxyProperties,
  FakeClientObject,
  type Loadable,
  type PropTable,
  Ref,
  type ProxyContext,
} from "./client-object";
import type { FakeRange } from "./range";
import { asBoolean, asEnum, asNumber, asString } from "./validate";

/** A chart sub-object (title, legend, axis...): props over the chart state, passed in. */
export abstract class FakeChartPart<T> extends FakeClientObject<T> {
  protected readonly typeName: string;
  protected readonly props: PropTable<T>;
  constructor(context: ProxyContext, ref: Ref<T>, path: string, typeName: string, props: PropTable<T>) {
    super(context, ref, path);
    this.typeName = typeName;
    this.props = props;
  }
}

/** Excel.ChartTitle. Setting non-empty `text` makes the title visible, as in Excel. */
export class FakeChartTitle extends FakeChartPart<ChartState> implements Pick<Excel.ChartTitle, "text" | "visible"> {
  declare text: string;
  declare visible: boolean;
}

/** Excel.ChartLegend. */
export class FakeChartLegend extends FakeChartPart<ChartState> implements Pick<Excel.ChartLegend, "visible"> {
  declare visible: boolean;
  declare position: Excel.ChartLegend["position"];
}

/** Excel.ChartDataLabels. */
export class FakeChartDataLabels extends FakeChartPart<ChartState> implements Pick<Excel.ChartDataLabels, "showValue"> {
  declare showValue: boolean;
}

/** Excel.ChartAxes. */
export class FakeChartAxes extends FakeChartPart<ChartState> {
  /** The category (x) axis. */
  readonly categoryAxis: FakeChartAxis;
  /** The value (y) axis. */
  readonly valueAxis: FakeChartAxis;
  constructor(context: ProxyContext, ref: Ref<ChartState>, path: string) {
    super(context, ref, path, "ChartAxes", {});
    this.categoryAxis = new FakeChartAxis(context, ref, `${path}.categoryAxis`, (c) => c.categoryAxis);
    this.valueAxis = new FakeChartAxis(context, ref, `${path}.valueAxis`, (c) => c.valueAxis);
  }
  protected override navChildren(): Record<string, Loadable> {
    return { categoryAxis: this.categoryAxis, valueAxis: this.valueAxis };
  }
}

/** Excel.ChartAxis. */
export class FakeChartAxis
  extends FakeChartPart<ChartState>
  implements Pick<Excel.ChartAxis, "minimum" | "maximum" | "visible" | "numberFormat">
{
  declare minimum: number;
  declare maximum: number;
  declare visible: boolean;
  declare numberFormat: string;
  /** The axis title. */
  readonly title: FakeChartAxisTitle;
  constructor(context: ProxyContext, ref: Ref<ChartState>, path: string, pick: (c: ChartState) => ChartAxisState) {
    super(context, ref, path, "ChartAxis", {
      minimum: { get: (c) => pick(c).minimum ?? null, set: (c, v) => (pick(c).minimum = asNumber(v, "minimum")) },
      maximum: { get: (c) => pick(c).maximum ?? null, set: (c, v) => (pick(c).maximum = asNumber(v, "maximum")) },
      visible: { get: (c) => pick(c).visible, set: (c, v) => (pick(c).visible = asBoolean(v, "visible")) },
      numberFormat: {
        get: (c) => pick(c).numberFormat,
        set: (c, v) => (pick(c).numberFormat = asString(v, "numberFormat")),
      },
    });
    this.title = new FakeChartAxisTitle(context, ref, `${path}.title`, "ChartAxisTitle", {
      text: {
        get: (c) => pick(c).title,
        set: (c, v) => ((pick(c).title = asString(v, "text")), (pick(c).titleVisible = pick(c).title !== "")),
      },
      visible: { get: (c) => pick(c).titleVisible, set: (c, v) => (pick(c).titleVisible = asBoolean(v, "visible")) },
    });
  }
  protected override navChildren(): Record<string, Loadable> {
    return { title: this.title };
  }
}

/** Excel.ChartAxisTitle. Setting non-empty `text` shows the title. */
export class FakeChartAxisTitle
  extends FakeChartPart<ChartState>
  implements Pick<Excel.ChartAxisTitle, "text" | "visible">
{
  declare text: string;
  declare visible: boolean;
}

/** A series: its chart and zero-based index. */
interface SeriesTarget {
  chart: ChartState;
  series: ChartSeriesState;
}

/** Excel.ChartSeriesCollection. */
export class FakeChartSeriesCollection extends FakeCollection<SeriesTarget, FakeChartSeries> {
  declare readonly count: number;

  constructor(
    context: ProxyContext,
    private readonly chart: Ref<ChartState>,
    path: string,
  ) {
    super(
      context,
      {
        typeName: "ChartSeriesCollection",
        list: () => {
          const c = chart.resolve("Chart.series");
          return c.series.map((series) => ({ chart: c, series }));
        },
        alive: () => true,
        wrap: (ref, p) => new FakeChartSeries(context, ref, p),
        itemPath: (_t, index) => `${path}.getItemAt(${index})`,
        callPath: (method, arg) => `${path}.${method}(${JSON.stringify(arg)})`,
        count: true,
      },
      path,
    );
  }

  /**
   * The series at a zero-based index: bound to the series, not the position (a series
   * removed later is gone, not replaced by the next), so not the generic getItemAt.
   */
  getItemAt(index: number): FakeChartSeries {
    return new FakeChartSeries(
      this.context,
      new Ref(
        () => {
          const c = this.chart.resolve("ChartSeriesCollection.getItemAt");
          const s = c.series[index];
          return s ? { chart: c, series: s } : null;
        },
        (t) => t.chart.series.includes(t.series),
      ),
      `${this.path}.getItemAt(${index})`,
    );
  }

  /** Adds an empty series (fill it with setValues / setXAxisValues). */
  add(name?: string, index?: number): FakeChartSeries {
    const ref = new Ref<SeriesTarget>(() => null);
    this.enqueue(
      { call: "add", args: [name ?? null, index ?? null] },
      () => {
        const c = this.chart.resolve("ChartSeriesCollection.add");
        const s = newSeries(name ?? `Series${c.series.length + 1}`);
        const at = index ?? c.series.length;
        if (at < 0 || at > c.series.length) throw invalidArgument(`Series index ${at} is out of range.`);
        c.series.splice(at, 0, s);
        ref.bind({ chart: c, series: s });
      },
      "add",
    );
    return new FakeChartSeries(this.context, ref, `${this.path}.add()`);
  }
}

/** Excel.ChartSeries. */
export class FakeChartSeries
  extends FakeClientObject<SeriesTarget>
  implements Pick<Excel.ChartSeries, "name" | "hasDataLabels" | "markerStyle" | "delete">
{
  declare name: string;
  declare hasDataLabels: boolean;
  declare markerStyle: Excel.ChartSeries["markerStyle"];
  protected readonly typeName = "ChartSeries";
  protected readonly props: PropTable<SeriesTarget> = {
    name: {
      get: (t) => t.series.name,
      set: (t, v) => ((t.series.name = asString(v, "name")), delete t.series.nameRef),
    },
    hasDataLabels: {
      get: (t) => t.series.hasDataLabels,
      set: (t, v) => (t.series.hasDataLabels = asBoolean(v, "hasDataLabels")),
    },
    markerStyle: {
      get: (t) => t.series.markerStyle,
      set: (t, v) => (t.series.markerStyle = asEnum(v, Object.values(ChartMarkerStyle), "markerStyle")),
    },
  };
  /** `series.format` (fill and line). */
  readonly format: FakeChartSeriesFormat;

  constructor(context: ProxyContext, ref: Ref<SeriesTarget>, path: string) {
    super(context, ref, path);
    this.format = new FakeChartSeriesFormat(context, ref, `${path}.format`);
  }

  protected override navChildren(): Record<string, Loadable> {
    return { format: this.format };
  }

  /** Plots the numbers in `sourceData`. */
  setValues(sourceData: FakeRange): void {
    this.enqueue(
      { call: "setValues" },
      (t) => (t.series.values = sourceData.ref.resolve("ChartSeries.setValues")),
      "setValues",
    );
  }

  /** Uses `sourceData` as the category labels. */
  setXAxisValues(sourceData: FakeRange): void {
    this.enqueue(
      { call: "setXAxisValues" },
      (t) => (t.series.xValues = sourceData.ref.resolve("ChartSeries.setXAxisValues")),
      "setXAxisValues",
    );
  }

  /** Removes the series from its chart. */
  delete(): void {
    this.enqueue({ call: "delete" }, (t) => t.chart.series.splice(t.chart.series.indexOf(t.series), 1), "delete");
  }
}

/** Excel.ChartSeriesFormat. */
export class FakeChartSeriesFormat extends FakeChartPart<SeriesTarget> {
  /** Fill of bars/areas. */
  readonly fill: FakeChartFill;
  /** Line (and bar border) colour. */
  readonly line: FakeChartLineFormat;
  constructor(context: ProxyContext, ref: Ref<SeriesTarget>, path: string) {
    super(context, ref, path, "ChartSeriesFormat", {});
    this.fill = new FakeChartFill(context, ref, `${path}.fill`, "ChartFill", {});
    this.line = new FakeChartLineFormat(context, ref, `${path}.line`, "ChartLineFormat", {
      color: { get: (t) => t.series.lineColor ?? null, set: (t, v) => (t.series.lineColor = normalizeColor(v)) },
    });
  }
  protected override navChildren(): Record<string, Loadable> {
    return { line: this.line };
  }
}

/** Excel.ChartFill. */
export class FakeChartFill
  extends FakeChartPart<SeriesTarget>
  implements Pick<Excel.ChartFill, "setSolidColor" | "clear">
{
  /** Sets a solid fill colour. */
  setSolidColor(color: string): void {
    this.enqueue(
      { call: "setSolidColor", args: [color] },
      (t) => (t.series.fillColor = normalizeColor(color)),
      "setSolidColor",
    );
  }
  /** Removes the fill. */
  clear(): void {
    this.enqueue({ call: "clear" }, (t) => delete t.series.fillColor, "clear");
  }
}

/** Excel.ChartLineFormat. */
export class FakeChartLineFormat extends FakeChartPart<SeriesTarget> implements Pick<Excel.ChartLineFormat, "color"> {
  declare color: string;
}

defineProxyProperties(FakeChartTitle, ["text", "visible"]);
defineProxyProperties(FakeChartLegend, ["visible", "position"]);
defineProxyProperties(FakeChartDataLabels, ["showValue"]);
defineProxyProperties(FakeChartAxis, ["minimum", "maximum", "visible", "numberFormat"]);
defineProxyProperties(FakeChartAxisTitle, ["text", "visible"]);
defineProxyProperties(FakeChartSeriesCollection, ["count"]);
defineProxyProperties(FakeChartSeries, ["name", "hasDataLabels", "markerStyle"]);
defineProxyProperties(FakeChartLineFormat, ["color"]);
