/**
 * Applies a ReportPlan (built in src/core/report) to the "Safeguarding Report" sheet, the only
 * sheet the add-in owns. Plan, then apply: every decision is in the plan; here we only write.
 *
 * Safe refresh: the new report is built aside on a temporary sheet; only when it is complete
 * is it swapped in (old sheet renamed to a hidden backup, new sheet renamed, backup deleted).
 * If any sync fails, `recoverReportSheets` puts the previous report back and removes the
 * half-built sheet, so a failure halfway loses nothing. The officer's own sheets are never
 * written. The number of syncs is constant, whatever the number of tables and charts.
 */
import type { ChartSpec, ReportPlan, TableBlock } from "../core/report/plan";
import { fingerprintValues } from "../core/fingerprint";

/** Document setting describing the report sheet we wrote: {sheet, fingerprint, reportYear}. */
export const REPORT_SETTING = "csc.report";
/** Names used while a refresh is in progress; never left behind after a refresh or a recovery. */
export const BUILD_SHEET = "CSC report (building)";
export const BACKUP_SHEET = "CSC report (previous)";

/** What is at the report sheet's name now. */
export type ReportSheetState = "absent" | "ours" | "edited" | "foreign";

/** Thrown when the report sheet exists but is not (or no longer) the add-in's own. */
export class ReportSheetConflict extends Error {
  constructor(readonly state: "edited" | "foreign") {
    super(
      state === "edited"
        ? "The Safeguarding Report sheet has been edited by hand since it was generated. Replace it?"
        : "A sheet called Safeguarding Report exists but was not made by this add-in. Replace it?",
    );
    this.name = "ReportSheetConflict";
  }
}

interface StoredReport {
  sheet: string;
  fingerprint: string;
  reportYear: string;
}

function parseStoredReport(value: unknown): StoredReport | undefined {
  if (typeof value !== "string") return undefined;
  try {
    const v: unknown = JSON.parse(value);
    if (typeof v !== "object" || v === null) return undefined;
    const r = v as Record<string, unknown>;
    return typeof r.sheet === "string" && typeof r.fingerprint === "string" && typeof r.reportYear === "string"
      ? { sheet: r.sheet, fingerprint: r.fingerprint, reportYear: r.reportYear }
      : undefined;
  } catch {
    return undefined;
  }
}

/** Tells whether the report sheet is absent, ours as we wrote it, ours but edited, or not ours. */
export async function inspectReportSheet(sheetName: string = "Safeguarding Report"): Promise<ReportSheetState> {
  return Excel.run(async (context) => {
    const ws = context.workbook.worksheets.getItemOrNullObject(sheetName);
    const setting = context.workbook.settings.getItemOrNullObject(REPORT_SETTING);
    setting.load("value");
    await context.sync();
    if (ws.isNullObject) return "absent";
    const stored = setting.isNullObject ? undefined : parseStoredReport(setting.value);
    if (!stored || stored.sheet !== sheetName) return "foreign";
    const used = ws.getUsedRangeOrNullObject(true);
    used.load("values");
    await context.sync();
    const values = used.isNullObject ? [] : used.values;
    return fingerprintValues(values) === stored.fingerprint ? "ours" : "edited";
  });
}

const BLUE = "#1F4E79"; // header fill; white text on it is 8.9:1

/**
 * Excel reads a string written to a cell as if it were typed: "Jun-2019", "2011-12", "1,234",
 * "5%" become numbers or dates and a leading "=", "+" or "-" makes a formula (Excel.Range.values,
 * https://learn.microsoft.com/en-us/javascript/api/excel/excel.range#excel-excel-range-values-member;
 * office-js #229). A cell whose number format is Text ("@") keeps what is written as text
 * (https://support.microsoft.com/en-us/office/stop-automatically-changing-numbers-to-dates-452bd2db-cc96-47d1-81e4-72cec11c4ed8),
 * so every text cell gets "@" queued before its value.
 */
