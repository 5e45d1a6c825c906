/**
 * The format a Custom conditional format applies, beyond the fill: the font's colour and
 * weight, and the borders of the cells it covers (all ExcelApi 1.6).
 * - Excel.ConditionalRangeFont: `color`, `bold`
 *   (https://learn.microsoft.com/en-us/javascript/api/excel/excel.conditionalrangefont).
 * - Excel.ConditionalRangeBorderCollection: `top`, `bottom`, `left`, `right` and `getItem(index)`
 *   by "EdgeTop" | "EdgeBottom" | "EdgeLeft" | "EdgeRight"
 *   (https://learn.microsoft.com/en-us/javascript/api/excel/excel.conditionalrangebordercollection).
 * - Excel.ConditionalRangeBorder: `color`, `style` ("None" | "Continuous" | "Dash" | "DashDot" |
 *   "DashDotDot" | "Dot") and the read-only `sideIndex`; a conditional border has no weight
 *   (https://learn.microsoft.com/en-us/javascript/api/excel/excel.conditionalrangeborder).
 * Anything else (another index, another style) is InvalidArgument: stricter than guessing.
 */
import { normalizeColor } from "../model/cells";
import { invalidArgument } from "../model/errors";
import type { ConditionalBorderEdge, ConditionalFormatState } from "../model/state";
import {
  defineProxyProperties,
  FakeClientObject,
  type Loadable,
  type PropTable,
  type Ref,
  type ProxyContext,
} from "./client-object";
import { asBoolean, asEnum } from "./validate";

const EDGES: readonly ConditionalBorderEdge[] = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight"];
const STYLES = ["None", "Continuous", "Dash", "DashDot", "DashDotDot", "Dot"] as const;

/** Excel.ConditionalRangeFont: `color` and `bold`. */
export class FakeConditionalFont extends FakeClientObject<ConditionalFormatState> {
  declare color: string;
  declare bold: boolean;
  protected readonly typeName = "ConditionalRangeFont";
  protected readonly props: PropTable<ConditionalFormatState> = {
    color: { get: (c) => c.fontColor ?? null, set: (c, v) => (c.fontColor = normalizeColor(v)) },
    // Unset reads as null, as a property the format leaves to the cell does.
    bold: { get: (c) => c.bold ?? null, set: (c, v) => (c.bold = asBoolean(v, "bold")) },
  };
}
defineProxyProperties(FakeConditionalFont, ["color", "bold"]);

/** Excel.ConditionalRangeBorder: one edge's `style` and `color`. */
export class FakeConditionalBorder extends FakeClientObject<ConditionalFormatState> {
  declare color: string;
  declare style: (typeof STYLES)[number];
  declare readonly sideIndex: ConditionalBorderEdge;
  protected readonly typeName = "ConditionalRangeBorder";
  protected readonly props: PropTable<ConditionalFormatState>;

  constructor(context: ProxyContext, ref: Ref<ConditionalFormatState>, path: string, edge: ConditionalBorderEdge) {
    super(context, ref, path);
    const side = (c: ConditionalFormatState) => ((c.borders ??= {})[edge] ??= {});
    this.props = {
      sideIndex: { get: () => edge },
      color: { get: (c) => c.borders?.[edge]?.color ?? null, set: (c, v) => (side(c).color = normalizeColor(v)) },
      style: {
        get: (c) => c.borders?.[edge]?.style ?? "None",
        set: (c, v) => (side(c).style = asEnum(v, STYLES, "style")),
      },
    };
  }
}
defineProxyProperties(FakeConditionalBorder, ["color", "style", "sideIndex"]);

/** Excel.ConditionalRangeBorderCollection: the four edges. */
export class FakeConditionalBorders extends FakeClientObject<ConditionalFormatState> {
  protected readonly typeName = "ConditionalRangeBorderCollection";
  protected readonly props: PropTable<ConditionalFormatState> = {};
  private readonly edges: Record<ConditionalBorderEdge, FakeConditionalBorder>;

  constructor(context: ProxyContext, ref: Ref<ConditionalFormatState>, path: string) {
    super(context, ref, path);
    this.edges = Object.fromEntries(
      EDGES.map((e) => [e, new FakeConditionalBorder(context, ref, `${path}.getItem(${JSON.stringify(e)})`, e)]),
    ) as Record<ConditionalBorderEdge, FakeConditionalBorder>;
  }

  get top(): FakeConditionalBorder {
    return this.edges.EdgeTop;
  }
  get bottom(): FakeConditionalBorder {
    return this.edges.EdgeBottom;
  }
  get left(): FakeConditionalBorder {
    return this.edges.EdgeLeft;
  }
  get right(): FakeConditionalBorder {
    return this.edges.EdgeRight;
  }

  /** The edge by its name; any other name is InvalidArgument. */
  getItem(index: string): FakeConditionalBorder {
    if (!(EDGES as readonly string[]).includes(index))
      throw invalidArgument(`ConditionalRangeBorderCollection.getItem: ${index} is not one of ${EDGES.join(", ")}.`);
    return this.edges[index as ConditionalBorderEdge];
  }

  protected override navChildren(): Record<string, Loadable> {
    return { top: this.top, bottom: this.bottom, left: this.left, right: this.right };
  }
}
