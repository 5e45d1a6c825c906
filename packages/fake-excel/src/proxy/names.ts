/**
 * Excel.NamedItemCollection / NamedItem (workbook- or sheet-scoped defined names).
 */
import { formatA1, quoteSheetName } from "../model/address";
import { valueTypeOf } from "../model/cells";
import { FakeErrorCodes, invalidArgument, officeError } from "../model/errors";
import type { NamedItemState, SheetState } from "../model/state";
import { defineCollectionMembers, FakeCollection } from "./collection";
import {
  defineProxyProperties,
  FakeClientObject,
  type PropTable,
  Ref,
  type ProxyContext,
  type ProxyHost,
} from "./client-object";
import { asBoolean, asString } from "./validate";
import { FakeRange } from "./range";
import { validateTableName } from "../model/table-model";
import { nameTarget } from "../model/names";

const aliveName = (n: NamedItemState): boolean => !n.deleted;

function constantOf(formula: string): string | number | boolean {
  const body = formula.replace(/^=/, "");
  if (/^".*"$/.test(body)) return body.slice(1, -1).replace(/""/g, '"');
  if (/^(true|false)$/i.test(body)) return body.toUpperCase() === "TRUE";
  const n = Number(body);
  return body !== "" && Number.isFinite(n) ? n : body;
}

/**
 * A name's comment: "The comment text cannot exceed 255 characters"
 * (https://learn.microsoft.com/en-us/office/vba/api/excel.name.comment). What Office.js
 * answers past that is undocumented; the host refuses (stricter).
 */
function checkedComment(comment: string): string {
  if (comment.length > 255) throw invalidArgument("A name's comment can't be longer than 255 characters.");
  return comment;
}

function nameProps(wb: ProxyHost): PropTable<NamedItemState> {
  // NamedItem.type is "Range" for a name referring to cells, its value the address
  // (https://learn.microsoft.com/en-us/javascript/api/excel/excel.nameditem#excel-excel-nameditem-value-member).
  const isRange = (n: NamedItemState): boolean => nameTarget(wb, n.formula) !== undefined;
  const addressOf = (n: NamedItemState): string => {
    const t = nameTarget(wb, n.formula);
    return t ? `${quoteSheetName(t.sheet.name)}!${formatA1(t.rect, undefined, { absolute: true })}` : "";
  };
  return {
    name: { get: (n) => n.name },
    formula: { get: (n) => n.formula, set: (n, v) => (n.formula = asString(v, "formula")) },
    comment: { get: (n) => n.comment, set: (n, v) => (n.comment = checkedComment(asString(v, "comment"))) },
    visible: { get: (n) => n.visible, set: (n, v) => (n.visible = asBoolean(v, "visible")) },
    scope: { get: (n) => (n.scope ? "Worksheet" : "Workbook") },
    type: {
      get: (n) => {
        if (isRange(n)) return "Range";
        const t = valueTypeOf(constantOf(n.formula));
        return t === "Empty" ? "String" : t;
      },
    },
    value: { get: (n) => (isRange(n) ? addressOf(n) : constantOf(n.formula)) },
  };
}

/** Excel.NamedItemCollection: the workbook's names, or one sheet's when `scope` is given. */
export class FakeNamedItemCollection extends FakeCollection<NamedItemState, FakeNamedItem> {
  /** A name (case-insensitive); ItemNotFound at sync if missing. */
  declare getItem: (name: string) => FakeNamedItem;
  /** A name, or a null object. */
  declare getItemOrNullObject: (name: string) => FakeNamedItem;

  constructor(
    context: ProxyContext,
    private readonly scope: (() => SheetState) | null,
    path: string,
  ) {
    super(
      context,
      {
        typeName: "NamedItemCollection",
        list: () => {
          const s = scope?.() ?? undefined;
          return context.host.names.filter((n) => n.scope === s);
        },
        alive: aliveName,
        wrap: (ref, p, orNull) => new FakeNamedItem(context, ref, p, orNull),
        itemPath: (n) => `names.getItem(${JSON.stringify(n.name)})`,
        callPath: (method, name) => `names.${method}(${JSON.stringify(name)})`,
        matches: (n, name) => n.name.toLowerCase() === name.toLowerCase(),
      },
      path,
    );
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
          comment: checkedComment(comment ?? ""),
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
}

defineCollectionMembers(FakeNamedItemCollection, ["getItem", "getItemOrNullObject"]);

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

  constructor(context: ProxyContext, ref: Ref<NamedItemState>, path: string, orNull = false) {
    super(context, ref, path, orNull);
    this.props = nameProps(context.host);
  }

  private rangeOf(orNull: boolean): FakeRange {
    const wb = this.context.host;
    return FakeRange.lazy(
      this.context,
      () => {
        const n = this.ref.resolve("NamedItem.getRange");
        const target = nameTarget(wb, n.formula);
        if (!target) {
          if (orNull) return null;
          throw officeError(FakeErrorCodes.invalidReference, `The name '${n.name}' doesn't refer to a range.`);
        }
        return target;
      },
      `${this.path}.getRange()`,
      orNull,
    );
  }

  /** The range the name refers to (InvalidReference at sync for constants). */
  getRange(): FakeRange {
    return this.rangeOf(false);
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
