/**
 * "Use my own table" in Excel: lists the workbook's tables, reads the officer's selection, and
 * writes, changes or removes the workbook-scoped name `CSC_<Dataset>` that points a dataset at
 * a table or range (src/core/workbook/mapping.ts). Only that name is ever written: the
 * officer's cells, tables and other names are left as they are.
 *
 * Members used, all within the manifest's ExcelApi 1.9: Workbook.tables / getSelectedRange
 * (1.1), Workbook.getSelectedRanges / RangeAreas.areaCount (1.9), Table.worksheet (1.2), Table.getRange, Range.address / values (1.1),
 * NamedItemCollection.add / getItemOrNullObject, NamedItem.comment / delete (1.4),
 * NamedItem.formula (1.7), WorksheetCollection.load (1.1)
 * (https://learn.microsoft.com/en-us/javascript/api/excel/excel.nameditemcollection).
 */
import { ExcelFailure } from "./failures";
import { columnLetters, parseRange, quoteSheet, splitSheet, type RangeAddress } from "../core/base";
import {
  type TableEdges,
  LAYOUT,
  type DatasetId,
  mappingFormula,
  mappingNameFor,
  parseMappingFormula,
  type MappingTarget,
} from "../core/workbook";

/** At most this many first-column labels are read: periods-across tables have a few measures. */
export const MAX_LABEL_ROWS = 200;
/** A selection past this many rows is not a table (a whole column was selected, say). */
export const MAX_SELECTION_ROWS = 100_000;

/** A table the officer can pick. */
export interface TableChoice {
  readonly name: string;
  readonly sheet: string;
  readonly edges: TableEdges;
}

/** A dataset's mapping as the workbook holds it now. */
export type CurrentMapping =
  | { readonly state: "none" }
  /** The name points at a table or range that exists. */
  | { readonly state: "set"; readonly target: MappingTarget; readonly comment: string; readonly edges: TableEdges }
  /** The name exists but its table, sheet or cells are gone (or it was edited into something else). */
  | { readonly state: "broken"; readonly formula: string };

/** What the pane needs: the tables to pick from and each dataset's current mapping. */
export interface MappingState {
  readonly tables: readonly TableChoice[];
  readonly mappings: Readonly<Record<DatasetId, CurrentMapping>>;
}

/** A problem with the officer's choice; the pane words it from its code. */
export class MappingProblem extends ExcelFailure<
  | "selection-too-small"
  | "selection-whole-columns"
  | "selection-not-one-block"
  | "selection-several-areas"
  | "selection-not-cells"
  | "mapping-table-gone"
  | "mapping-sheet-gone"
> {
  override readonly name = "MappingProblem";
}

function localAddress(r: RangeAddress): string {
  return `${columnLetters(r.left)}${r.top + 1}:${columnLetters(r.right)}${r.bottom + 1}`;
}

interface QueuedEdges {
  readonly header: Excel.Range;
  readonly first: Excel.Range;
}

/** Queues reading a block's header row and (up to MAX_LABEL_ROWS of) its first column. */
function queueEdges(ws: Excel.Worksheet, r: RangeAddress): QueuedEdges {
  const header = ws.getRange(localAddress({ ...r, bottom: r.top })).load("values");
  const first = ws.getRange(localAddress({ ...r, right: r.left, bottom: Math.min(r.bottom, r.top + MAX_LABEL_ROWS) }));
  first.load("values");
  return { header, first };
}

/** The edges queued by {@link queueEdges}, once synced. */
function edgesOf(q: QueuedEdges): TableEdges {
  return { headerRow: q.header.values[0] ?? [], firstColumn: q.first.values.map((row) => row[0]) };
}

/** Reads the workbook's tables and every dataset's mapping name, in two syncs. */
export async function readMappingState(): Promise<MappingState> {
  return Excel.run(async (context) => {
    const wb = context.workbook;
    const tables = wb.tables.load("items/name");
    const sheets = wb.worksheets.load("items/name");
    const names = LAYOUT.map((d) => {
      const item = wb.names.getItemOrNullObject(mappingNameFor(d.id));
      item.load("formula,comment");
      return { id: d.id, item };
    });
    await context.sync();
    const tableInfo = tables.items.map((t) => {
      const range = t.getRange().load("address");
      t.worksheet.load("name");
      return { t, range };
    });
    await context.sync();
    const located = tableInfo.map(({ t, range }) => ({
      name: t.name,
      sheet: t.worksheet.name,
      edges: queueEdges(t.worksheet, parseRange(range.address)!),
    }));
    const sheetByName = new Map(sheets.items.map((s) => [s.name.toLowerCase(), s]));
    const current = names.map(({ id, item }) => {
      if (item.isNullObject) return { id, read: (): CurrentMapping => ({ state: "none" }) };
      const formula = item.formula;
      const target = parseMappingFormula(formula);
      const broken = (): CurrentMapping => ({ state: "broken", formula });
      if (!target) return { id, read: broken };
      if (target.kind === "table") {
        const table = located.find((t) => t.name.toLowerCase() === target.table.toLowerCase());
        return { id, read: table ? () => setMapping(target, item.comment, edgesOf(table.edges)) : broken };
      }
      const ws = sheetByName.get(target.sheet.toLowerCase());
      if (!ws) return { id, read: broken };
      const edges = queueEdges(ws, target.range);
      return { id, read: () => setMapping(target, item.comment, edgesOf(edges)) };
    });
    await context.sync();
    const mappings = Object.fromEntries(current.map(({ id, read }) => [id, read()])) as Record<
      DatasetId,
      CurrentMapping
    >;
    return { tables: located.map((t) => ({ name: t.name, sheet: t.sheet, edges: edgesOf(t.edges) })), mappings };
  });
}

