/**
 * WorkbookModel: the in-memory document behind the fake Excel host (sheets, cells, tables,
 * charts, names, settings), plus the helpers tests use to seed and inspect it without going
 * through Excel.run. Plain state and functions: the Office.js proxies (src/proxy) act on it,
 * and the harness's FakeWorkbook (src/harness/workbook.ts) adds faults, counters, saving and
 * the custom functions' `#BUSY!`.
 */
import { clearCellObjects } from "./sheet-objects";
import { type CellRect, formatA1, parseA1 } from "./address";
import {
  type CellData,
  type CellFormat,
  type CellScalar,
  formatAfterInput,
  type InputMode,
  interpretInput,
} from "./cells";
import { type ChartModel, resolveChartModel } from "./chart-model";
import { FakeErrorCodes, invalidArgument, itemNotFound, officeError } from "./errors";
import {
  cellKey,
  type ChartState,
  type NamedItemState,
  parseCellKey,
  type RangeTarget,
  type SheetState,
  type ProtectionState,
  type TableState,
  type WorkbookState,
} from "./state";
import { hasRefError } from "./formula-refs";
import { assertSheetWritable, assertStructureEditable } from "./protection";
import { deleteSheetInFormulas, renameSheetInFormulas } from "./structure";
import { createTable } from "./table-model";
import { deleteTableInNames } from "./names";

/** Formula evaluator hook: return the value of `formula` in `sheet`!`address`, or undefined to use the cached value. */
export type FormulaEvaluator = (formula: string, sheet: string, address: string) => CellScalar | undefined;

const INVALID_SHEET_CHARS = /[\\/?*[\]:]/;

/** Counts workbooks made in this process, so a reopened document gets ids no earlier one had. */
let sessions = 0;

/**
 * The document state: sheets with sparse cells, tables, charts, named items, settings,
 * selection. Mutated by the proxies only while a sync applies; tests may use the helpers
 * (`setValues`, `addTable`, ...) directly, which apply immediately.
 */
export class WorkbookModel implements WorkbookState {
  readonly sheets: SheetState[] = [];
  readonly tables: TableState[] = [];
  readonly charts: ChartState[] = [];
  readonly names: NamedItemState[] = [];
  /** Office document settings of the add-in (Excel.SettingCollection / Office.context.document.settings). */
  readonly settings = new Map<string, unknown>();
  activeSheet: SheetState | undefined;
  selection: RangeTarget | undefined;
  calculationMode: "Automatic" | "AutomaticExceptTables" | "Manual" = "Automatic";
  /**
   * Each `Application.calculate` the add-in asked for, in order (proxy/workbook-proxy.ts). A
   * formula evaluator recomputes every formula after a "Full" or "FullRebuild" one, as Excel does.
   */
  readonly calculations: ("Recalculate" | "Full" | "FullRebuild")[] = [];
  /**
   * Whether the officer has Excel's Page Layout ribbon tab selected: a fit to pages set through
   * `PageLayout.zoom` is reported to apply only then (proxy/page-layout.ts). The add-in cannot select
   * a tab, so it is false unless a test sets it.
   */
  pageLayoutTabSelected = false;
  /** Present while the workbook's structure is protected (see protection.ts). */
  structureProtection: ProtectionState | undefined;
  /**
   * Optional formula evaluator. Without it (or when it returns undefined), a formula
   * cell's `values` is its cached value: the value given when seeding it, else "".
   * Judgement call: "" rather than 0, so an unevaluated formula is visibly empty.
   */
  evaluate: FormulaEvaluator | undefined;
  private nextId = 1;
  /**
   * Object ids are per session: Excel documents them as identifying an object, not as
   * surviving a save and reopen (a conditional format's `id` is documented only as "the
   * priority of the conditional format in the current ConditionalFormatCollection",
   * https://learn.microsoft.com/en-us/javascript/api/excel/excel.conditionalformat#excel-excel-conditionalformat-id-member).
   * A reopened document (harness/persist.ts) therefore gets ids no earlier session used.
   */
  private readonly session = ++sessions;

  /** Builds a workbook from `{ SheetName: [[row1...], [row2...]] }`, starting at A1. */
  static fromSheets<W extends WorkbookModel>(this: new () => W, sheets: Record<string, unknown[][]>): W {
    const wb = new this();
    for (const [name, rows] of Object.entries(sheets)) {
      wb.addSheet(name);
      if (rows.length > 0) wb.writeGrid(wb.requireSheet(name), 0, 0, rows, "seed");
    }
    if (wb.sheets.length === 0) wb.addSheet("Sheet1");
    return wb;
  }

