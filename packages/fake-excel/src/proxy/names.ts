/**
 * Excel.NamedItemCollection / NamedItem (workbook- or sheet-scoped defined names).
 */
import { formatA1, quoteSheetName } from "../model/address";
import { valueTypeOf } from "../model/cells";
import type { FakeRequestContext } from "./context";
import { FakeErrorCodes, invalidArgument, officeError } from "../model/errors";
import type { NamedItemState, RangeTarget, SheetState } from "../model/state";
import { FakeCollection } from "./collection";
import { defineProxyProperties, FakeClientObject, type PropTable, Ref } from "./client-object";
import { asBoolean, asString } from "../model/validate";
import { FakeRange } from "./range";
import { bodyRect, validateTableName } from "../model/table-model";
import type { FakeWorkbook } from "../model/workbook";

const aliveName = (n: NamedItemState): boolean => !n.deleted;

function constantOf(formula: string): string | number | boolean {
  const body = formula.replace(/^=/, "");
  if (/^".*"$/.test(body)) return body.slice(1, -1).replace(/""/g, '"');
  if (/^(true|false)$/i.test(body)) return body.toUpperCase() === "TRUE";
  const n = Number(body);
  return body !== "" && Number.isFinite(n) ? n : body;
}

/** `=tblFoo[#All]`, `=tblFoo[]` or `=tblFoo`: the table's name and whether the headers are included. */
function structuredRef(formula: string): { table: string; all: boolean } | undefined {
  const m = /^=([A-Za-z_\\][A-Za-z0-9_.\\]*)(\[(?:#All)?\])?$/i.exec(formula.trim());
  return m ? { table: m[1]!, all: /#All/i.test(m[2] ?? "") } : undefined;
}

/**
 * The cells a name refers to: a sheet-qualified A1 reference, or a table's structured
 * reference ("=tblFoo[#All]" the whole table, "=tblFoo" or "=tblFoo[]" its data body), which
 * Excel accepts as a name's "Refers to" and keeps up to date as the table grows, moves or is
 * renamed ("Using structured references with Excel tables",
 * https://support.microsoft.com/en-us/office/using-structured-references-with-excel-tables-f5ed2452-2337-4f71-bed3-c8ae6d2b276e).
 * Other structured references (a column, #Headers) are not modelled: undefined, as for constants.
 */
export function nameTarget(wb: FakeWorkbook, formula: string): RangeTarget | undefined {
  const s = structuredRef(formula);
  if (s) {
    const t = wb.findTable(s.table);
    if (!t) return undefined;
    return { sheet: t.sheet, rect: s.all ? { ...t.rect } : bodyRect(t) };
  }
  const a = wb.tryParseRef(formula);
  const sheet = a?.sheet === undefined ? undefined : wb.findSheet(a.sheet);
  if (!a || !sheet) return undefined;
  return { sheet, rect: { startRow: a.startRow, startCol: a.startCol, endRow: a.endRow, endCol: a.endCol } };
}

/** A table renamed: names referring to it follow (structured references update, page above). */
export function renameTableInNames(wb: FakeWorkbook, from: string, to: string): void {
  for (const n of wb.names) {
    const s = structuredRef(n.formula);
    if (s && s.table.toLowerCase() === from.toLowerCase()) n.formula = n.formula.replace(s.table, to);
  }
}

/** A table deleted (or its sheet): names referring to it hold `=#REF!`, as a deleted range's do. */
export function deleteTableInNames(wb: FakeWorkbook, table: string): void {
  for (const n of wb.names) {
    const s = structuredRef(n.formula);
    if (s && s.table.toLowerCase() === table.toLowerCase()) n.formula = "=#REF!";
  }
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

function nameProps(wb: FakeWorkbook): PropTable<NamedItemState> {
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
