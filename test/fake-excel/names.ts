/**
 * Excel.NamedItemCollection / NamedItem (workbook- or sheet-scoped defined names).
 */
import { formatA1, quoteSheetName } from "./address";
import { valueTypeOf } from "./cells";
import type { FakeRequestContext } from "./context";
import { FakeErrorCodes, officeError } from "./errors";
import type { NamedItemState, SheetState } from "./model";
import { FakeCollection } from "./collection";
import { defineProxyProperties, FakeClientObject, type PropTable, Ref } from "./proxy";
import { asBoolean, asString } from "./validate";
import { FakeRange } from "./range";
import { validateTableName } from "./table-model";
import type { FakeWorkbook } from "./workbook";

const aliveName = (n: NamedItemState): boolean => !n.deleted;

function constantOf(formula: string): string | number | boolean {
  const body = formula.replace(/^=/, "");
  if (/^".*"$/.test(body)) return body.slice(1, -1).replace(/""/g, '"');
  if (/^(true|false)$/i.test(body)) return body.toUpperCase() === "TRUE";
  const n = Number(body);
  return body !== "" && Number.isFinite(n) ? n : body;
}

function nameProps(wb: FakeWorkbook): PropTable<NamedItemState> {
  const isRange = (n: NamedItemState): boolean => wb.tryParseRef(n.formula) !== undefined;
  return {
    name: { get: (n) => n.name },
    formula: { get: (n) => n.formula, set: (n, v) => (n.formula = asString(v, "formula")) },
    comment: { get: (n) => n.comment, set: (n, v) => (n.comment = asString(v, "comment")) },
    visible: { get: (n) => n.visible, set: (n, v) => (n.visible = asBoolean(v, "visible")) },
    scope: { get: (n) => (n.scope ? "Worksheet" : "Workbook") },
    type: {
      get: (n) => {
        if (isRange(n)) return "Range";
        const t = valueTypeOf(constantOf(n.formula));
        return t === "Empty" ? "String" : t;
      },
    },
    value: { get: (n) => (isRange(n) ? n.formula.replace(/^=/, "") : constantOf(n.formula)) },
  };
}

/** Excel.NamedItemCollection: the workbook's names, or one sheet's when `scope` is given. */
export class FakeNamedItemCollection extends FakeCollection<NamedItemState, FakeNamedItem> {
  protected readonly typeName = "NamedItemCollection";
  protected readonly props: PropTable<NamedItemState[]> = {};

  constructor(
    context: FakeRequestContext,
    private readonly scope: (() => SheetState) | null,
    path: string,
  ) {
    super(
      context,
      new Ref(
        () => {
          const s = scope?.() ?? undefined;
          return context.host.names.filter((n) => n.scope === s);
        },
        () => true,
        true,
      ),
      path,
    );
  }

  protected makeItem(n: NamedItemState): FakeNamedItem {
    return new FakeNamedItem(this.context, Ref.to(n, aliveName), `names.getItem(${JSON.stringify(n.name)})`);
  }

  /** Defines a name for a Range or a formula string ("=Sheet1!$A$1", "=0.07"). */
  add(name: string, reference: FakeRange | string, comment?: string): FakeNamedItem {
    const wb = this.context.host;
    const ref = new Ref<NamedItemState>(() => null, aliveName);
    this.enqueue(
      { call: "add", args: [name, typeof reference === "string" ? reference : "<range>", comment ?? ""] },
      () => {
        validateTableName(wb, name);
        let formula: string;
        if (typeof reference === "string") formula = reference.startsWith("=") ? reference : `=${reference}`;
        else {
          const t = reference.ref.resolve("NamedItemCollection.add");
          formula = `=${quoteSheetName(t.sheet.name)}!${formatA1(t.rect, undefined, { absolute: true })}`;
        }
        const scope = this.scope?.();
        const item: NamedItemState = {
          name,
          formula,
          comment: comment ?? "",
          visible: true,
          deleted: false,
          ...(scope ? { scope } : {}),
        };
        wb.names.push(item);
        ref.bind(item);
      },
      "add",
    );
    return new FakeNamedItem(this.context, ref, `names.add(${JSON.stringify(name)})`);
  }

  private lookup(name: string, orNull: boolean): FakeNamedItem {
    const n = new FakeNamedItem(
      this.context,
      new Ref(() => this.ref.resolve().find((x) => x.name.toLowerCase() === name.toLowerCase()) ?? null, aliveName),
      `names.${orNull ? "getItemOrNullObject" : "getItem"}(${JSON.stringify(name)})`,
      orNull,
    );
    if (orNull) n.enqueueProbe();
    return n;
  }

  /** A name (case-insensitive); ItemNotFound at sync if missing. */
  getItem(name: string): FakeNamedItem {
    return this.lookup(name, false);
  }

  /** A name, or a null object. */
  getItemOrNullObject(name: string): FakeNamedItem {
    return this.lookup(name, true);
  }
}

/** Excel.NamedItem. */
export class FakeNamedItem
  extends FakeClientObject<NamedItemState>
  implements Pick<Excel.NamedItem, "name" | "formula" | "comment" | "visible" | "scope" | "type" | "value" | "delete">
{
  declare readonly name: string;
  declare formula: string;
  declare comment: string;
  declare visible: boolean;
  declare readonly scope: "Worksheet" | "Workbook";
  declare readonly type: Excel.NamedItem["type"];
  declare readonly value: unknown;
  protected readonly typeName = "NamedItem";
  protected readonly props: PropTable<NamedItemState>;

  constructor(context: FakeRequestContext, ref: Ref<NamedItemState>, path: string, orNull = false) {
    super(context, ref, path, orNull);
    this.props = nameProps(context.host);
  }

  private rangeOf(orNull: boolean): FakeRange {
    const wb = this.context.host;
    return FakeRange.lazy(
      this.context,
      () => {
        const n = this.ref.resolve("NamedItem.getRange");
        const a = wb.tryParseRef(n.formula);
        const sheet = a?.sheet === undefined ? undefined : wb.findSheet(a.sheet);
        if (!a || !sheet) {
          if (orNull) return null;
          throw officeError(FakeErrorCodes.invalidReference, `The name '${n.name}' doesn't refer to a range.`);
        }
        return { sheet, rect: { startRow: a.startRow, startCol: a.startCol, endRow: a.endRow, endCol: a.endCol } };
      },
      `${this.path}.getRange()`,
      orNull,
    );
  }

  /** The range the name refers to (InvalidReference at sync for constants). */
  getRange(): FakeRange {
    return this.rangeOf(false);
  }

  /** The range, or a null object when the name is not a range. */
  getRangeOrNullObject(): FakeRange {
    return this.rangeOf(true);
  }

  /** Deletes the name. */
  delete(): void {
    this.enqueue(
      { call: "delete" },
      (n) => {
        const wb = this.context.host;
        wb.names.splice(wb.names.indexOf(n), 1);
        n.deleted = true;
      },
      "delete",
    );
  }
}

defineProxyProperties(FakeNamedItem, ["name", "formula", "comment", "visible", "scope", "type", "value"]);
