/**
 * One look at the report sheet before a refresh (two syncs at most): whose sheet is at the
 * report's name (core's rule: absent, ours as written, ours but edited, or not ours), what the
 * add-in's stored description says, protection, the used range a backup needs, the charts and
 * objects on it, and the column widths to restore.
 */
import {
  chartsToDelete,
  NO_ADDITIONS,
  type ReportSheetOwnership,
  reportSheetOwnership,
  type SheetAdditions,
  sheetAdditions,
} from "../core/report";
import { fingerprintValues, parseRange } from "../core/base";
import { queueSheetObjects } from "./report-objects";
import {
  BACKUP_SHEET,
  BUILD_SHEET,
  type ColumnWidths,
  localAddress,
  parseStoredReport,
  REPORT_SETTING,
  type StoredReport,
} from "./report-state";

/** What one look at the report sheet finds (two syncs at most). */
export interface SheetFacts {
  ownership: ReportSheetOwnership;
  structureProtected: boolean;
  sheetProtected: boolean;
  stored: StoredReport | undefined;
  rawSetting: string | null;
  usedAddress: string | null;
  chartNames: string[];
  /** The charts on the sheet the add-in made (by their recorded names): the only ones a refresh deletes. */
  ownCharts: string[];
  /** What lies on the sheet that the add-in did not put there. */
  added: SheetAdditions;
  /** A staging sheet's name taken by a sheet no refresh of ours left, if any. */
  reserved: string | undefined;
  widths: ColumnWidths;
}

/** The rows and columns of `inner` ("C3:E9") within `outer` ("A1:K90"), both local addresses. */
function within(values: readonly (readonly unknown[])[], outer: string, inner: string): unknown[][] {
  const a = parseRange(outer);
  const b = parseRange(inner);
  if (!a || !b) return values.map((row) => [...row]);
  return values
    .slice(b.top - a.top, b.bottom - a.top + 1)
    .map((row) => row.slice(b.left - a.left, b.right - a.left + 1));
}

/**
 * Reads what a refresh needs to know about the report sheet, the sheet's cells once; `widthColumns`
 * columns' widths are read. The fingerprint is of the values-only used range (as the sheet was
 * marked when written), cut from the one read of the whole used range, whose address the backup
 * needs: formatted blank cells widen the used range but not the values-only one
 * (Worksheet.getUsedRangeOrNullObject(valuesOnly), ExcelApi 1.4,
 * https://learn.microsoft.com/en-us/javascript/api/excel/excel.worksheet#excel-excel-worksheet-getusedrangeornullobject-member(1)).
 */
export async function readSheetFacts(
  context: Excel.RequestContext,
  sheetName: string,
  widthColumns: number,
): Promise<SheetFacts> {
  const ws = context.workbook.worksheets.getItemOrNullObject(sheetName);
  const setting = context.workbook.settings.getItemOrNullObject(REPORT_SETTING);
  setting.load("value");
  const protection = context.workbook.protection;
  protection.load("protected");
  const staging = [BUILD_SHEET, BACKUP_SHEET].map((name) => context.workbook.worksheets.getItemOrNullObject(name));
  await context.sync();
  const rawSetting = setting.isNullObject || typeof setting.value !== "string" ? null : setting.value;
  const stored = parseStoredReport(rawSetting);
  const facts: SheetFacts = {
    ownership: "absent",
    structureProtected: protection.protected,
    sheetProtected: false,
    stored,
    rawSetting,
    usedAddress: null,
    chartNames: [],
    ownCharts: [],
    added: NO_ADDITIONS,
    reserved: [BUILD_SHEET, BACKUP_SHEET].find((_, i) => staging[i]?.isNullObject === false),
    widths: [],
  };
  if (ws.isNullObject) return facts;
  ws.protection.load("protected");
  const valuesOnly = ws.getUsedRangeOrNullObject(true);
  valuesOnly.load("address");
  const used = ws.getUsedRangeOrNullObject(false);
  used.load("address,values");
  const objectsRead = queueSheetObjects(ws);
  const cols = Array.from({ length: widthColumns }, (_, c) => {
    const f = ws.getCell(0, c).format;
    f.load("columnWidth");
    return f;
  });
  await context.sync();
  const objects = await objectsRead.finish(context);
  facts.usedAddress = used.isNullObject ? null : localAddress(used.address);
  const values =
    valuesOnly.isNullObject || used.isNullObject || facts.usedAddress === null
      ? []
      : within(used.values, facts.usedAddress, localAddress(valuesOnly.address));
  // The mark, and the charts it records, count only when written for a sheet of this name.
  const ours = stored && stored.sheet === sheetName ? stored : undefined;
  const recorded = ours?.charts.map((c) => c.name) ?? [];
  facts.added = sheetAdditions(objects, recorded);
  facts.ownership = reportSheetOwnership({
    present: true,
    name: sheetName,
    mark: ours?.fingerprint,
    content: fingerprintValues(values),
    added: facts.added,
  });
  facts.sheetProtected = ws.protection.protected;
  facts.chartNames = [...objects.charts];
  facts.ownCharts = chartsToDelete(objects.charts, recorded);
  facts.widths = cols.map((f, c) => [c, f.columnWidth] as const);
  return facts;
}

/** Tells whether the report sheet is absent, ours as we wrote it, ours but edited, or not ours. */
export async function inspectReportSheet(sheetName: string = "Safeguarding Report"): Promise<ReportSheetOwnership> {
  return Excel.run(async (context) => (await readSheetFacts(context, sheetName, 0)).ownership);
}
