/**
 * Deep JSON of a WorkbookModel's document state, for "nothing changed" assertions.
 */
import { sheetConditionalFormats } from "../proxy/conditional-format";
import { sheetDataValidations } from "../model/data-validation";
import { formatA1, rectColumnCount, rectRowCount } from "../model/address";
import { chartToJson } from "../model/chart-model";
import { cellKey, type Json, parseCellKey, type RangeTarget, type SheetState } from "../model/state";
import type { WorkbookModel } from "../model/workbook";

/** Sheets (cells keyed by A1 address), tables, charts, names, settings, active sheet, selection. */
export function snapshotWorkbook(wb: WorkbookModel): Json {
  const sheetJson = (s: SheetState): Json => {
    const cells: Record<string, Json> = {};
    const keys = [...s.cells.keys()].map(parseCellKey).sort((a, b) => a.row - b.row || a.col - b.col);
    for (const { row, col } of keys) {
      const c = s.cells.get(cellKey(row, col));
      if (c)
        cells[formatA1({ startRow: row, startCol: col, endRow: row, endCol: col })] = JSON.parse(
          JSON.stringify(c),
        ) as Json;
    }
    const widths: Record<string, number> = {};
    for (const [col, w] of [...s.columnWidths].sort((a, b) => a[0] - b[0])) widths[String(col)] = w;
    const cfs = sheetConditionalFormats(s).map((c) => ({
      address: formatA1(c.rect),
      formula: c.formula,
      fill: c.fill ?? null,
      fontColor: c.fontColor ?? null,
      ...(c.bold !== undefined ? { bold: c.bold } : {}),
      ...(c.borders ? { borders: JSON.parse(JSON.stringify(c.borders)) as Json } : {}),
    }));
    const dvs = sheetDataValidations(s).map((d) => ({
      address: formatA1(d.rect),
      type: d.type,
      rule: JSON.parse(JSON.stringify(d.rule)) as Json,
      prompt: { ...d.prompt },
      errorAlert: { ...d.errorAlert },
      ignoreBlanks: d.ignoreBlanks,
    }));
    return {
      name: s.name,
      visibility: s.visibility,
      cells,
      columnWidths: widths,
      ...(cfs.length ? { conditionalFormats: cfs } : {}),
      ...(dvs.length ? { dataValidations: dvs } : {}),
      ...(s.protection ? { protected: true } : {}),
    };
  };
  const rangeJson = (t: RangeTarget | undefined): Json => (t ? `${t.sheet.name}!${formatA1(t.rect)}` : null);
  return {
    sheets: wb.sheets.map(sheetJson),
    tables: wb.tables.map((t) => ({
      name: t.name,
      sheet: t.sheet.name,
      address: formatA1(t.rect),
      rows: rectRowCount(t.rect),
      columns: rectColumnCount(t.rect),
      showHeaders: t.showHeaders,
      showTotals: t.showTotals,
      style: t.style,
    })),
    charts: wb.charts.map(chartToJson),
    names: wb.names.map((n) => ({ name: n.name, formula: n.formula, comment: n.comment, visible: n.visible })),
    settings: JSON.parse(
      JSON.stringify(Object.fromEntries([...wb.settings].sort((a, b) => (a[0] < b[0] ? -1 : 1)))),
    ) as Json,
    activeSheet: wb.activeSheet?.name ?? null,
    selection: rangeJson(wb.selection),
    calculationMode: wb.calculationMode,
    ...(wb.structureProtection ? { structureProtected: true } : {}),
  };
}
