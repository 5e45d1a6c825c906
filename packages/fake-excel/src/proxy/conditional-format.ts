/**
 * Excel.ConditionalFormatCollection / ConditionalFormat, the Custom type only (a formula rule
 * with a fill and a font colour): what the add-in uses to highlight issues without touching
 * the cells' own formats.
 * https://learn.microsoft.com/en-us/office/dev/add-ins/excel/excel-add-ins-conditional-formatting
 */
import { assertSheetWritable } from "../model/protection";
import { type CellRect } from "../model/address";
import { normalizeColor } from "../model/cells";
import { defineCollectionMembers, FakeCollection } from "./collection";
import { FakeConditionalBorders, FakeConditionalFont } from "./conditional-format-parts";
import { invalidArgument } from "../model/errors";
import type { ConditionalFormatState, RangeTarget, SheetState } from "../model/state";
import {
  defineProxyProperties,
  FakeClientObject,
  type Loadable,
  type PropTable,
  Ref,
  type ProxyContext,
} from "./client-object";
import { asString } from "./validate";

const alive = (c: ConditionalFormatState): boolean => !c.deleted && !c.sheet.deleted;

function intersects(a: CellRect, b: CellRect): boolean {
  return a.startRow <= b.endRow && b.startRow <= a.endRow && a.startCol <= b.endCol && b.startCol <= a.endCol;
}

/** The live conditional formats of a sheet. */
export function sheetConditionalFormats(sheet: SheetState): ConditionalFormatState[] {
  return (sheet.conditionalFormats ?? []).filter(alive);
}

/**
 * True for the constant rule formulas the host evaluates: =TRUE, and =ISTEXT("any text")
 * (a text constant is text). Any other formula counts as not applying.
 */
export function isConstantTrueRule(formula: string): boolean {
  const f = formula.trim();
  return /^=\s*TRUE\s*$/i.test(f) || /^=\s*ISTEXT\s*\(\s*"(?:[^"]|"")*"\s*\)\s*$/i.test(f);
}

/** What conditional formats give a cell: fill, font colour and weight, and the edges drawn. */
export interface ConditionalStyle {
  fill?: string;
  fontColor?: string;
  bold?: boolean;
  borders?: ConditionalFormatState["borders"];
}

/**
 * The format conditional formats give a cell, for renderers (the preview's grid). Only
 * constant rules are evaluated (see {@link isConstantTrueRule}); the first applying format
 * wins, as with Excel's priority order (the collection is kept in priority order). Borders are
 * those of the format's range: a cell inside a larger range gets only the edges it lies on.
 */
export function conditionalStyleAt(sheet: SheetState, row: number, col: number): ConditionalStyle {
  for (const cf of sheetConditionalFormats(sheet)) {
    const r = cf.rect;
    if (row < r.startRow || row > r.endRow || col < r.startCol || col > r.endCol) continue;
    if (!isConstantTrueRule(cf.formula)) continue;
    const on: Record<string, boolean> = {
      EdgeTop: row === r.startRow,
      EdgeBottom: row === r.endRow,
      EdgeLeft: col === r.startCol,
      EdgeRight: col === r.endCol,
    };
    const edges = Object.entries(cf.borders ?? {}).filter(([e, b]) => on[e] && b && b.style && b.style !== "None");
    return {
      ...(cf.fill ? { fill: cf.fill } : {}),
      ...(cf.fontColor ? { fontColor: cf.fontColor } : {}),
      ...(cf.bold !== undefined ? { bold: cf.bold } : {}),
      ...(edges.length ? { borders: Object.fromEntries(edges) } : {}),
    };
  }
  return {};
}

/** Excel.ConditionalFormatCollection of a range: the formats that intersect it. */
export class FakeConditionalFormatCollection extends FakeCollection<ConditionalFormatState, FakeConditionalFormat> {
  /** The format with this id among those on the range; ItemNotFound at sync if missing. */
  declare getItem: (id: string) => FakeConditionalFormat;
  /** The format with this id, or a null object (ExcelApi 1.14). */
  declare getItemOrNullObject: (id: string) => FakeConditionalFormat;

  constructor(
    context: ProxyContext,
    private readonly range: Ref<RangeTarget>,
    path: string,
  ) {
    super(
      context,
      {
        typeName: "ConditionalFormatCollection",
        list: () => {
          const t = range.resolve("ConditionalFormatCollection");
          return sheetConditionalFormats(t.sheet).filter((c) => intersects(c.rect, t.rect));
        },
        alive,
        wrap: (ref, p, orNull) => new FakeConditionalFormat(context, ref, p, orNull),
        itemPath: (c) => `${path}.getItem(${JSON.stringify(c.id)})`,
        callPath: (method, id) => `${path}.${method}(${JSON.stringify(id)})`,
        matches: (c, id) => c.id === id,
      },
      path,
    );
  }

