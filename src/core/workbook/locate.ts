/**
 * Finding each dataset in a RawWorkbook: by its `CSC_<Dataset>` defined name first (the
 * officer's own table or range, names.ts), then by table name (a table keeps its name when
 * its sheet is renamed), then on the expected sheet by its header row. A table with its
 * periods across the columns is turned into the down form the rules read (orient.ts). A table under
 * another name, or a plain block typed without a table, is used with a warning; a missing
 * sheet, table or required column is a structure error naming what was expected.
 */
import type { RawSheet, RawTable, RawValue, RawWorkbook } from "./raw";
import type { DatasetSpec } from "./layout";
import { headerKey } from "./header-key";
import { finding, type FindingSink, type NameParams, type StructureParams } from "./issues";
import { cellAddress, isAcross, lineLabel, transpose } from "./orient";
import { chosenFromComment } from "./mapping";
import { nameFor, resolveName } from "./names";
import type { RawName } from "./raw";
import { formatCell, sheetCell } from "../base";

/** A dataset found in the workbook, with its columns matched to the layout. */
export interface LocatedTable {
  readonly spec: DatasetSpec;
  readonly name: string;
  readonly sheet: string;
  /** Zero-based header row and first column on the sheet. */
  readonly top: number;
  readonly left: number;
  readonly headers: readonly string[];
  readonly rows: readonly (readonly RawValue[])[];
  /** For each layout column, its index in `headers`, or -1 when an optional column is absent. */
  readonly columnIndex: readonly number[];
  /** The body cells' number formats when the reader gave them (RawTable.numberFormats). */
  readonly numberFormats?: readonly (readonly string[])[];
  /**
   * True when the officer's table has its periods across the columns: `top`, `left`,
   * `headers` and `rows` are then its down form (orient.ts), and {@link at} transposes back.
   */
  readonly across: boolean;
  /** The officer's A1 cell for a cell (row, col) of the down form: every finding names this. */
  at(row: number, col: number): string;
  /** How a message names a down-form row: "row 5", or "column E" when across. */
  line(row: number): string;
}

const headerText = (v: RawValue | undefined): string => (v === null || v === undefined ? "" : String(v));

function listHeaders(spec: DatasetSpec): string {
  return spec.columns.map((c) => c.header).join(" | ");
}

/**
 * The header row of a plain block: the first row holding the first column's header, however far
 * down the sheet (a block under a title, notes or a pasted chart can start at row 60; only the
 * rows stored are visited, as the grids are sparse).
 */
function findBlock(sheet: RawSheet, spec: DatasetSpec): RawTable | undefined {
  const cells = sheet.cells;
  const first = spec.columns[0];
  if (!cells || !first) return undefined;
  const want = headerKey(first.header);
  for (let r = 0; r < cells.length; r++) {
    const row = cells[r];
    if (!row) continue;
    const c = row.findIndex((v) => headerKey(headerText(v)) === want);
    if (c < 0) continue;
    let width = 0;
    while (c + width < row.length && headerText(row[c + width]).trim() !== "") width++;
    const headers = row.slice(c, c + width).map(headerText);
    return { name: "", sheet: sheet.name, top: r, left: c, headers, rows: blockRows(cells, r + 1, c, width) };
  }
  return undefined;
}

/**
 * A plain block with the periods across: the first cell (in any row) holding a
 * measure's name, under a header row whose next cell reads as a period. The block runs right
 * to the first blank header cell and down to the first blank row.
 */
function findAcrossBlock(sheet: RawSheet, spec: DatasetSpec): RawTable | undefined {
  const cells = sheet.cells;
  if (!cells) return undefined;
  const measures = new Set(spec.columns.slice(1).map((c) => headerKey(c.header)));
  for (let r = 1; r < cells.length; r++) {
    const row = cells[r];
    if (!row) continue;
    const c = row.findIndex((v) => measures.has(headerKey(headerText(v))));
    if (c < 0) continue;
    for (let h = r - 1; h >= Math.max(0, r - spec.columns.length); h--) {
      const header = cells[h] ?? [];
      let width = 1;
      while (c + width < header.length && headerText(header[c + width]).trim() !== "") width++;
      const headerValues = Array.from({ length: width }, (_, k) => header[c + k] ?? null);
      const block: RawTable = {
        name: "",
        sheet: sheet.name,
        top: h,
        left: c,
        headers: headerValues.map(headerText),
        headerValues,
        rows: blockRows(cells, h + 1, c, width),
      };
      if (isAcross(block, spec)) return block;
    }
  }
  return undefined;
}

