/**
 * "Set up workbook": reads the open workbook's shape (sheets, tables, names, protection), asks
 * core for the plan (src/core/workbook/setup.ts: what is missing and what to create) and
 * applies it in one batch: new sheets, their tables with headers, number formats, widths and
 * Excel data validation, and the Settings rows with their defaults. Nothing that exists is
 * written: a table goes only on a sheet it creates or on an empty sheet of its name.
 *
 * A batch is not a transaction (Excel keeps the statements before a failing one,
 * https://learn.microsoft.com/en-us/office/dev/add-ins/excel/excel-add-ins-core-concepts), so a
 * failure can leave some sheets added; setting up again plans from what is there then and adds
 * the rest, as every step only adds what the workbook lacks.
 */
import { ExcelFailure } from "./failures";
import {
  describeSetup,
  isEmptyWorkbook,
  planSetup,
  type ColumnValidation,
  type SetupPlan,
  type TableToAdd,
  type ValidationRule,
  type WorkbookShape,
  type RawValue,
  type RawWorkbook,
} from "../core/workbook";
import { columnLetters } from "../core/base";
import { columnPoints } from "../core/report";

/** Why nothing was set up. */
export type SetupBlock = "workbook-structure-protected" | "sheet-protected";

/** Thrown, with nothing written, when protection would refuse the set-up; the pane words it from its code. */
export class SetupBlocked extends ExcelFailure<"setup-structure-protected" | "setup-sheet-protected"> {
  readonly reason: SetupBlock;
  readonly sheetName?: string;
  constructor(reason: SetupBlock, sheetName?: string) {
    const structure = reason === "workbook-structure-protected";
    super(
      structure ? "setup-structure-protected" : "setup-sheet-protected",
      structure ? {} : { sheet: sheetName ?? "" },
    );
    this.reason = reason;
    if (sheetName !== undefined) this.sheetName = sheetName;
    this.name = "SetupBlocked";
  }
}

/** What a set-up did. */
export interface SetupResult {
  readonly plan: SetupPlan;
  /** One line per table added. */
  readonly added: readonly string[];
  /** One line per dataset left as it was, and why. */
  readonly left: readonly string[];
}

/** The shape of the open workbook, its structure protection, and which sheets are protected. */
async function readShape(
  context: Excel.RequestContext,
): Promise<{ shape: WorkbookShape; structureProtected: boolean; protectedSheets: Set<string> }> {
  const sheets = context.workbook.worksheets;
  sheets.load("items/name");
  const names = context.workbook.names;
  names.load("items/name");
  const protection = context.workbook.protection;
  protection.load("protected");
  await context.sync();
  const perSheet = sheets.items.map((ws) => {
    ws.tables.load("items/name");
    ws.protection.load("protected");
    // Formatted cells count too (valuesOnly false): a table is never put over cells someone formatted.
    const used = ws.getUsedRangeOrNullObject(false);
    return { ws, used };
  });
  await context.sync();
  const headers = perSheet.map((s) =>
    s.ws.tables.items.map((t) => {
      const h = t.getHeaderRowRange();
      h.load("values");
      return { name: t.name, h };
    }),
  );
  await context.sync();
  const shape: WorkbookShape = {
    sheets: perSheet.map((s, i) => ({
      name: s.ws.name,
      hasValues: !s.used.isNullObject,
      tables: (headers[i] ?? []).map((t) => ({ name: t.name, headers: (t.h.values[0] ?? []).map((v) => String(v)) })),
    })),
    names: names.items.map((n) => n.name),
  };
  const protectedSheets = new Set(perSheet.filter((s) => s.ws.protection.protected).map((s) => s.ws.name));
  return { shape, structureProtected: protection.protected, protectedSheets };
}

/** The Office.js rule for a core rule. Formulas as numbers, and dates as ISO text, as DataValidationRule takes them. */
function officeRule(rule: ValidationRule): Excel.DataValidationRule {
  switch (rule.kind) {
    case "wholeNumber":
      return { wholeNumber: { formula1: rule.min, operator: "GreaterThanOrEqualTo" } };
    case "decimal":
      return { decimal: { formula1: rule.min, formula2: rule.max, operator: "Between" } };
    case "textLength":
      return { textLength: { formula1: rule.min, formula2: rule.max, operator: "Between" } };
    case "date":
      return { date: { formula1: rule.min, formula2: rule.max, operator: "Between" } };
    case "list":
      // "a string that contains a comma-separated number, boolean, or date" list
      // (https://learn.microsoft.com/en-us/javascript/api/excel/excel.listdatavalidation#excel-excel-listdatavalidation-source-member)
      return { list: { inCellDropDown: true, source: rule.values.join(",") } };
  }
}

