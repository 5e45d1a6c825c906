/**
 * Excel.Worksheet and Excel.WorksheetCollection over the in-memory document.
 */
import { FakeCellObjectCollection, FakeShapeCollection } from "./sheet-objects";
import { type CellRect, MAX_COLS, MAX_ROWS, parseA1 } from "../model/address";
import { FakeChartCollection } from "./chart";
import { FakeErrorCodes, invalidArgument, officeError } from "../model/errors";
import type { SheetState, SheetVisibility } from "../model/state";
import { FakeNamedItemCollection } from "./names";
import { assertStructureEditable } from "../model/protection";
import { FakeWorksheetProtection } from "./protection";
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
import { asEnum, asNumber, asString } from "./validate";
import { FakeRange } from "./range";
import { FakePageBreakCollection, FakePageLayout } from "./page-layout";
import { FakeTable, FakeTableCollection } from "./table";

const VISIBILITY = ["Visible", "Hidden", "VeryHidden"] as const;

function sheetProps(wb: ProxyHost): PropTable<SheetState> {
  return {
    id: { get: (s) => s.id },
    name: { get: (s) => s.name, set: (s, v) => wb.renameSheet(s, asString(v, "name")) },
    position: { get: (s) => wb.sheets.indexOf(s), set: (s, v) => wb.moveSheet(s, asNumber(v, "position")) },
    visibility: {
      get: (s) => s.visibility,
      set: (s, v) => {
        const vis: SheetVisibility = asEnum(v, VISIBILITY, "visibility");
        if (vis !== s.visibility)
          assertStructureEditable(wb, vis === "Visible" ? "unhiding a sheet" : "hiding a sheet");
        if (
          vis !== "Visible" &&
          s.visibility === "Visible" &&
          wb.sheets.filter((x) => x.visibility === "Visible").length === 1
        ) {
          throw officeError(FakeErrorCodes.invalidOperation, "A workbook must contain at least one visible worksheet.");
        }
        s.visibility = vis;
        if (vis !== "Visible" && wb.activeSheet === s) {
          const next = wb.sheets.find((x) => x.visibility === "Visible");
          if (next) wb.activate(next);
        }
      },
    },
  };
}

const alive = (s: SheetState): boolean => !s.deleted;