  /**
   * True while the formula in a cell waits for a result the host holds back (it reads `#BUSY!`).
   * None here; the harness's FakeWorkbook models custom functions still running.
   */
  protected pendingValue(_sheet: SheetState, _row: number, _col: number): boolean {
    return false;
  }

  /** Called after a cell is written as typed input (through Office.js), with its formula if any. */
  protected cellTyped(_sheet: SheetState, _row: number, _col: number, _formula: string | undefined): void {
    /* the harness's FakeWorkbook watches for custom-function calls */
  }

  /** A fresh id for a sheet, table or chart. */
  newId(kind: string): string {
    return `{${kind}-${this.session}.${this.nextId++}}`;
  }

  // ---- sheets ----------------------------------------------------------------------

  /** Live (not deleted) sheet by name, case-insensitive as Excel. */
  findSheet(name: string): SheetState | undefined {
    const lower = name.toLowerCase();
    return this.sheets.find((s) => s.name.toLowerCase() === lower);
  }

  /** Sheet by name, or an ItemNotFound error. */
  requireSheet(name: string): SheetState {
    const s = this.findSheet(name);
    if (!s) throw itemNotFound(`The worksheet '${name}' doesn't exist.`);
    return s;
  }

  /**
   * Checks a new sheet name against Excel's rules (not blank, at most 31 characters, none of
   * \ / ? * [ ] :, no apostrophe first or last:
   * https://support.microsoft.com/en-us/office/rename-a-worksheet-3f1f7148-ee83-404d-8ef0-9ff99fbad1f9)
   * and existing sheets (names are unique whatever their case).
   */
  validateSheetName(name: string, except?: SheetState): void {
    if (name.length === 0 || name.length > 31 || INVALID_SHEET_CHARS.test(name) || /^'|'$/.test(name)) {
      throw invalidArgument(`'${name}' is not a valid worksheet name.`);
    }
    const clash = this.findSheet(name);
    if (clash && clash !== except)
      throw officeError(FakeErrorCodes.itemAlreadyExists, `A sheet named '${name}' already exists.`);
  }

  /** Adds a sheet at the end (Excel names it SheetN when no name is given). */
  addSheet(name?: string): SheetState {
    let finalName = name;
    if (finalName === undefined) {
      let n = this.sheets.length + 1;
      while (this.findSheet(`Sheet${n}`)) n++;
      finalName = `Sheet${n}`;
    }
    assertStructureEditable(this, "adding a sheet");
    this.validateSheetName(finalName);
    const sheet: SheetState = {
      id: this.newId("sheet"),
      name: finalName,
      visibility: "Visible",
      cells: new Map(),
      columnWidths: new Map(),
      deleted: false,
    };
    this.sheets.push(sheet);
    if (!this.activeSheet) this.activate(sheet);
    return sheet;
  }

  /** Deletes a sheet with its tables and charts; names and formulas pointing at it become #REF!. */
  deleteSheet(sheet: SheetState): void {
    assertStructureEditable(this, "deleting a sheet");
    const visible = this.sheets.filter((s) => s.visibility === "Visible");
    if (visible.length === 1 && visible[0] === sheet) {
      throw officeError(FakeErrorCodes.invalidOperation, "A workbook must contain at least one visible worksheet.");
    }
    this.sheets.splice(this.sheets.indexOf(sheet), 1);
    sheet.deleted = true;
    for (const t of this.tables.filter((t) => t.sheet === sheet)) this.removeTable(t);
    for (const c of this.charts.filter((c) => c.sheet === sheet)) this.removeChart(c);
    deleteSheetInFormulas(this, sheet);
    for (const n of this.names) {
      const ref = this.tryParseRef(n.formula);
      if (ref && ref.sheet === sheet.name) n.formula = "=#REF!";
    }
    if (this.activeSheet === sheet || this.selection?.sheet === sheet) {
      const next = this.sheets.find((s) => s.visibility === "Visible");
      this.activeSheet = undefined;
      if (next) this.activate(next);
    }
  }

  /** Renames a sheet; named items and formulas on every sheet referring to it follow. */
  renameSheet(sheet: SheetState, name: string): void {
    if (name === sheet.name) return;
    assertStructureEditable(this, "renaming a sheet");
    this.validateSheetName(name, sheet);
    renameSheetInFormulas(this, sheet, name);
    for (const n of this.names) {
      const ref = this.tryParseRef(n.formula);
      if (ref && ref.sheet === sheet.name) n.formula = `=${formatA1(ref, name, { absolute: true })}`;
    }
    sheet.name = name;
  }

