/**
 * Excel.Range over the in-memory document. See
 * https://learn.microsoft.com/en-us/office/dev/add-ins/excel/excel-add-ins-ranges-get
 */
import { FakeConditionalFormatCollection } from "./conditional-format";
import { FakeDataValidation } from "./data-validation";
import {
  type CellRect,
  formatA1,
  MAX_COLS,
  MAX_ROWS,
  parseA1,
  quoteSheetName,
  rectCellCount,
  rectColumnCount,
  rectRowCount,
} from "../model/address";
import { type CellScalar, formatText, valueTypeOf } from "../model/cells";
import { FakeErrorCodes, invalidArgument, officeError } from "../model/errors";
import type { RangeTarget } from "../model/state";
import {
  defineProxyProperties,
  FakeClientObject,
  type Loadable,
  type PropTable,
  Ref,
  type ProxyContext,
  type ProxyHost,
} from "./client-object";
import { copyRange, type CopyType } from "../model/range-copy";
import { FakeRangeFormat } from "./range-format";
import { insertDown } from "../model/structure";
import { clearSpecialSelection } from "./selection";

/** The Excel.Range members the fake implements (scalar and void-returning ones). */
type RangeSurface = Pick<
  Excel.Range,
  | "address"
  | "addressLocal"
  | "values"
  | "formulas"
  | "numberFormat"
  | "text"
  | "valueTypes"
  | "rowCount"
  | "columnCount"
  | "rowIndex"
  | "columnIndex"
  | "cellCount"
  | "select"
  | "clear"
>;

function grid<T>(t: RangeTarget, cell: (r: number, c: number) => T): T[][] {
  const out: T[][] = [];
  for (let r = t.rect.startRow; r <= t.rect.endRow; r++) {
    const row: T[] = [];
    for (let c = t.rect.startCol; c <= t.rect.endCol; c++) row.push(cell(r, c));
    out.push(row);
  }
  return out;
}

/**
 * Writes a 2D array (shape must match the range, else InvalidArgument) or a single
 * value to every cell, as Excel does when a scalar is assigned to a multi-cell range
 * (Learn, "Fundamental programming concepts", section "Update all cells in a range":
 * https://learn.microsoft.com/en-us/office/dev/add-ins/excel/excel-add-ins-core-concepts; the
 * `Excel.Range` reference: "If the argument is a single value, it will be applied to all cells").
 */
export function writeCells(t: RangeTarget, value: unknown, writeOne: (r: number, c: number, v: unknown) => void): void {
  const rows = rectRowCount(t.rect);
  const cols = rectColumnCount(t.rect);
  if (!Array.isArray(value)) {
    for (let r = t.rect.startRow; r <= t.rect.endRow; r++) {
      for (let c = t.rect.startCol; c <= t.rect.endCol; c++) writeOne(r, c, value);
    }
    return;
  }
  const ok = value.length === rows && value.every((row) => Array.isArray(row) && row.length === cols);
  if (!ok) {
    throw invalidArgument(
      `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${rows}x${cols}).`,
    );
  }
  (value as unknown[][]).forEach((row, i) =>
    row.forEach((v, j) => writeOne(t.rect.startRow + i, t.rect.startCol + j, v)),
  );
}

function rangeProps(wb: ProxyHost): PropTable<RangeTarget> {
  const value = (t: RangeTarget, r: number, c: number): CellScalar => wb.cellValue(t.sheet, r, c);
  return {
    address: { get: (t) => `${quoteSheetName(t.sheet.name)}!${formatA1(t.rect)}` },
    addressLocal: { get: (t) => `${quoteSheetName(t.sheet.name)}!${formatA1(t.rect)}` },
    values: {
      cells: true,
      get: (t) => grid(t, (r, c) => value(t, r, c)),
      set: (t, v) => writeCells(t, v, (r, c, x) => wb.writeValue(t.sheet, r, c, x)),
    },
    formulas: {
      cells: true,
      get: (t) => grid(t, (r, c) => wb.cell(t.sheet, r, c)?.formula ?? wb.cell(t.sheet, r, c)?.value ?? ""),
      set: (t, v) => writeCells(t, v, (r, c, x) => wb.writeValue(t.sheet, r, c, x)),
    },
    numberFormat: {
      cells: true,
      get: (t) => grid(t, (r, c) => wb.cell(t.sheet, r, c)?.numberFormat ?? "General"),
      set: (t, v) =>
        writeCells(t, v, (r, c, x) => {
          if (x === null || x === undefined) return;
          if (typeof x !== "string") throw invalidArgument("A number format must be a string.");
          wb.updateCell(t.sheet, r, c, (cell) => {
            if (x === "General") delete cell.numberFormat;
            else cell.numberFormat = x;
          });
        }),
    },
    text: {
      cells: true,
      get: (t) => grid(t, (r, c) => formatText(value(t, r, c), wb.cell(t.sheet, r, c)?.numberFormat)),
    },
    valueTypes: { cells: true, get: (t) => grid(t, (r, c) => valueTypeOf(value(t, r, c))) },
    rowCount: { get: (t) => rectRowCount(t.rect) },
    columnCount: { get: (t) => rectColumnCount(t.rect) },
    rowIndex: { get: (t) => t.rect.startRow },
    columnIndex: { get: (t) => t.rect.startCol },
    cellCount: { get: (t) => rectCellCount(t.rect) },
  };
}