/** A block's body: rows from `top`, `width` cells from `left`, up to the first blank row. */
function blockRows(cells: readonly (readonly RawValue[])[], top: number, left: number, width: number): RawValue[][] {
  const rows: RawValue[][] = [];
  for (let rr = top; rr < cells.length; rr++) {
    const src = cells[rr] ?? [];
    const body: RawValue[] = [];
    let any = false;
    for (let k = 0; k < width; k++) {
      const v = src[left + k] ?? null;
      if (v !== null && !(typeof v === "string" && v.trim() === "")) any = true;
      body.push(v);
    }
    if (!any) break; // a blank row ends the block
    rows.push(body);
  }
  return rows;
}

/**
 * Finds a dataset and matches its columns, adding structure findings to `sink`.
 * @returns the located table, or undefined when it cannot be read (an error was added,
 *   except for an absent optional dataset).
 */
export function locateDataset(raw: RawWorkbook, spec: DatasetSpec, sink: FindingSink): LocatedTable | undefined {
  const named = nameFor(raw, spec.id);
  if (named) return locateNamed(raw, spec, named, sink);
  const tableName = spec.table.toLowerCase();
  let found: RawTable | undefined;
  // The containing sheet's name, not RawTable.sheet: issues must name a sheet that exists.
  let sheetName = "";
  for (const sheet of raw.sheets) {
    found = sheet.tables.find((t) => t.name.toLowerCase() === tableName);
    sheetName = sheet.name;
    if (found) break;
  }
  const params = structureParams(spec);
  if (!found) {
    const sheet = raw.sheets.find((s) => headerKey(s.name) === headerKey(spec.sheet));
    if (!sheet) {
      if (!spec.optional) sink.add(finding("sheet-missing", spec.sheet, "A1", params));
      return undefined;
    }
    sheetName = sheet.name;
    const want = headerKey(spec.columns[0]?.header ?? "");
    found =
      sheet.tables.find((t) => t.headers.some((h) => headerKey(h) === want)) ??
      sheet.tables.find((t) => isAcross(t, spec)) ??
      findBlock(sheet, spec) ??
      findAcrossBlock(sheet, spec);
    if (!found) {
      sink.add(finding("table-missing", sheet.name, "A1", params));
      return undefined;
    }
    const where = formatCell({ row: found.top, col: found.left });
    if (found.name === "") sink.add(finding("no-table", sheetName, where, params));
    else sink.add(finding("table-renamed", sheetName, where, { ...params, found: found.name }));
  }
  reportDuplicates(raw, spec, found, sheetName, sink);
  reportNameTwins(raw, spec, found, sheetName, sink);
  return matchColumns(spec, found, sheetName, sink);
}

/** True when `t` has every header the dataset requires: a table of the same figures. */
function hasRequiredHeaders(t: RawTable, spec: DatasetSpec): boolean {
  const headers = new Set(t.headers.map((h) => headerKey(headerText(h))));
  return spec.columns.every((c) => !c.required || headers.has(headerKey(c.header)));
}

/**
 * Warns at every other table with the name of the one read (compared without case, as Excel
 * compares table names): Excel refuses a second, but a hand-made or repaired file can hold one,
 * and the officer must know which the report uses. One with the dataset's headers is already
 * reported by {@link reportDuplicates}.
 */
function reportNameTwins(raw: RawWorkbook, spec: DatasetSpec, used: RawTable, usedSheet: string, sink: FindingSink) {
  if (used.name === "") return;
  for (const sheet of raw.sheets) {
    for (const t of sheet.tables) {
      if (t === used || t.name.toLowerCase() !== used.name.toLowerCase()) continue;
      if (hasRequiredHeaders(t, spec)) continue;
      sink.add(
        finding("table-name-duplicate", sheet.name, formatCell({ row: t.top, col: t.left }), {
          sheet: spec.sheet,
          usedAt: sheetCell(usedSheet, formatCell({ row: used.top, col: used.left })),
        }),
      );
    }
  }
}

function structureParams(spec: DatasetSpec): StructureParams {
  return { sheet: spec.sheet, table: spec.table, headers: listHeaders(spec), header: spec.columns[0]?.header ?? "" };
}

/**
 * A dataset mapped by its `CSC_` name. The name takes precedence over the layout's table and
 * sheet; one that refers to nothing is an error naming it (the layout's table is not used
 * instead: the officer chose this mapping, and figures read from elsewhere would mislead).
 */
