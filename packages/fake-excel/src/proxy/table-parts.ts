/**
 * The rows of an Excel.Table (`table.rows`).
 */
import type { CellRect } from "../model/address";
import { FakeCollection } from "./collection";
import type { TableState } from "../model/state";
import {
  defineProxyProperties,
  FakeClientObject,
  type PropTable,
  Ref,
  type ProxyContext,
  type ProxyHost,
} from "./client-object";
import { FakeRange, writeCells } from "./range";
import { addTableRows, bodyRect, bodyRowCount, deleteTableRow } from "../model/table-model";

/** A data row: the table and its zero-based index in the body. */
interface RowTarget {
  table: TableState;
  index: number;
}

function rowRect(r: RowTarget): CellRect {
  const b = bodyRect(r.table);
  return { ...b, startRow: b.startRow + r.index, endRow: b.startRow + r.index };
}

/** Excel.TableRowCollection. */
export class FakeTableRowCollection extends FakeCollection<RowTarget, FakeTableRow> {
  constructor(
    context: ProxyContext,
    private readonly table: Ref<TableState>,
    path: string,
  ) {
    super(
      context,
      {
        typeName: "TableRowCollection",
        list: () => {
          const t = table.resolve("Table.rows");
          return Array.from({ length: bodyRowCount(t) }, (_, index) => ({ table: t, index }));
        },
        alive: () => true,
        wrap: (ref, p) => new FakeTableRow(context, ref, p),
        itemPath: (r) => `${path}.getItemAt(${r.index})`,
        callPath: (method, arg) => `${path}.${method}(${JSON.stringify(arg)})`,
        count: true,
      },
      path,
    );
  }

  declare readonly count: number;

  /**
   * Inserts data rows at `index` (append when omitted) and writes `values`; the table and
   * the cells below it in its columns move down.
   */
  add(index?: number | null, values?: unknown[][] | boolean | string | number, _alwaysInsert?: boolean): FakeTableRow {
    const ref = new Ref<RowTarget>(() => null);
    this.enqueue(
      { call: "add", args: [index ?? null, values ?? null] },
      () => {
        const t = this.table.resolve("TableRowCollection.add");
        const at = addTableRows(this.context.host, t, index, values);
        ref.bind({ table: t, index: at });
      },
      "add",
    );
    return new FakeTableRow(this.context, ref, `${this.path}.add()`);
  }

  /** The row at a zero-based index (resolved through the table, whose error location it reports). */
  getItemAt(index: number): FakeTableRow {
    return new FakeTableRow(
      this.context,
      new Ref(() => {
        const t = this.table.resolve("TableRowCollection.getItemAt");
        return index >= 0 && index < bodyRowCount(t) ? { table: t, index } : null;
      }),
      `${this.path}.getItemAt(${index})`,
    );
  }
}

defineProxyProperties(FakeTableRowCollection, ["count"]);

/** Excel.TableRow. */
export class FakeTableRow
  extends FakeClientObject<RowTarget>
  implements Pick<Excel.TableRow, "index" | "values" | "delete">
{
  declare readonly index: number;
  declare values: unknown[][];
  protected readonly typeName = "TableRow";
  protected readonly props: PropTable<RowTarget>;

  constructor(context: ProxyContext, ref: Ref<RowTarget>, path: string) {
    super(context, ref, path);
    const wb = context.host;
    this.props = {
      index: { get: (r) => r.index },
      values: {
        get: (r) => readRow(wb, r),
        set: (r, v) =>
          writeCells({ sheet: r.table.sheet, rect: rowRect(r) }, v, (row, col, x) =>
            wb.writeValue(r.table.sheet, row, col, x),
          ),
      },
    };
  }

  /** Deletes the row; the cells below it in the table's columns move up. */
  delete(): void {
    this.enqueue({ call: "delete" }, (r) => deleteTableRow(this.context.host, r.table, r.index), "delete");
  }

  /** The row's cells. */
  getRange(): FakeRange {
    return FakeRange.lazy(
      this.context,
      () => {
        const r = this.ref.resolve("TableRow.getRange");
        return { sheet: r.table.sheet, rect: rowRect(r) };
      },
      `${this.path}.getRange()`,
    );
  }
}

function readRow(wb: ProxyHost, r: RowTarget): unknown[][] {
  const rect = rowRect(r);
  const row: unknown[] = [];
  for (let c = rect.startCol; c <= rect.endCol; c++) row.push(wb.cellValue(r.table.sheet, rect.startRow, c));
  return [row];
}

defineProxyProperties(FakeTableRow, ["index", "values"]);