const TEXT_FORMAT = "@";

/** Queues `text` into the single cell `address`, as text whatever it looks like. */
function writeText(ws: Excel.Worksheet, address: string, text: string): Excel.Range {
  const cell = ws.getRange(address);
  cell.numberFormat = [[TEXT_FORMAT]];
  cell.values = [[text]];
  return cell;
}

/** Queues a bold title of `size` points at `address`. */
function writeTitle(ws: Excel.Worksheet, address: string, text: string, size: number): void {
  const cell = writeText(ws, address, text);
  cell.format.font.bold = true;
  cell.format.font.size = size;
}

/** Queues the writes of one table block: title, grid, formats, notes, charts. */
function writeTable(ws: Excel.Worksheet, block: TableBlock): void {
  writeTitle(ws, block.anchor.address, block.title, 12);
  const grid = ws.getRange(block.grid.range.address);
  // Formats before values: Excel reads each value against the format the cell has then, and
  // the plan gives its text cells (headers, row labels such as "Jun-2019") the Text format.
  grid.numberFormat = block.grid.numberFormats.map((row) => [...row]);
  grid.values = block.grid.values.map((row) => row.map((v) => (v === null ? "" : v)));
  for (const r of block.grid.boldRows) {
    const row = grid.getRow(r);
    row.format.font.bold = true;
    row.format.fill.color = BLUE;
    row.format.font.color = "#FFFFFF";
  }
  grid.getColumn(0).format.font.bold = true;
  for (const note of block.notes) {
    writeText(ws, note.address, note.text).format.font.italic = true;
  }
  for (const chart of block.charts) {
    addChart(ws, chart);
    const description = writeText(ws, chart.descriptionAddress, `${chart.altTitle}. ${chart.altDescription}`);
    description.format.font.italic = true;
  }
}

/** Queues a native chart from a ChartSpec: series by name, direct labels, colours, markers. */
function addChart(ws: Excel.Worksheet, spec: ChartSpec): void {
  const first = spec.series[0];
  if (!first) return;
  const chart = ws.charts.add(spec.type, ws.getRange(first.valuesAddress), "Rows");
  chart.name = spec.name;
  chart.title.text = spec.title;
  chart.axes.categoryAxis.title.text = spec.categoryAxisTitle;
  chart.axes.valueAxis.title.text = spec.valueAxisTitle;
  chart.axes.valueAxis.numberFormat = spec.valueFormat;
  chart.legend.visible = spec.showLegend;
  if (spec.showLegend) chart.legend.position = "Bottom";
  chart.dataLabels.showValue = true;
  chart.dataLabels.numberFormat = spec.valueFormat;
  chart.setPosition(spec.position.address);
  chart.width = spec.position.widthPt;
  chart.height = spec.position.heightPt;
  const categories = ws.getRange(spec.categoriesAddress);
  spec.series.forEach((s, i) => {
    const series = i === 0 ? chart.series.getItemAt(0) : chart.series.add(s.name);
    if (i > 0) series.setValues(ws.getRange(s.valuesAddress));
    series.setXAxisValues(categories);
    series.name = s.name;
    series.hasDataLabels = true;
    if (spec.type === "ColumnClustered") {
      series.format.fill.setSolidColor(s.color);
    } else {
      series.format.line.color = s.color;
      if (s.marker !== "none") {
        series.markerStyle = MARKERS[s.marker];
        series.markerBackgroundColor = s.color;
        series.markerForegroundColor = s.color;
      }
    }
  });
}

const MARKERS = { circle: "Circle", square: "Square", diamond: "Diamond", triangle: "Triangle" } as const;