  /** Adds a conditional format over the range; only "Custom" is modelled. */
  add(type: string): FakeConditionalFormat {
    const ref = new Ref<ConditionalFormatState>(() => null, alive);
    const wb = this.context.host;
    this.enqueue(
      { call: "add", args: [type] },
      () => {
        if (type !== "Custom")
          throw invalidArgument(`The fake host models only Custom conditional formats, not ${type}.`);
        const t = this.range.resolve("ConditionalFormatCollection.add");
        assertSheetWritable(t.sheet);
        const cf: ConditionalFormatState = {
          id: wb.newId("cf"),
          sheet: t.sheet,
          rect: { ...t.rect },
          type: "Custom",
          formula: "",
          deleted: false,
        };
        // "Adds a new conditional format to the collection at the first/top priority."
        // https://learn.microsoft.com/en-us/javascript/api/excel/excel.conditionalformatcollection#excel-excel-conditionalformatcollection-add-member(1)
        (t.sheet.conditionalFormats ??= []).unshift(cf);
        ref.bind(cf);
      },
      "add",
    );
    return new FakeConditionalFormat(this.context, ref, `${this.path}.add(${JSON.stringify(type)})`);
  }
}

defineCollectionMembers(FakeConditionalFormatCollection, ["getItem", "getItemOrNullObject"]);

/** Excel.ConditionalFormat. */
export class FakeConditionalFormat
  extends FakeClientObject<ConditionalFormatState>
  implements Pick<Excel.ConditionalFormat, "id" | "type" | "delete">
{
  declare readonly id: string;
  declare readonly type: Excel.ConditionalFormat["type"];
  protected readonly typeName = "ConditionalFormat";
  protected readonly props: PropTable<ConditionalFormatState> = {
    id: { get: (c) => c.id },
    type: { get: (c) => c.type },
  };
  private customProxy: FakeCustomConditionalFormat | undefined;

  /** The Custom type's rule and format. */
  get custom(): FakeCustomConditionalFormat {
    this.customProxy ??= new FakeCustomConditionalFormat(this.context, this.ref, `${this.path}.custom`);
    return this.customProxy;
  }

  protected override navChildren(): Record<string, Loadable> {
    return { custom: this.custom };
  }

  /** Removes the conditional format. */
  delete(): void {
    this.enqueue(
      { call: "delete" },
      (c) => {
        assertSheetWritable(c.sheet);
        c.deleted = true;
      },
      "delete",
    );
  }
}
defineProxyProperties(FakeConditionalFormat, ["id", "type"]);

/** Excel.CustomConditionalFormat: `rule.formula` and `format.fill/font`. */
export class FakeCustomConditionalFormat extends FakeClientObject<ConditionalFormatState> {
  protected readonly typeName = "CustomConditionalFormat";
  protected readonly props: PropTable<ConditionalFormatState> = {};
  readonly rule: FakeConditionalFormatRule;
  readonly format: FakeConditionalRangeFormat;

  constructor(context: ProxyContext, ref: Ref<ConditionalFormatState>, path: string) {
    super(context, ref, path);
    this.rule = new FakeConditionalFormatRule(context, ref, `${path}.rule`);
    this.format = new FakeConditionalRangeFormat(context, ref, `${path}.format`);
  }

  protected override navChildren(): Record<string, Loadable> {
    return { rule: this.rule, format: this.format };
  }
}

/** Excel.ConditionalFormatRule. */
export class FakeConditionalFormatRule extends FakeClientObject<ConditionalFormatState> {
  declare formula: string;
  protected readonly typeName = "ConditionalFormatRule";
  protected readonly props: PropTable<ConditionalFormatState> = {
    formula: { get: (c) => c.formula, set: (c, v) => (c.formula = asString(v, "formula")) },
  };
}
defineProxyProperties(FakeConditionalFormatRule, ["formula"]);

/** Excel.ConditionalRangeFormat: `fill`, `font` and `borders` of the highlighted cells. */
export class FakeConditionalRangeFormat extends FakeClientObject<ConditionalFormatState> {
  protected readonly typeName = "ConditionalRangeFormat";
  protected readonly props: PropTable<ConditionalFormatState> = {};
  readonly fill: FakeConditionalFill;
  readonly font: FakeConditionalFont;
  readonly borders: FakeConditionalBorders;

  constructor(context: ProxyContext, ref: Ref<ConditionalFormatState>, path: string) {
    super(context, ref, path);
    this.fill = new FakeConditionalFill(context, ref, `${path}.fill`);
    this.font = new FakeConditionalFont(context, ref, `${path}.font`);
    this.borders = new FakeConditionalBorders(context, ref, `${path}.borders`);
  }

  protected override navChildren(): Record<string, Loadable> {
    return { fill: this.fill, font: this.font, borders: this.borders };
  }
}

/** Excel.ConditionalRangeFill: the `color` property. */
export class FakeConditionalFill extends FakeClientObject<ConditionalFormatState> {
  declare color: string;
  protected readonly typeName = "ConditionalRangeFill";
  protected readonly props: PropTable<ConditionalFormatState> = {
    color: { get: (c) => c.fill ?? null, set: (c, v) => (c.fill = normalizeColor(v)) },
  };
}
defineProxyProperties(FakeConditionalFill, ["color"]);