  /** Moves a sheet to a zero-based position. */
  moveSheet(sheet: SheetState, position: number): void {
    if (!Number.isInteger(position) || position < 0 || position >= this.sheets.length) {
      throw invalidArgument(`Position ${position} is outside 0..${this.sheets.length - 1}.`);
    }
    assertStructureEditable(this, "moving a sheet");
    this.sheets.splice(this.sheets.indexOf(sheet), 1);
    this.sheets.splice(position, 0, sheet);
  }

  /** Makes a sheet active, with the selection at its A1. */
  activate(sheet: SheetState): void {
    if (sheet.visibility !== "Visible")
      throw officeError(FakeErrorCodes.invalidOperation, "Hidden sheets can't be activated.");
    this.activeSheet = sheet;
    if (this.selection?.sheet !== sheet)
      this.selection = { sheet, rect: { startRow: 0, startCol: 0, endRow: 0, endCol: 0 } };
  }

  // ---- cells -----------------------------------------------------------------------

  /** The stored cell, if any. */
  cell(sheet: SheetState, row: number, col: number): CellData | undefined {
    return sheet.cells.get(cellKey(row, col));
  }

  /** A cell's value as Excel reports it in `values` (formula cells via {@link evaluate}). */
  cellValue(sheet: SheetState, row: number, col: number): CellScalar {
    const c = sheet.cells.get(cellKey(row, col));
    if (!c) return "";
    if (c.formula !== undefined && hasRefError(c.formula)) return "#REF!";
    // A result the harness holds back (a custom function still running: harness/custom-functions.ts).
    if (c.formula !== undefined && this.pendingValue(sheet, row, col)) return "#BUSY!";
    if (c.formula !== undefined && this.evaluate) {
      const v = this.evaluate(
        c.formula,
        sheet.name,
        formatA1({ startRow: row, startCol: col, endRow: row, endCol: col }),
      );
      if (v !== undefined) return v;
    }
    return c.value;
  }

  /** Mutates (creating if needed) one cell; drops it when it ends up empty and unformatted. */
  updateCell(sheet: SheetState, row: number, col: number, change: (c: CellData) => void): void {
    assertSheetWritable(sheet);
    const key = cellKey(row, col);
    const c: CellData = sheet.cells.get(key) ?? { value: "" };
    change(c);
    if (
      c.value === "" &&
      c.formula === undefined &&
      c.numberFormat === undefined &&
      (!c.format || Object.keys(c.format).length === 0)
    ) {
      sheet.cells.delete(key);
    } else sheet.cells.set(key, c);
  }

  /**
   * Writes one value as `Range.values` would (see interpretInput: "typed" parses strings as
   * Excel does and may set the cell's number format); null leaves the cell. The seeding
   * helpers pass "seed".
   */
  writeValue(
    sheet: SheetState,
    row: number,
    col: number,
    raw: unknown,
    cached?: CellScalar,
    mode: InputMode = "typed",
  ): void {
    const input = interpretInput(raw, this.cell(sheet, row, col)?.numberFormat, mode);
    if (input === null) return;
    this.updateCell(sheet, row, col, (c) => {
      c.value = input.formula !== undefined && cached !== undefined ? cached : input.value;
      if (input.formula === undefined) delete c.formula;
      else c.formula = input.formula;
      const format = formatAfterInput(c.numberFormat, input.numberFormat);
      if (format !== undefined) c.numberFormat = format;
    });
    if (mode === "typed") this.cellTyped(sheet, row, col, input.formula);
  }

  /** Writes a 2D grid with its top-left at (row, col); `mode` as in {@link writeValue}. */
  writeGrid(
    sheet: SheetState,
    row: number,
    col: number,
    rows: readonly (readonly unknown[])[],
    mode: InputMode = "typed",
  ): void {
    rows.forEach((r, i) => r.forEach((v, j) => this.writeValue(sheet, row + i, col + j, v, undefined, mode)));
  }

  /** Sets or clears one format attribute of a cell. */
  setCellFormat<K extends keyof CellFormat>(
    sheet: SheetState,
    row: number,
    col: number,
    key: K,
    value: CellFormat[K] | undefined,
  ): void {
    this.updateCell(sheet, row, col, (c) => {
      const f: CellFormat = { ...(c.format ?? {}) };
      if (value === undefined) delete f[key];
      else f[key] = value;
      if (Object.keys(f).length === 0) delete c.format;
      else c.format = f;
    });
  }