function checkRect(r: CellRect): CellRect {
  if (
    r.startRow < 0 ||
    r.startCol < 0 ||
    r.endRow >= MAX_ROWS ||
    r.endCol >= MAX_COLS ||
    r.endRow < r.startRow ||
    r.endCol < r.startCol
  ) {
    throw invalidArgument("The requested range is outside the worksheet or has no cells.");
  }
  return r;
}

/** Excel.Range: a block of cells on a sheet, resolved at the first sync that uses it. */
export class FakeRange extends FakeClientObject<RangeTarget> implements RangeSurface {
  declare readonly address: string;
  declare readonly addressLocal: string;
  declare values: unknown[][];
  declare formulas: unknown[][];
  declare numberFormat: unknown[][];
  declare readonly text: string[][];
  declare readonly valueTypes: Excel.RangeValueType[][];
  declare readonly rowCount: number;
  declare readonly columnCount: number;
  declare readonly rowIndex: number;
  declare readonly columnIndex: number;
  declare readonly cellCount: number;
  protected readonly typeName = "Range";
  protected readonly props: PropTable<RangeTarget>;
  private formatProxy: FakeRangeFormat | undefined;

  constructor(context: ProxyContext, ref: Ref<RangeTarget>, path: string, orNull = false) {
    super(context, ref, path, orNull);
    this.props = rangeProps(context.host);
  }

  /** A range handle resolved by `find` at sync. */
  static lazy(context: ProxyContext, find: () => RangeTarget | null, path: string, orNull = false): FakeRange {
    const r = new FakeRange(context, new Ref(find, (t) => !t.sheet.deleted), path, orNull);
    if (orNull) r.enqueueProbe();
    return r;
  }

  protected override checkCellLimit(t: RangeTarget): void {
    const limit = this.context.host.limits.cellsPerRead;
    if (rectCellCount(t.rect) > limit) {
      throw officeError(FakeErrorCodes.rangeExceedsLimit, undefined, "Range.load");
    }
  }

  protected override navChildren(): Record<string, Loadable> {
    return { format: this.format, worksheet: this.worksheet, dataValidation: this.dataValidation };
  }

  /** `range.format`: fill, font, column width, alignment. */
  get format(): FakeRangeFormat {
    this.formatProxy ??= new FakeRangeFormat(this.context, this.ref, `${this.path}.format`);
    return this.formatProxy;
  }

  private cfProxy: FakeConditionalFormatCollection | undefined;

  /** The conditional formats that intersect the range (Custom type only). */
  get conditionalFormats(): FakeConditionalFormatCollection {
    this.cfProxy ??= new FakeConditionalFormatCollection(this.context, this.ref, `${this.path}.conditionalFormats`);
    return this.cfProxy;
  }

  private dvProxy: FakeDataValidation | undefined;

  /** The range's data validation (ExcelApi 1.8; see data-validation.ts). */
  get dataValidation(): FakeDataValidation {
    this.dvProxy ??= new FakeDataValidation(this.context, this.ref, `${this.path}.dataValidation`);
    return this.dvProxy;
  }

  private derive(call: string, compute: (t: RangeTarget) => CellRect): FakeRange {
    return FakeRange.lazy(
      this.context,
      () => {
        const t = this.ref.resolve("Range." + call.split("(")[0]);
        return { sheet: t.sheet, rect: checkRect(compute(t)) };
      },
      `${this.path}.${call}`,
    );
  }

  /** One cell relative to the top-left (may lie outside this range, within the sheet). */
  getCell(row: number, column: number): FakeRange {
    return this.derive(`getCell(${row},${column})`, ({ rect }) => {
      const r = rect.startRow + row;
      const c = rect.startCol + column;
      return { startRow: r, endRow: r, startCol: c, endCol: c };
    });
  }

