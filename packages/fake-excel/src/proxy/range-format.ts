/**
 * Excel.RangeFormat, RangeFill and RangeFont (RangeBorderCollection is in borders.ts). A format property of a multi-cell range
 * reads as null when the cells differ, as in Excel.
 */
import { assertSheetWritable } from "../model/protection";
import { rectCellCount } from "../model/address";
import { type BorderKey, type CellFormat, normalizeColor } from "../model/cells";
import { FakeRangeBorderCollection } from "./borders";
import { invalidArgument } from "../model/errors";
import { DEFAULT_COLUMN_WIDTH, parseCellKey, type RangeTarget } from "../model/state";
import {
  defineProxyProperties,
  FakeClientObject,
  type Loadable,
  type PropTable,
  Ref,
  type ProxyContext,
  type ProxyHost,
} from "./client-object";
import { asBoolean, asEnum, asNumber, asString } from "./validate";

/** The plain (non-border) attributes of a cell's format. */
type PlainFormat = Omit<CellFormat, BorderKey>;

const DEFAULTS: Required<PlainFormat> = {
  fill: "#FFFFFF",
  fontColor: "#000000",
  bold: false,
  italic: false,
  fontName: "Calibri",
  fontSize: 11,
  horizontalAlignment: "General",
  wrapText: false,
};

const H_ALIGN = [
  "General",
  "Left",
  "Center",
  "Right",
  "Fill",
  "Justify",
  "CenterAcrossSelection",
  "Distributed",
] as const;

/** The common value of a format attribute over a range, or null when cells differ. Sparse: visits stored cells only. */
function uniform<K extends keyof PlainFormat>(t: RangeTarget, key: K): Required<PlainFormat>[K] | null {
  let seen: Required<PlainFormat>[K] | undefined;
  let stored = 0;
  for (const [k, cell] of t.sheet.cells) {
    const { row, col } = parseCellKey(k);
    if (row < t.rect.startRow || row > t.rect.endRow || col < t.rect.startCol || col > t.rect.endCol) continue;
    stored++;
    const v = (cell.format?.[key] ?? DEFAULTS[key]) as Required<PlainFormat>[K];
    if (seen === undefined) seen = v;
    else if (seen !== v) return null;
  }
  if (stored < rectCellCount(t.rect)) {
    if (seen !== undefined && seen !== DEFAULTS[key]) return null;
    return DEFAULTS[key];
  }
  return seen ?? DEFAULTS[key];
}

function setAll<K extends keyof PlainFormat>(
  wb: ProxyHost,
  t: RangeTarget,
  key: K,
  value: CellFormat[K] | undefined,
): void {
  for (let r = t.rect.startRow; r <= t.rect.endRow; r++) {
    for (let c = t.rect.startCol; c <= t.rect.endCol; c++) {
      wb.setCellFormat(t.sheet, r, c, key, value === DEFAULTS[key] ? undefined : value);
    }
  }
}

function formatProps(wb: ProxyHost): PropTable<RangeTarget> {
  return {
    columnWidth: {
      get: (t) => {
        let w: number | undefined;
        for (let c = t.rect.startCol; c <= t.rect.endCol; c++) {
          const cw = t.sheet.columnWidths.get(c) ?? DEFAULT_COLUMN_WIDTH;
          if (w === undefined) w = cw;
          else if (w !== cw) return null;
        }
        return w ?? DEFAULT_COLUMN_WIDTH;
      },
      set: (t, v) => {
        const w = asNumber(v, "columnWidth");
        if (w < 0) throw invalidArgument("columnWidth can't be negative.");
        assertSheetWritable(t.sheet);
        // A width equal to the standard one reads back the same as no width set: store neither,
        // so restoring a column's width leaves the document as it was.
        for (let c = t.rect.startCol; c <= t.rect.endCol; c++) {
          if (w === DEFAULT_COLUMN_WIDTH) t.sheet.columnWidths.delete(c);
          else t.sheet.columnWidths.set(c, w);
        }
      },
    },
    horizontalAlignment: {
      get: (t) => uniform(t, "horizontalAlignment"),
      set: (t, v) => setAll(wb, t, "horizontalAlignment", asEnum(v, H_ALIGN, "horizontalAlignment")),
    },
    wrapText: {
      get: (t) => uniform(t, "wrapText"),
      set: (t, v) => setAll(wb, t, "wrapText", asBoolean(v, "wrapText")),
    },
  };
}

