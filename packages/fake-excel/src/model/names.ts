/**
 * Defined names as document state: what cells a name refers to, and names that follow a table
 * renamed or deleted. The Office.js NamedItem proxies are proxy/names.ts.
 */
import { bodyRect } from "./table-model";
import type { RangeTarget, WorkbookState } from "./state";

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
export function nameTarget(wb: WorkbookState, formula: string): RangeTarget | undefined {
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
export function renameTableInNames(wb: WorkbookState, from: string, to: string): void {
  for (const n of wb.names) {
    const s = structuredRef(n.formula);
    if (s && s.table.toLowerCase() === from.toLowerCase()) n.formula = n.formula.replace(s.table, to);
  }
}

/** A table deleted (or its sheet): names referring to it hold `=#REF!`, as a deleted range's do. */
export function deleteTableInNames(wb: WorkbookState, table: string): void {
  for (const n of wb.names) {
    const s = structuredRef(n.formula);
    if (s && s.table.toLowerCase() === table.toLowerCase()) n.formula = "=#REF!";
  }
}