/** Excel.Worksheet. */
export class FakeWorksheet
  extends FakeClientObject<SheetState>
  implements Pick<Excel.Worksheet, "id" | "name" | "position" | "visibility" | "activate" | "delete">
{
  declare readonly id: string;
  declare name: string;
  declare position: number;
  declare visibility: Excel.SheetVisibility | "Visible" | "Hidden" | "VeryHidden";
  protected readonly typeName = "Worksheet";
  protected readonly props: PropTable<SheetState>;

  constructor(context: ProxyContext, ref: Ref<SheetState>, path: string, orNull = false) {
    super(context, ref, path, orNull);
    this.props = sheetProps(context.host);
  }

  /** A worksheet handle resolved by `find` at sync. */
  static lazy(context: ProxyContext, find: () => SheetState | null, path: string, orNull = false): FakeWorksheet {
    const s = new FakeWorksheet(context, new Ref(find, alive), path, orNull);
    if (orNull) s.enqueueProbe();
    return s;
  }

  private protectionProxy: FakeWorksheetProtection | undefined;

  /** The sheet's protection (ExcelApi 1.2). */
  get protection(): FakeWorksheetProtection {
    this.protectionProxy ??= new FakeWorksheetProtection(this.context, this.ref, `${this.path}.protection`);
    return this.protectionProxy;
  }

  private tablesProxy: FakeTableCollection | undefined;
  private chartsProxy: FakeChartCollection | undefined;
  private namesProxy: FakeNamedItemCollection | undefined;

  protected override navChildren(): Record<string, Loadable> {
    return {
      tables: this.tables,
      charts: this.charts,
      names: this.names,
      protection: this.protection,
      pageLayout: this.pageLayout,
      horizontalPageBreaks: this.horizontalPageBreaks,
    };
  }

  /** Tables on this sheet. */
  get tables(): FakeTableCollection {
    this.tablesProxy ??= new FakeTableCollection(this.context, () => this.ref.resolve(), `${this.path}.tables`);
    return this.tablesProxy;
  }

  /** Charts on this sheet. */
  get charts(): FakeChartCollection {
    this.chartsProxy ??= new FakeChartCollection(this.context, this.ref, `${this.path}.charts`);
    return this.chartsProxy;
  }

  private objectProxies: Partial<Record<"shapes" | "comments" | "notes", object>> = {};

  /** Shapes and text boxes on this sheet (ExcelApi 1.9; see sheet-objects.ts). */
  get shapes(): FakeShapeCollection {
    return (this.objectProxies.shapes ??= new FakeShapeCollection(
      this.context,
      this.ref,
      `${this.path}.shapes`,
    )) as FakeShapeCollection;
  }

  /** Threaded comments on this sheet (ExcelApi 1.10; see sheet-objects.ts). */
  get comments(): FakeCellObjectCollection {
    return (this.objectProxies.comments ??= new FakeCellObjectCollection(
      this.context,
      this.ref,
      `${this.path}.comments`,
      "Comment",
    )) as FakeCellObjectCollection;
  }

  /** Notes on this sheet (ExcelApi 1.18; see sheet-objects.ts). */
  get notes(): FakeCellObjectCollection {
    return (this.objectProxies.notes ??= new FakeCellObjectCollection(
      this.context,
      this.ref,
      `${this.path}.notes`,
      "Note",
    )) as FakeCellObjectCollection;
  }

  private pageLayoutProxy: FakePageLayout | undefined;
  private rowBreaksProxy: FakePageBreakCollection | undefined;

  /** The sheet's print setup (ExcelApi 1.9; see page-layout.ts). */
  get pageLayout(): FakePageLayout {
    this.pageLayoutProxy ??= new FakePageLayout(this.context, this.ref, `${this.path}.pageLayout`);
    return this.pageLayoutProxy;
  }

  /** The sheet's manual row breaks (ExcelApi 1.9). */
  get horizontalPageBreaks(): FakePageBreakCollection {
    this.rowBreaksProxy ??= new FakePageBreakCollection(this.context, this.ref, `${this.path}.horizontalPageBreaks`);
    return this.rowBreaksProxy;
  }

  /** Names scoped to this sheet. */
  get names(): FakeNamedItemCollection {
    this.namesProxy ??= new FakeNamedItemCollection(this.context, () => this.ref.resolve(), `${this.path}.names`);
    return this.namesProxy;
  }

  private range(call: string, rect: (s: SheetState) => CellRect): FakeRange {
    return FakeRange.lazy(
      this.context,
      () => {
        const sheet = this.ref.resolve(`Worksheet.${call.split("(")[0]}`);
        return { sheet, rect: rect(sheet) };
      },
      `${this.path}.${call}`,
    );
  }

  /** A range by A1 address ("A1", "B2:C4", "A:A"); the whole sheet when omitted. */
  getRange(address?: string): FakeRange {
    return this.range(`getRange(${JSON.stringify(address ?? "")})`, (sheet) => {
      if (address === undefined || address === "")
        return { startRow: 0, startCol: 0, endRow: MAX_ROWS - 1, endCol: MAX_COLS - 1 };
      const a = parseA1(address);
      if (a.sheet !== undefined && a.sheet.toLowerCase() !== sheet.name.toLowerCase()) {
        throw invalidArgument(`"${address}" is not on sheet '${sheet.name}'.`);
      }
      return { startRow: a.startRow, startCol: a.startCol, endRow: a.endRow, endCol: a.endCol };
    });
  }

  /** A range by zero-based indexes and size. */
  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): FakeRange {
    return this.range(`getRangeByIndexes(${startRow},${startColumn},${rowCount},${columnCount})`, () => {
      const r = {
        startRow,
        startCol: startColumn,
        endRow: startRow + rowCount - 1,
        endCol: startColumn + columnCount - 1,
      };
      if (
        rowCount < 1 ||
        columnCount < 1 ||
        startRow < 0 ||
        startColumn < 0 ||
        r.endRow >= MAX_ROWS ||
        r.endCol >= MAX_COLS
      ) {
        throw invalidArgument("The requested range is outside the worksheet or has no cells.");
      }
      return r;
    });
  }

  /** One cell by zero-based row and column. */
  getCell(row: number, column: number): FakeRange {
    return this.getRangeByIndexes(row, column, 1, 1);
  }

  /**
   * The used range; for a blank sheet Excel returns the top-left cell, as documented for
   * Worksheet.getUsedRange (https://learn.microsoft.com/en-us/javascript/api/excel/excel.worksheet#excel-excel-worksheet-getusedrange-member(1)).
   * `valuesOnly` ignores format-only cells.
   */
  getUsedRange(valuesOnly?: boolean): FakeRange {
    const wb = this.context.host;
    return this.range(
      `getUsedRange(${valuesOnly === true})`,
      (s) => wb.usedRect(s, valuesOnly === true) ?? { startRow: 0, startCol: 0, endRow: 0, endCol: 0 },
    );
  }

  /** The used range, or a null object for a blank sheet. */
  getUsedRangeOrNullObject(valuesOnly?: boolean): FakeRange {
    const wb = this.context.host;
    return FakeRange.lazy(
      this.context,
      () => {
        const sheet = this.ref.resolve("Worksheet.getUsedRangeOrNullObject");
        const rect = wb.usedRect(sheet, valuesOnly === true);
        return rect ? { sheet, rect } : null;
      },
      `${this.path}.getUsedRangeOrNullObject(${valuesOnly === true})`,
      true,
    );
  }

  /** Makes this the active sheet. */
  activate(): void {
    this.enqueue({ call: "activate" }, (s) => this.context.host.activate(s), "activate");
  }

  /** Deletes the sheet (its tables and charts go with it). */
  delete(): void {
    this.enqueue({ call: "delete" }, (s) => this.context.host.deleteSheet(s), "delete");
  }
}