function locateNamed(raw: RawWorkbook, spec: DatasetSpec, named: RawName, sink: FindingSink): LocatedTable | undefined {
  const target = resolveName(raw, named);
  const params = { ...structureParams(spec), name: named.name, formula: named.formula.replace(/^=?/, "=") };
  if (!target) {
    // An issue names a sheet that exists where it can: the layout's sheet, else the first.
    const sheet = raw.sheets.find((s) => headerKey(s.name) === headerKey(spec.sheet)) ?? raw.sheets[0];
    sink.add(finding("name-broken", sheet?.name ?? spec.sheet, "A1", params));
    return undefined;
  }
  const sheetName = raw.sheets.find((s) => s.tables.includes(target))?.name ?? target.sheet;
  reportDuplicates(raw, spec, target, sheetName, sink);
  return matchColumns(spec, withChosenHeaders(target, named.comment), sheetName, sink, params);
}

/**
 * The table with the officer's own labels read as the dataset's column names where the pane
 * recorded that choice in the name's comment ("Financial year" chosen for Year): in the
 * header row, and in the first column, where a table with the periods across keeps its
 * measures. Only cells equal to a chosen label (ignoring case and spacing) change; the table's
 * position stays, so findings still point at the officer's cells.
 */
function withChosenHeaders(table: RawTable, comment: string | undefined): RawTable {
  const chosen = comment ? chosenFromComment(comment) : [];
  if (chosen.length === 0) return table;
  const byLabel = new Map(chosen.map((c) => [headerKey(c.label), c.header]));
  const relabel = (v: RawValue): RawValue => (typeof v === "string" ? (byLabel.get(headerKey(v)) ?? v) : v);
  return {
    ...table,
    headers: table.headers.map((h) => String(relabel(h))),
    rows: table.rows.map((r) => (r.length > 0 && typeof r[0] === "string" ? [relabel(r[0]), ...r.slice(1)] : r)),
  };
}

/**
 * Warns at every other Excel table that has all the dataset's required headers: a copied
 * sheet or a second table of the same figures is not read, so figures typed there would
 * silently be left out of the report.
 */
function reportDuplicates(
  raw: RawWorkbook,
  spec: DatasetSpec,
  used: RawTable,
  usedSheet: string,
  sink: FindingSink,
): void {
  for (const sheet of raw.sheets) {
    for (const t of sheet.tables) {
      if (t === used) continue;
      if (!hasRequiredHeaders(t, spec)) continue;
      sink.add(
        finding("table-duplicate", sheet.name, formatCell({ row: t.top, col: t.left }), {
          sheet: spec.sheet,
          table: spec.table,
          found: t.name || "a block",
          used: used.name || spec.table,
          usedAt: sheetCell(usedSheet, formatCell({ row: used.top, col: used.left })),
        }),
      );
    }
  }
}

/**
 * Matches the layout's columns (in an across table, its measures) to the table's headers.
 * `named`: the parameters of the `CSC_` name the table was found by, so a missing column
 * is reported against the name.
 */
function matchColumns(
  spec: DatasetSpec,
  officers: RawTable,
  sheetName: string,
  sink: FindingSink,
  named?: StructureParams & NameParams,
): LocatedTable | undefined {
  const across = isAcross(officers, spec);
  const table = across ? transpose(officers, spec) : officers;
  const at = (row: number, col: number): string => cellAddress(across, row, col);
  const normalised = table.headers.map((h) => headerKey(headerText(h)));
  const columnIndex: number[] = [];
  let ok = true;
  spec.columns.forEach((column, i) => {
    const index = normalised.indexOf(headerKey(column.header));
    columnIndex.push(index);
    if (index < 0 && column.required) {
      ok = false;
      // Name the header cell at the column's place in the layout: a renamed header is usually there.
      const place = table.headers.length === 0 ? 0 : Math.min(i, table.headers.length - 1);
      const detail = {
        column: column.header,
        table: table.name || spec.table,
        headers: table.headers.length ? table.headers.map(headerText).join(" | ") : "(none)",
      };
      const cell = at(table.top, table.left + place);
      sink.add(
        named
          ? finding("name-headers", sheetName, cell, { ...named, ...detail })
          : finding("column-missing", sheetName, cell, detail),
      );
    }
  });
  if (!ok) return undefined;
  return {
    spec,
    name: table.name,
    sheet: sheetName,
    top: table.top,
    left: table.left,
    headers: table.headers,
    rows: table.rows,
    columnIndex,
    ...(table.numberFormats ? { numberFormats: table.numberFormats } : {}),
    across,
    at,
    line: (row) => lineLabel(across, row),
  };
}