/** Queues every block of the plan on `ws`. */
function writePlan(ws: Excel.Worksheet, plan: ReportPlan): void {
  plan.columnWidths.forEach((chars, col) => {
    // Office.js column widths are in points; a character of the default font is about 7 pt.
    ws.getCell(0, col).format.columnWidth = Math.round(chars * 7);
  });
  for (const block of plan.blocks) {
    if (block.kind === "table") {
      writeTable(ws, block);
    } else if (block.kind === "headlines") {
      writeTitle(ws, block.anchor.address, block.title, 12);
      for (const h of block.items) writeText(ws, h.address, h.text);
    } else {
      writeTitle(ws, block.anchor.address, block.text, block.level === 1 ? 16 : 13);
    }
  }
}

/**
 * Puts the workbook back in a consistent state after a failed refresh: the previous report
 * back under its name, no half-built sheet. Safe to call at any time.
 */
export async function recoverReportSheets(sheetName: string = "Safeguarding Report"): Promise<void> {
  await Excel.run(async (context) => {
    const final = context.workbook.worksheets.getItemOrNullObject(sheetName);
    const backup = context.workbook.worksheets.getItemOrNullObject(BACKUP_SHEET);
    const build = context.workbook.worksheets.getItemOrNullObject(BUILD_SHEET);
    await context.sync();
    if (!build.isNullObject) build.delete();
    if (!backup.isNullObject) {
      if (final.isNullObject) {
        backup.visibility = "Visible";
        backup.name = sheetName;
      } else {
        backup.delete();
      }
    }
    await context.sync();
  });
}

/** What a refresh built. */
export interface ApplyResult {
  tables: number;
  charts: number;
}

/**
 * Builds the report sheet from `plan`, replacing the previous one. Throws ReportSheetConflict
 * (and changes nothing) when the sheet was edited by hand or is not ours and `replace` is false.
 */
export async function applyReportPlan(plan: ReportPlan, opts: { replace: boolean }): Promise<ApplyResult> {
  const state = await inspectReportSheet(plan.sheetName);
  if ((state === "edited" || state === "foreign") && !opts.replace) throw new ReportSheetConflict(state);
  await recoverReportSheets(plan.sheetName); // a refresh that died earlier left nothing behind
  const tables = plan.blocks.filter((b): b is TableBlock => b.kind === "table");
  const result: ApplyResult = { tables: tables.length, charts: tables.reduce((n, t) => n + t.charts.length, 0) };
  // Once the new sheet has its name, the refresh has happened: a failure after that point
  // only leaves the hidden backup, which recovery deletes.
  let swapped = false;
  try {
    await Excel.run(async (context) => {
      const sheets = context.workbook.worksheets;
      const existing = sheets.getItemOrNullObject(plan.sheetName);
      existing.load("position");
      await context.sync();

      const ws = sheets.add(BUILD_SHEET);
      writePlan(ws, plan);
      const used = ws.getUsedRange(true);
      used.load("values");
      await context.sync();

      if (!existing.isNullObject) {
        existing.name = BACKUP_SHEET;
        existing.visibility = "Hidden";
        ws.position = existing.position;
      }
      ws.name = plan.sheetName;
      ws.activate();
      const stored: StoredReport = {
        sheet: plan.sheetName,
        fingerprint: fingerprintValues(used.values),
        reportYear: plan.reportYear,
      };
      context.workbook.settings.add(REPORT_SETTING, JSON.stringify(stored));
      await context.sync();
      swapped = true;

      if (!existing.isNullObject) existing.delete();
      await context.sync();
    });
  } catch (e) {
    await recoverReportSheets(plan.sheetName);
    if (!swapped) throw e;
  }
  return result;
}

/** A chart of the report sheet as a base64 PNG, for pasting into slides. */
export async function exportChartImage(chartName: string, sheetName: string = "Safeguarding Report"): Promise<string> {
  return Excel.run(async (context) => {
    const image = context.workbook.worksheets.getItem(sheetName).charts.getItem(chartName).getImage();
    await context.sync();
    // A ClientResult's value is filled by the sync; there is nothing to load().
    // eslint-disable-next-line office-addins/load-object-before-read
    return image.value;
  });
}
