/**
 * Columns and rows of an Excel.Table.
 */
import { type CellRect, rectColumnCount } from "./address";
import { FakeCollection } from "./collection";
import type { FakeRequestContext } from "./context";
import { itemNotFound } from "./errors";
import type { TableState } from "./model";
import { defineProxyProperties, FakeClientObject, type PropTable, Ref } from "./proxy";
import { FakeRange, writeCells } from "./range";
import { addTableRows, bodyRect, bodyRowCount, columnIndex, columnNames, headerRect, totalsRect } from "./table-model";
import { asString } from "./validate";
import type { FakeWorkbook } from "./workbook";

/** A column: the table and its zero-based index. */
interface ColumnTarget {
  table: TableState;
  index: number;
}

/** Excel.TableColumnCollection. */
export class FakeTableColumnCollection extends FakeCollection<ColumnTarget, FakeTableColumn> {
  declare readonly count: number;
  protected readonly typeName = "TableColumnCollection";
  protected readonly props: PropTable<ColumnTarget[]> = { count: { get: (l) => l.length } };

  constructor(
    context: FakeRequestContext,
    private readonly table: Ref<TableState>,
    path: string,
  ) {
    super(
      context,
      new Ref(
        () => {
          const t = table.resolve("Table.columns");
          return Array.from({ length: rectColumnCount(t.rect) }, (_, index) => ({ table: t, index }));
        },
        () => true,
        true,
      ),
      path,
    );
  }

  protected makeItem(c: ColumnTarget): FakeTableColumn {
    return new FakeTableColumn(this.context, Ref.to(c), `${this.path}.getItemAt(${c.index})`);
  }

  private lookup(key: string | number, path: string, orNull: boolean): FakeTableColumn {
    const wb = this.context.host;
    const col = new FakeTableColumn(
      this.context,
      new Ref(
        () => {
          const t = this.table.resolve("TableColumnCollection.getItem");
          const i = typeof key === "number" ? key - 1 : columnIndex(wb, t, key);
          return i >= 0 && i < rectColumnCount(t.rect) ? { table: t, index: i } : null;
        },
        (c) => !c.table.deleted,
      ),
      path,
      orNull,
    );
    if (orNull) col.enqueueProbe();
    return col;
  }

  /** A column by name (case-insensitive) or numeric id (1-based, as Excel assigns them). */
  getItem(key: string | number): FakeTableColumn {
    return this.lookup(key, `${this.path}.getItem(${JSON.stringify(key)})`, false);
  }

  /** A column by name or id, or a null object. */
  getItemOrNullObject(key: string | number): FakeTableColumn {
    return this.lookup(key, `${this.path}.getItemOrNullObject(${JSON.stringify(key)})`, true);
  }

  /** The column at a zero-based index. */
  getItemAt(index: number): FakeTableColumn {
    return this.lookup(index + 1, `${this.path}.getItemAt(${index})`, false);
  }
}

/** Excel.TableColumn. `name` is the header cell; renaming writes it. */
export class FakeTableColumn
  extends FakeClientObject<ColumnTarget>
  implements Pick<Excel.TableColumn, "id" | "index" | "name">
{
  declare readonly id: number;
  declare readonly index: number;
  declare name: string;
  protected readonly typeName = "TableColumn";
  protected readonly props: PropTable<ColumnTarget>;

  constructor(context: FakeRequestContext, ref: Ref<ColumnTarget>, path: string, orNull = false) {
    super(context, ref, path, orNull);
    const wb = context.host;
    this.props = {
      id: { get: (c) => c.index + 1 },
      index: { get: (c) => c.index },
      name: {
        get: (c) => columnNames(wb, c.table)[c.index],
        set: (c, v) =>
          wb.writeValue(
            c.table.sheet,
            c.table.rect.startRow,
            c.table.rect.startCol + c.index,
            `'${asString(v, "name")}`,
          ),
      },
    };
  }

  private range(call: string, rect: (t: TableState) => CellRect | undefined): FakeRange {
    return FakeRange.lazy(
      this.context,
      () => {
        const c = this.ref.resolve(`TableColumn.${call}`);
        const r = rect(c.table);
        if (!r) throw itemNotFound("The table has no totals row.");
        const col = c.table.rect.startCol + c.index;
        return { sheet: c.table.sheet, rect: { ...r, startCol: col, endCol: col } };
      },
      `${this.path}.${call}()`,
    );
  }

  /** The column's data cells. */
  getDataBodyRange(): FakeRange {
    return this.range("getDataBodyRange", bodyRect);
  }

  /** The column's header cell. */
  getHeaderRowRange(): FakeRange {
    return this.range("getHeaderRowRange", headerRect);
  }

  /** The whole column of the table. */
  getRange(): FakeRange {
    return this.range("getRange", (t) => t.rect);
  }

  /** The column's totals cell. */
  getTotalRowRange(): FakeRange {
    return this.range("getTotalRowRange", totalsRect);
  }
}

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
  protected readonly typeName = "TableRowCollection";
  protected readonly props: PropTable<RowTarget[]> = { count: { get: (l) => l.length } };

  constructor(
    context: FakeRequestContext,
    private readonly table: Ref<TableState>,
    path: string,
  ) {
    super(
      context,
      new Ref(
        () => {
          const t = table.resolve("Table.rows");
          return Array.from({ length: bodyRowCount(t) }, (_, index) => ({ table: t, index }));
        },
        () => true,
        true,
      ),
      path,
    );
  }

  declare readonly count: number;

  protected makeItem(r: RowTarget): FakeTableRow {
    return new FakeTableRow(this.context, Ref.to(r), `${this.path}.getItemAt(${r.index})`);
  }

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

  /** The row at a zero-based index. */
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
defineProxyProperties(FakeTableColumnCollection, ["count"]);

/** Excel.TableRow. */
export class FakeTableRow extends FakeClientObject<RowTarget> implements Pick<Excel.TableRow, "index" | "values"> {
  declare readonly index: number;
  declare values: unknown[][];
  protected readonly typeName = "TableRow";
  protected readonly props: PropTable<RowTarget>;

  constructor(context: FakeRequestContext, ref: Ref<RowTarget>, path: string) {
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

function readRow(wb: FakeWorkbook, r: RowTarget): unknown[][] {
  const rect = rowRect(r);
  const row: unknown[] = [];
  for (let c = rect.startCol; c <= rect.endCol; c++) row.push(wb.cellValue(r.table.sheet, rect.startRow, c));
  return [row];
}

defineProxyProperties(FakeTableColumn, ["id", "index", "name"]);
defineProxyProperties(FakeTableRow, ["index", "values"]);