const setMapping = (target: MappingTarget, comment: string, edges: TableEdges): CurrentMapping => ({
  state: "set",
  target,
  comment,
  edges,
});

/**
 * Office's refusal of a selection that is not cells: `InvalidSelection`, which both
 * `getSelectedRange` and `getSelectedRanges` throw by design while a chart (or a shape or
 * picture) is selected (office-js #2268, #8).
 */
const INVALID_SELECTION = "InvalidSelection";

/** Runs a sync, turning Office's refusal of a chart selection into the officer's words. */
async function syncSelection(context: Excel.RequestContext): Promise<void> {
  try {
    await context.sync();
  } catch (e) {
    if ((e as { code?: unknown }).code === INVALID_SELECTION) throw new MappingProblem("selection-not-cells", {});
    throw e;
  }
}

/**
 * The officer's selection as a range target with its header row and first column. Several
 * areas are counted first with `getSelectedRanges` (ExcelApi 1.9): `getSelectedRange` throws
 * an undocumented error for them ("If there are multiple ranges selected, this method will
 * throw an error", learn.microsoft.com/javascript/api/excel/excel.workbook), which the pane
 * would otherwise show as Office's text.
 */
export async function readSelection(): Promise<{ target: MappingTarget; edges: TableEdges }> {
  return Excel.run(async (context) => {
    const areas = context.workbook.getSelectedRanges().load("areaCount");
    await syncSelection(context);
    if (areas.areaCount > 1) throw new MappingProblem("selection-several-areas", { count: areas.areaCount });
    const sel = context.workbook.getSelectedRange().load("address,rowCount,columnCount");
    sel.worksheet.load("name");
    await syncSelection(context);
    if (sel.rowCount < 2) {
      throw new MappingProblem("selection-too-small", {});
    }
    if (sel.rowCount > MAX_SELECTION_ROWS) {
      throw new MappingProblem("selection-whole-columns", {});
    }
    const range = parseRange(splitSheet(sel.address).local);
    if (!range) throw new MappingProblem("selection-not-one-block", {});
    const edges = queueEdges(sel.worksheet, range);
    await context.sync();
    return { target: { kind: "range", sheet: sel.worksheet.name, range }, edges: edgesOf(edges) };
  });
}

/**
 * Points `dataset` at `target`: adds the workbook-scoped name, or changes the one already
 * there (its formula and comment, so it stays one name in Name Manager).
 */
export async function saveMapping(dataset: DatasetId, target: MappingTarget, comment: string): Promise<void> {
  await Excel.run(async (context) => {
    const wb = context.workbook;
    const name = mappingNameFor(dataset);
    const existing = wb.names.getItemOrNullObject(name).load("formula");
    const check =
      target.kind === "table"
        ? wb.tables.getItemOrNullObject(target.table).load("name")
        : wb.worksheets.getItemOrNullObject(target.sheet).load("name");
    await context.sync();
    if (check.isNullObject) {
      throw target.kind === "table"
        ? new MappingProblem("mapping-table-gone", { table: target.table })
        : new MappingProblem("mapping-sheet-gone", { sheet: quoteSheet(target.sheet) });
    }
    const formula = mappingFormula(target);
    if (existing.isNullObject) wb.names.add(name, formula, comment);
    else {
      existing.formula = formula;
      existing.comment = comment;
    }
    await context.sync();
  });
}

/** Removes the dataset's name, if there is one; the data it pointed at is untouched. */
export async function removeMapping(dataset: DatasetId): Promise<void> {
  await Excel.run(async (context) => {
    const item = context.workbook.names.getItemOrNullObject(mappingNameFor(dataset)).load("name");
    await context.sync();
    if (item.isNullObject) return;
    item.delete();
    await context.sync();
  });
}
