/**
 * Excel.Table and its collections. Ranges returned by a table read the sheet's cells, so
 * a table "tracks" the sheet. https://learn.microsoft.com/en-us/office/dev/add-ins/excel/excel-add-ins-tables
 */
import { renameTableInNames } from "../model/names";
import { type CellRect, parseA1 } from "../model/address";
import { invalidArgument, itemNotFound } from "../model/errors";
import type { RangeTarget, SheetState, TableState } from "../model/state";
import { defineCollectionMembers, FakeCollection } from "./collection";
import {
  defineProxyProperties,
  FakeClientObject,
  type Loadable,
  type PropTable,
  Ref,
  type ProxyContext,
  type ProxyHost,
} from "./client-object";
import { asBoolean, asString } from "./validate";
import { FakeRange } from "./range";
import { bodyRect, createTable, deleteTable, headerRect, setShowTotals, validateTableName } from "../model/table-model";
import { FakeTableRowCollection } from "./table-parts";

const aliveTable = (t: TableState): boolean => !t.deleted;

/** Excel.TableCollection (workbook-wide, or one sheet's when `scope` is given). */
export class FakeTableCollection extends FakeCollection<TableState, FakeTable> {
  declare readonly count: number;
  /** A table by name (case-insensitive) or id. */
  declare getItem: (key: string) => FakeTable;
  /** A table by name or id, or a null object. */
  declare getItemOrNullObject: (key: string) => FakeTable;
  /** The table at a zero-based index. */
  declare getItemAt: (index: number) => FakeTable;

  constructor(
    context: ProxyContext,
    private readonly scope: (() => SheetState) | null,
    path: string,
  ) {
    super(
      context,
      {
        typeName: "TableCollection",
        list: () => {
          const s = scope?.();
          return context.host.tables.filter((t) => !s || t.sheet === s);
        },
        alive: aliveTable,
        wrap: (ref, p, orNull) => new FakeTable(context, ref, p, orNull),
        itemPath: (t) => `tables.getItem(${JSON.stringify(t.name)})`,
        callPath: (method, arg) => `tables.${method}(${JSON.stringify(arg)})`,
        matches: (t, key) => t.name.toLowerCase() === key.toLowerCase() || t.id === key,
        count: true,
      },
      path,
    );
  }

  /**
   * Creates a table over `address` (a Range or an A1 string; sheet-qualified, else on
   * this collection's sheet or the active sheet). See table-model.createTable.
   */
  add(address: FakeRange | string, hasHeaders: boolean): FakeTable {
    const wb = this.context.host;
    const ref = new Ref<TableState>(() => null, aliveTable);
    this.enqueue(
      { call: "add", args: [typeof address === "string" ? address : "<range>", hasHeaders] },
      () => {
        let target: RangeTarget;
        if (typeof address === "string") {
          const a = parseA1(address);
          const sheet = a.sheet !== undefined ? wb.requireSheet(a.sheet) : (this.scope?.() ?? wb.activeSheet);
          if (!sheet) throw itemNotFound("No active worksheet.");
          target = { sheet, rect: a };
        } else target = address.ref.resolve("TableCollection.add");
        if (this.scope && target.sheet !== this.scope()) throw invalidArgument("The range is on another worksheet.");
        ref.bind(createTable(wb, target.sheet, { ...target.rect }, hasHeaders));
      },
      "add",
    );
    return new FakeTable(
      this.context,
      ref,
      `tables.add(${JSON.stringify(typeof address === "string" ? address : "<range>")})`,
    );
  }
}

function tableProps(wb: ProxyHost): PropTable<TableState> {
  return {
    id: { get: (t) => t.id },
    name: {
      get: (t) => t.name,
      set: (t, v) => {
        const name = asString(v, "name");
        validateTableName(wb, name, t);
        renameTableInNames(wb, t.name, name);
        t.name = name;
      },
    },
    showTotals: { get: (t) => t.showTotals, set: (t, v) => setShowTotals(wb, t, asBoolean(v, "showTotals")) },
    showHeaders: { get: (t) => t.showHeaders },
    style: { get: (t) => t.style, set: (t, v) => (t.style = asString(v, "style")) },
  };
}

defineCollectionMembers(FakeTableCollection, ["getItem", "getItemOrNullObject", "getItemAt"]);

/** Excel.Table. */
export class FakeTable
  extends FakeClientObject<TableState>
  implements Pick<Excel.Table, "id" | "name" | "showTotals" | "showHeaders" | "style" | "delete">
{
  declare readonly id: string;
  declare name: string;
  declare showTotals: boolean;
  declare readonly showHeaders: boolean;
  declare style: string;
  protected readonly typeName = "Table";
  protected readonly props: PropTable<TableState>;

  constructor(context: ProxyContext, ref: Ref<TableState>, path: string, orNull = false) {
    super(context, ref, path, orNull);
    this.props = tableProps(context.host);
  }

  protected override navChildren(): Record<string, Loadable> {
    return { rows: this.rows, worksheet: this.worksheet };
  }

  private range(call: string, rect: (t: TableState) => CellRect | undefined): FakeRange {
    return FakeRange.lazy(
      this.context,
      () => {
        const t = this.ref.resolve(`Table.${call}`);
        const r = rect(t);
        if (!r) throw itemNotFound("The table has no totals row.", `Table.${call}`);
        return { sheet: t.sheet, rect: r };
      },
      `${this.path}.${call}()`,
    );
  }

  /** The whole table. */
  getRange(): FakeRange {
    return this.range("getRange", (t) => t.rect);
  }

  /** The header row. */
  getHeaderRowRange(): FakeRange {
    return this.range("getHeaderRowRange", headerRect);
  }

  /** The data rows. */
  getDataBodyRange(): FakeRange {
    return this.range("getDataBodyRange", bodyRect);
  }

  private rowsProxy: FakeTableRowCollection | undefined;

  /** The table's data rows. */
  get rows(): FakeTableRowCollection {
    this.rowsProxy ??= new FakeTableRowCollection(this.context, this.ref, `${this.path}.rows`);
    return this.rowsProxy;
  }

  /** Deletes the table and its cells' contents and formats. */
  delete(): void {
    this.enqueue({ call: "delete" }, (t) => deleteTable(this.context.host, t), "delete");
  }
}

defineProxyProperties(FakeTableCollection, ["count"]);
defineProxyProperties(FakeTable, ["id", "name", "showTotals", "showHeaders", "style"]);