/** Excel.RangeFormat. */
export class FakeRangeFormat
  extends FakeClientObject<RangeTarget>
  implements Pick<Excel.RangeFormat, "columnWidth" | "horizontalAlignment" | "wrapText">
{
  declare columnWidth: number;
  declare horizontalAlignment:
    | Excel.HorizontalAlignment
    | "General"
    | "Left"
    | "Center"
    | "Right"
    | "Fill"
    | "Justify"
    | "CenterAcrossSelection"
    | "Distributed";
  declare wrapText: boolean;
  protected readonly typeName = "RangeFormat";
  protected readonly props: PropTable<RangeTarget>;
  /** `format.fill`. */
  readonly fill: FakeRangeFill;
  /** `format.font`. */
  readonly font: FakeRangeFont;
  /** `format.borders`. */
  readonly borders: FakeRangeBorderCollection;

  constructor(context: ProxyContext, ref: Ref<RangeTarget>, path: string) {
    super(context, ref, path);
    this.props = formatProps(context.host);
    this.fill = new FakeRangeFill(context, ref, `${path}.fill`);
    this.font = new FakeRangeFont(context, ref, `${path}.font`);
    this.borders = new FakeRangeBorderCollection(context, ref, `${path}.borders`);
  }

  protected override navChildren(): Record<string, Loadable> {
    return { fill: this.fill, font: this.font };
  }
}

/** Excel.RangeFill. Reads "#FFFFFF" when no fill is set, as Excel does. */
export class FakeRangeFill extends FakeClientObject<RangeTarget> implements Pick<Excel.RangeFill, "color" | "clear"> {
  declare color: string;
  protected readonly typeName = "RangeFill";
  protected readonly props: PropTable<RangeTarget>;

  constructor(context: ProxyContext, ref: Ref<RangeTarget>, path: string) {
    super(context, ref, path);
    const wb = context.host;
    this.props = { color: { get: (t) => uniform(t, "fill"), set: (t, v) => setAll(wb, t, "fill", normalizeColor(v)) } };
  }

  /** Removes the fill. */
  clear(): void {
    this.enqueue({ call: "clear" }, (t) => setAll(this.context.host, t, "fill", undefined), "clear");
  }
}

/** Excel.RangeFont. */
export class FakeRangeFont
  extends FakeClientObject<RangeTarget>
  implements Pick<Excel.RangeFont, "color" | "bold" | "italic" | "name" | "size">
{
  declare color: string;
  declare bold: boolean;
  declare italic: boolean;
  declare name: string;
  declare size: number;
  protected readonly typeName = "RangeFont";
  protected readonly props: PropTable<RangeTarget>;

  constructor(context: ProxyContext, ref: Ref<RangeTarget>, path: string) {
    super(context, ref, path);
    const wb = context.host;
    this.props = {
      color: { get: (t) => uniform(t, "fontColor"), set: (t, v) => setAll(wb, t, "fontColor", normalizeColor(v)) },
      bold: { get: (t) => uniform(t, "bold"), set: (t, v) => setAll(wb, t, "bold", asBoolean(v, "bold")) },
      italic: { get: (t) => uniform(t, "italic"), set: (t, v) => setAll(wb, t, "italic", asBoolean(v, "italic")) },
      name: { get: (t) => uniform(t, "fontName"), set: (t, v) => setAll(wb, t, "fontName", asString(v, "font name")) },
      size: { get: (t) => uniform(t, "fontSize"), set: (t, v) => setAll(wb, t, "fontSize", asNumber(v, "font size")) },
    };
  }
}

defineProxyProperties(FakeRangeFormat, ["columnWidth", "horizontalAlignment", "wrapText"]);
defineProxyProperties(FakeRangeFill, ["color"]);
defineProxyProperties(FakeRangeFont, ["color", "bold", "italic", "name", "size"]);