  /** Bounding rect of used cells (values/formulas only, or anything stored), or null. */
  usedRect(sheet: SheetState, valuesOnly = false): CellRect | null {
    let r: CellRect | null = null;
    for (const [key, c] of sheet.cells) {
      if (valuesOnly && c.value === "" && c.formula === undefined) continue;
      const { row, col } = parseCellKey(key);
      if (!r) r = { startRow: row, endRow: row, startCol: col, endCol: col };
      else {
        r.startRow = Math.min(r.startRow, row);
        r.endRow = Math.max(r.endRow, row);
        r.startCol = Math.min(r.startCol, col);
        r.endCol = Math.max(r.endCol, col);
      }
    }
    return r;
  }

  /** Clears contents, formats or both in a rect (Range.clear). */
  clearRect(sheet: SheetState, rect: CellRect, applyTo: "All" | "Formats" | "Contents" = "All"): void {
    if (applyTo === "All") clearCellObjects(sheet, rect); // notes and comments (sheet-objects.ts)
    for (const [key] of [...sheet.cells]) {
      const { row, col } = parseCellKey(key);
      if (row < rect.startRow || row > rect.endRow || col < rect.startCol || col > rect.endCol) continue;
      this.updateCell(sheet, row, col, (c) => {
        if (applyTo !== "Formats") {
          c.value = "";
          delete c.formula;
        }
        if (applyTo !== "Contents") {
          delete c.numberFormat;
          delete c.format;
        }
      });
    }
  }

  /**
   * Removes the cells of rows fromRow..fromRow+n-1 in columns startCol..endCol and moves the
   * cells below them, in those columns, up by `n` rows (table row deletion), with the tables there.
   */
  shiftUp(sheet: SheetState, fromRow: number, startCol: number, endCol: number, n: number): void {
    const inColumns = (col: number) => col >= startCol && col <= endCol;
    for (const [key] of [...sheet.cells]) {
      const { row, col } = parseCellKey(key);
      if (inColumns(col) && row >= fromRow && row < fromRow + n) sheet.cells.delete(key);
    }
    const moving = [...sheet.cells].filter(([key]) => {
      const { row, col } = parseCellKey(key);
      return row >= fromRow + n && inColumns(col);
    });
    for (const [key] of moving) sheet.cells.delete(key);
    for (const [key, c] of moving) {
      const { row, col } = parseCellKey(key);
      sheet.cells.set(cellKey(row - n, col), c);
    }
    for (const t of this.tables) {
      if (
        t.sheet === sheet &&
        t.rect.startRow >= fromRow + n &&
        t.rect.startCol <= endCol &&
        t.rect.endCol >= startCol
      ) {
        t.rect = { ...t.rect, startRow: t.rect.startRow - n, endRow: t.rect.endRow - n };
      }
    }
  }

  /** Moves cells in columns startCol..endCol at or below `fromRow` down by `n` rows (table row insertion). */
  shiftDown(sheet: SheetState, fromRow: number, startCol: number, endCol: number, n: number): void {
    const moving = [...sheet.cells].filter(([key]) => {
      const { row, col } = parseCellKey(key);
      return row >= fromRow && col >= startCol && col <= endCol;
    });
    for (const [key] of moving) sheet.cells.delete(key);
    for (const [key, c] of moving) {
      const { row, col } = parseCellKey(key);
      sheet.cells.set(cellKey(row + n, col), c);
    }
    for (const t of this.tables) {
      if (t.sheet === sheet && t.rect.startRow >= fromRow && t.rect.startCol <= endCol && t.rect.endCol >= startCol) {
        t.rect = { ...t.rect, startRow: t.rect.startRow + n, endRow: t.rect.endRow + n };
      }
    }
  }

  // ---- tables and charts (state) --------------------------------------------------------

  /** Table by name, case-insensitive. */
  findTable(name: string): TableState | undefined {
    const lower = name.toLowerCase();
    return this.tables.find((t) => t.name.toLowerCase() === lower);
  }

  /** Removes a table object (cells are the caller's business). */
  removeTable(t: TableState): void {
    const i = this.tables.indexOf(t);
    if (i >= 0) this.tables.splice(i, 1);
    t.deleted = true;
    deleteTableInNames(this, t.name);
  }

  /** Removes a chart. */
  removeChart(c: ChartState): void {
    const i = this.charts.indexOf(c);
    if (i >= 0) this.charts.splice(i, 1);
    c.deleted = true;
  }