defineProxyProperties(FakeWorksheet, ["id", "name", "position", "visibility"]);

/** Excel.WorksheetCollection. */
export class FakeWorksheetCollection extends FakeCollection<SheetState, FakeWorksheet> {
  /** A sheet by name (case-insensitive) or id; ItemNotFound at sync if missing. */
  declare getItem: (key: string) => FakeWorksheet;
  /** A sheet by name or id, or a null object (`isNullObject` after sync). */
  declare getItemOrNullObject: (key: string) => FakeWorksheet;

  constructor(context: ProxyContext) {
    super(
      context,
      {
        typeName: "WorksheetCollection",
        list: () => [...context.host.sheets],
        alive,
        wrap: (ref, p, orNull) => new FakeWorksheet(context, ref, p, orNull),
        itemPath: (s) => `worksheets.getItem(${JSON.stringify(s.name)})`,
        callPath: (method, key) => `worksheets.${method}(${JSON.stringify(key)})`,
        matches: (s, key) => s.name.toLowerCase() === key.toLowerCase() || s.id === key,
      },
      "workbook.worksheets",
    );
  }

  /** Adds a sheet at the end; Excel names it "SheetN" when no name is given. */
  add(name?: string): FakeWorksheet {
    const ref = new Ref<SheetState>(() => null, alive);
    this.enqueue({ call: "add", args: [name] }, () => ref.bind(this.context.host.addSheet(name)), "add");
    return new FakeWorksheet(this.context, ref, `worksheets.add(${JSON.stringify(name ?? "")})`);
  }
}

defineCollectionMembers(FakeWorksheetCollection, ["getItem", "getItemOrNullObject"]);

/*
 * A range's and a table's `worksheet`. Office.js objects point both ways: a worksheet gives its
 * ranges and tables, and they give back their worksheet
 * (https://learn.microsoft.com/en-us/javascript/api/excel/excel.range#excel-excel-range-worksheet-member,
 * https://learn.microsoft.com/en-us/javascript/api/excel/excel.table#excel-excel-table-worksheet-member).
 * The getters live here, beside the class they return, so that range.ts and table.ts do not
 * import this file and the proxies have no import cycle.
 */
declare module "./range" {
  interface FakeRange {
    /** The worksheet holding the range. */
    readonly worksheet: FakeWorksheet;
  }
}

declare module "./table" {
  interface FakeTable {
    /** The sheet holding the table. */
    readonly worksheet: FakeWorksheet;
  }
}

const sheetProxies = new WeakMap<object, FakeWorksheet>();

Object.defineProperty(FakeRange.prototype, "worksheet", {
  configurable: true,
  get(this: FakeRange): FakeWorksheet {
    let s = sheetProxies.get(this);
    if (!s) {
      s = new FakeWorksheet(
        this.context,
        new Ref(
          () => this.ref.resolve().sheet,
          (sheet) => !sheet.deleted,
        ),
        `${this.path}.worksheet`,
      );
      sheetProxies.set(this, s);
    }
    return s;
  },
});

Object.defineProperty(FakeTable.prototype, "worksheet", {
  configurable: true,
  get(this: FakeTable): FakeWorksheet {
    let s = sheetProxies.get(this);
    if (!s) {
      s = FakeWorksheet.lazy(this.context, () => this.ref.resolve().sheet, `${this.path}.worksheet`);
      sheetProxies.set(this, s);
    }
    return s;
  },
});