/** The last row of a sheet (1-based): a column's validation reaches it so rows the table grows into are covered. */
const LAST_ROW = 1_048_576;

/** Queues one validation of a new table whose header row is row 1. */
function queueValidation(ws: Excel.Worksheet, v: ColumnValidation): void {
  const col = columnLetters(v.column);
  const address = v.row === undefined ? `${col}2:${col}${LAST_ROW}` : `${col}${v.row + 2}`;
  const dv = ws.getRange(address).dataValidation;
  dv.rule = officeRule(v.rule);
  dv.prompt = { title: v.promptTitle, message: v.prompt, showPrompt: true };
  dv.errorAlert = { title: v.errorTitle, message: v.error, showAlert: true, style: "Stop" };
}

const cellValue = (v: RawValue): string | number | boolean => (v === null ? "" : v);

/**
 * Queues one table: formats before values (Excel reads a written string as typed input, so
 * "2019-20" or "Jun-2017" would become a number or a date unless the cell is Text first:
 * Range.values, https://learn.microsoft.com/en-us/javascript/api/excel/excel.range#excel-excel-range-values-member),
 * then the table over the block, its name, widths and validation.
 */
function queueTable(context: Excel.RequestContext, t: TableToAdd): Excel.Worksheet {
  const sheets = context.workbook.worksheets;
  const ws = t.newSheet ? sheets.add(t.sheet) : sheets.getItem(t.sheet);
  const last = columnLetters(t.headers.length - 1);
  const header = ws.getRange(`A1:${last}1`);
  header.numberFormat = [t.headers.map(() => "@")];
  header.values = [[...t.headers]];
  const body = ws.getRange(`A2:${last}${t.rows.length + 1}`);
  body.numberFormat = t.formats.map((r) => [...r]);
  body.values = t.rows.map((r) => r.map(cellValue));
  const table = ws.tables.add(`A1:${last}${t.rows.length + 1}`, true);
  table.name = t.table;
  // Office.js widths are points: converted from characters as the report's are (core/report/styles.ts).
  t.widths.forEach((chars, c) => (ws.getCell(0, c).format.columnWidth = columnPoints(chars)));
  for (const v of t.validations) queueValidation(ws, v);
  return ws;
}

/**
 * Adds what the layout needs and the workbook lacks. With `sample`, on an empty workbook only,
 * the new tables hold the sample figures, labelled as such.
 * @throws SetupBlocked, with nothing written, when the structure or a sheet that would get a
 *   table is protected.
 */
export async function setUpWorkbook(options: { readonly sample?: RawWorkbook } = {}): Promise<SetupResult> {
  return Excel.run(async (context) => {
    const { shape, structureProtected, protectedSheets } = await readShape(context);
    const plan = planSetup(shape, options.sample);
    if (plan.add.some((t) => t.newSheet) && structureProtected) throw new SetupBlocked("workbook-structure-protected");
    const locked = plan.add.find((t) => !t.newSheet && protectedSheets.has(t.sheet));
    if (locked) throw new SetupBlocked("sheet-protected", locked.sheet);
    const added = plan.add.map((t) => queueTable(context, t));
    for (const note of plan.notes) {
      const cell = context.workbook.worksheets.getItem(note.sheet).getRange(note.address);
      cell.numberFormat = [["@"]];
      cell.values = [[note.text]];
      cell.format.font.italic = true;
    }
    added[0]?.activate();
    if (added.length > 0) await context.sync();
    return { plan, ...describeSetup(plan) };
  });
}

/** True when the open workbook has no table and no value anywhere (the sample is offered then). */
export async function isWorkbookEmpty(): Promise<boolean> {
  return Excel.run(async (context) => {
    const { shape } = await readShape(context);
    return isEmptyWorkbook(shape);
  });
}