  /** Named item by name, case-insensitive. */
  findName(name: string): NamedItemState | undefined {
    const lower = name.toLowerCase();
    return this.names.find((n) => n.name.toLowerCase() === lower);
  }

  /** Parses "=Sheet!A1" style references; undefined for constants. */
  tryParseRef(formula: string): ReturnType<typeof parseA1> | undefined {
    try {
      const a = parseA1(formula);
      return a.sheet === undefined ? undefined : a;
    } catch {
      return undefined;
    }
  }

  // ---- test helpers (apply immediately, no sync) -------------------------------------

  private target(sheetName: string, address: string): RangeTarget {
    const sheet = this.requireSheet(sheetName);
    return { sheet, rect: parseA1(address) };
  }

  /** Values of `sheet`!`address` as `Range.values` would return them. */
  getValues(sheetName: string, address: string): CellScalar[][] {
    const { sheet, rect } = this.target(sheetName, address);
    const out: CellScalar[][] = [];
    for (let r = rect.startRow; r <= rect.endRow; r++) {
      const row: CellScalar[] = [];
      for (let c = rect.startCol; c <= rect.endCol; c++) row.push(this.cellValue(sheet, r, c));
      out.push(row);
    }
    return out;
  }

  /**
   * Seeds values starting at the address's top-left, as a saved workbook holds them: strings
   * stay text unless plain numerals, TRUE/FALSE or "=" formulas ("seed" in interpretInput).
   */
  setValues(sheetName: string, address: string, values: unknown[][]): void {
    const { sheet, rect } = this.target(sheetName, address);
    this.writeGrid(sheet, rect.startRow, rect.startCol, values, "seed");
  }

  /**
   * Types values into the grid as an officer would (strings kept as text, as {@link setValues}),
   * with Excel's table auto-expansion: a row typed directly below a table (no totals row), in
   * its columns, joins the table, and takes the number format of the table's row above where it
   * has none. "To add a row at the bottom of the table, start typing in a cell below the last
   * table row. The table expands to include the new row" (Resize a table by adding or removing
   * rows and columns, https://support.microsoft.com/en-us/office/resize-a-table-by-adding-or-removing-rows-and-columns-e65ae4bb-e44b-43f4-ad8b-7d68784f1165).
   */
  typeValues(sheetName: string, address: string, values: unknown[][]): void {
    const { sheet, rect } = this.target(sheetName, address);
    values.forEach((row, i) => {
      const r = rect.startRow + i;
      const table = this.tables.find(
        (t) =>
          t.sheet === sheet &&
          !t.showTotals &&
          t.rect.endRow + 1 === r &&
          rect.startCol >= t.rect.startCol &&
          rect.startCol <= t.rect.endCol,
      );
      if (table) {
        for (let c = table.rect.startCol; c <= table.rect.endCol; c++) {
          const above = this.cell(sheet, r - 1, c)?.numberFormat;
          if (above !== undefined && this.cell(sheet, r, c)?.numberFormat === undefined)
            this.updateCell(sheet, r, c, (cell) => (cell.numberFormat = above));
        }
        table.rect = { ...table.rect, endRow: r };
      }
      this.writeGrid(sheet, r, rect.startCol, [row], "seed");
    });
  }

  /** Seeds a formula with its cached value (what `values` shows without {@link evaluate}). */
  setFormula(sheetName: string, address: string, formula: string, cachedValue: CellScalar = ""): void {
    const { sheet, rect } = this.target(sheetName, address);
    this.writeValue(sheet, rect.startRow, rect.startCol, formula, cachedValue, "seed");
  }

  /** The stored cell at an address (value, formula, numberFormat, format), if any. */
  getCell(sheetName: string, address: string): CellData | undefined {
    const { sheet, rect } = this.target(sheetName, address);
    return this.cell(sheet, rect.startRow, rect.startCol);
  }

  /** Adds a table directly (same rules as `tables.add`). Returns its name. */
  addTable(sheetName: string, address: string, name?: string, hasHeaders = true): string {
    const { sheet, rect } = this.target(sheetName, address);
    const t = createTable(this, sheet, rect, hasHeaders);
    if (name !== undefined) t.name = name;
    return t.name;
  }

  /** The data a preview needs to draw a chart, read from the sheet now. */
  getChartModel(sheetName: string, chartName: string): ChartModel {
    const sheet = this.requireSheet(sheetName);
    const chart = this.charts.find((c) => c.sheet === sheet && c.name === chartName);
    if (!chart) throw itemNotFound(`No chart '${chartName}' on '${sheetName}'.`);
    return resolveChartModel(this, chart);
  }
}
