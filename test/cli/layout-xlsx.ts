/** The fault table's layouts (test/fixtures/workbooks/layouts.ts) applied to an ExcelJS workbook. */
import type { Workbook } from "exceljs";
import { loadSampleWorkbook } from "../../src/cli/template";
import { acrossGrid, placement, specOfSheet, type Layout } from "../fixtures/workbooks/layouts";

/** Rebuilds the case's sheet in its layout (layouts.ts) from the sample's figures. */
export function applyLayout(wb: Workbook, sheet: string, layout: Layout): void {
  const t = loadSampleWorkbook().sheets.find((s) => s.name === sheet)?.tables[0];
  const old = wb.getWorksheet(sheet);
  if (!t || !old) throw new Error(`no table on ${sheet}`);
  const grid = acrossGrid(sheet, [t.headers, ...t.rows]);
  wb.removeWorksheet(old.id);
  const ws = wb.addWorksheet(sheet);
  const at = placement(layout, sheet, grid.length, grid[0]?.length ?? 0);
  if (layout === "across") {
    const [headers = [], ...rows] = grid;
    ws.addTable({
      name: specOfSheet(sheet).table,
      ref: "A1",
      headerRow: true,
      columns: headers.map((h) => ({ name: String(h) })),
      rows,
    });
  } else grid.forEach((r, i) => r.forEach((v, c) => (ws.getCell(at.top + i + 1, at.left + c + 1).value = v)));
  if (at.name) wb.definedNames.add(at.name.formula.slice(1), at.name.name);
}