  /**
   * The range grown (or shrunk) from its top-left by `deltaRows` x `deltaColumns` (ExcelApi 1.2).
   * Learn: `Excel.Range.getResizedRange` - "An error will be thrown if the range would have no
   * rows or columns left"; stricter: one beyond the sheet's edge is refused too (checkRect).
   */
  getResizedRange(deltaRows: number, deltaColumns: number): FakeRange {
    return this.derive(`getResizedRange(${deltaRows},${deltaColumns})`, ({ rect }) => {
      const next = { ...rect, endRow: rect.endRow + deltaRows, endCol: rect.endCol + deltaColumns };
      if (next.endRow < next.startRow || next.endCol < next.startCol)
        throw invalidArgument(`Resizing by ${deltaRows} x ${deltaColumns} leaves no cells.`);
      return next;
    });
  }

  /** Row `row` (0-based) of the range. */
  getRow(row: number): FakeRange {
    return this.derive(`getRow(${row})`, ({ rect }) => {
      if (row < 0 || row >= rectRowCount(rect)) throw invalidArgument(`Row ${row} is outside the range.`);
      return { ...rect, startRow: rect.startRow + row, endRow: rect.startRow + row };
    });
  }

  /** Column `column` (0-based) of the range. */
  getColumn(column: number): FakeRange {
    return this.derive(`getColumn(${column})`, ({ rect }) => {
      if (column < 0 || column >= rectColumnCount(rect))
        throw invalidArgument(`Column ${column} is outside the range.`);
      return { ...rect, startCol: rect.startCol + column, endCol: rect.startCol + column };
    });
  }

  /** Selects the range (and activates its sheet). */
  select(): void {
    this.enqueue(
      { call: "select" },
      (t) => {
        this.context.host.activate(t.sheet);
        this.context.host.selection = { sheet: t.sheet, rect: { ...t.rect } };
        clearSpecialSelection(this.context.host);
      },
      "select",
    );
  }

  /**
   * Inserts blank cells in place of this range, moving the cells below down (see structure.ts).
   * Only "Down" is modelled; "Right" is refused. Returns the range at the now blank space.
   */
  insert(shift: Excel.InsertShiftDirection | "Down" | "Right"): FakeRange {
    const ref = new Ref<RangeTarget>(
      () => null,
      (t) => !t.sheet.deleted,
    );
    this.enqueue(
      { call: "insert", args: [shift] },
      (t) => {
        if (shift !== "Down") throw invalidArgument(`The fake host models Range.insert("Down") only, not "${shift}".`);
        ref.bind(insertDown(this.context.host, t));
      },
      "insert",
    );
    return new FakeRange(this.context, ref, `${this.path}.insert(${JSON.stringify(shift)})`);
  }

  /** Copies cells from `source` (a range or an address) to this range's top-left (see range-copy.ts). */
  copyFrom(
    source: FakeRange | string,
    copyType?: Excel.RangeCopyType | CopyType | "Link",
    skipBlanks?: boolean,
    transpose?: boolean,
  ): void {
    const wb = this.context.host;
    const type = copyType ?? "All";
    this.enqueue(
      {
        call: "copyFrom",
        args: [typeof source === "string" ? source : "<range>", type, skipBlanks ?? false, transpose ?? false],
      },
      (t) => {
        if (transpose === true) throw invalidArgument("The fake host does not model copyFrom with transpose.");
        if (!COPY_TYPES.includes(type as CopyType))
          throw invalidArgument(`The fake host does not model copy type ${type}.`);
        let from: RangeTarget;
        if (typeof source === "string") {
          const a = parseA1(source);
          const sheet = a.sheet === undefined ? t.sheet : wb.requireSheet(a.sheet);
          from = { sheet, rect: { startRow: a.startRow, startCol: a.startCol, endRow: a.endRow, endCol: a.endCol } };
        } else from = source.ref.resolve("Range.copyFrom");
        copyRange(wb, t, from, type as CopyType, skipBlanks === true);
      },
      "copyFrom",
    );
  }

  /** Clears contents, formats or both ("All" by default). */
  clear(
    applyTo?: Excel.ClearApplyTo | "All" | "Formats" | "Contents" | "Hyperlinks" | "RemoveHyperlinks" | "ResetContents",
  ): void {
    const mode = applyTo ?? "All";
    this.enqueue(
      { call: "clear", args: [mode] },
      (t) => {
        if (mode === "Hyperlinks" || mode === "RemoveHyperlinks") return;
        this.context.host.clearRect(t.sheet, t.rect, mode === "ResetContents" ? "Contents" : mode);
      },
      "clear",
    );
  }
}

const COPY_TYPES: readonly CopyType[] = ["All", "Formulas", "Values", "Formats"];

defineProxyProperties(FakeRange, Object.keys(rangeProps({} as ProxyHost)));
