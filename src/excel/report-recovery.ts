/**
 * The refresh's journal and the recovery that reads it (core's recoveryAction decides): after an
 * interrupted refresh, the previous report is put back from the hidden backup sheet (cells,
 * widths, the add-in's charts, the stored description) or, when the new one was complete, only
 * the hidden sheets and the journal are removed. Also the small queued steps the refresh shares
 * with it: writing the journal, cleaning up, deleting the add-in's charts.
 */
import { recoveryAction } from "../core/report";
import { ReportBlocked, type Survivor } from "./report-failures";
import { ReportRefreshElsewhere, SESSION_ID } from "./report-sessions";
import { writeChartsAndWidths } from "./report-write";
import { BACKUP_SHEET, BUILD_SHEET, type Journal, JOURNAL_SETTING, parseJournal, REPORT_SETTING } from "./report-state";

/** Queues the deletion of the refresh's hidden sheets and, last, of the journal. */
export function queueCleanUp(
  context: Excel.RequestContext,
  found: { build: boolean; backup: boolean; journal: boolean },
): void {
  const sheets = context.workbook.worksheets;
  if (found.build) sheets.getItem(BUILD_SHEET).delete();
  if (found.backup) sheets.getItem(BACKUP_SHEET).delete();
  if (found.journal) context.workbook.settings.getItem(JOURNAL_SETTING).delete();
}

/** Queues a write of the journal. */
export function queueJournal(context: Excel.RequestContext, journal: Journal): void {
  context.workbook.settings.add(JOURNAL_SETTING, JSON.stringify(journal));
}

/** The charts of `present` other than `kept`, one `kept` name sparing one chart of that name. */
export function chartsBesides(present: readonly string[], kept: readonly string[]): string[] {
  const spare = [...kept];
  return present.filter((name) => {
    const i = spare.indexOf(name);
    if (i < 0) return true;
    spare.splice(i, 1);
    return false;
  });
}

/** Queues the deletion of every chart on `ws` named in `names` (one per occurrence). */
export function queueDeleteCharts(ws: Excel.Worksheet, names: readonly string[]): void {
  for (const name of names) ws.charts.getItem(name).delete();
}

/**
 * Puts the report sheet in a consistent state after an interrupted refresh: the previous report
 * back, or the new one kept when it was complete, and no hidden sheet or journal left behind.
 * Safe to call at any time; returns what survived, or undefined when no refresh was pending.
 */
export async function recoverReportSheets(sheetName: string = "Safeguarding Report"): Promise<Survivor | undefined> {
  return Excel.run(async (context) => {
    const sheets = context.workbook.worksheets;
    const journalItem = context.workbook.settings.getItemOrNullObject(JOURNAL_SETTING);
    journalItem.load("value");
    const build = sheets.getItemOrNullObject(BUILD_SHEET);
    const backup = sheets.getItemOrNullObject(BACKUP_SHEET);
    const report = sheets.getItemOrNullObject(sheetName);
    report.load("protection/protected");
    const reportSetting = context.workbook.settings.getItemOrNullObject(REPORT_SETTING);
    const protection = context.workbook.protection;
    protection.load("protected");
    await context.sync();
    const journal = journalItem.isNullObject ? undefined : parseJournal(journalItem.value);
    const found = { build: !build.isNullObject, backup: !backup.isNullObject, journal: !journalItem.isNullObject };
    // Only a journal is a refresh of ours left over (an unreadable one too: an older add-in's).
    const action = recoveryAction(found.journal ? (journal ?? {}) : undefined, found.build || found.backup, {
      session: SESSION_ID,
      now: Date.now(),
    });
    if (action.kind === "nothing" || action.kind === "leave-reserved") return undefined;
    if (action.kind === "other-session") throw new ReportRefreshElsewhere(action.minutesAgo);
    // Protection added since the refresh was interrupted would make the recovery fail half way.
    if (protection.protected) throw new ReportBlocked("workbook-structure-protected", sheetName);
    if (journal?.phase === "committing" && !report.isNullObject && report.protection.protected) {
      throw new ReportBlocked("report-sheet-protected", sheetName);
    }
    if (!journal || journal.phase !== "committing") {
      queueCleanUp(context, found);
      await context.sync();
      return journal?.phase === "committed" ? "new report complete" : "previous report kept";
    }
    // The report sheet may be part rewritten: put the previous report back from the backup.
    if (!report.isNullObject) report.charts.load("items/name");
    await context.sync();
    if (journal.hadSheet && !report.isNullObject) {
      // Every chart but the officer's: the previous report's, and any this refresh drew.
      queueDeleteCharts(
        report,
        chartsBesides(
          report.charts.items.map((c) => c.name),
          journal.keptCharts,
        ),
      );
      report.getRange().clear();
      if (journal.backupAddress !== null && found.backup) {
        report.getRange(journal.backupAddress).copyFrom(backup.getRange(journal.backupAddress));
      }
      writeChartsAndWidths(report, journal.previousCharts, journal.previousWidths);
    } else if (!journal.hadSheet && !report.isNullObject) {
      report.delete();
    }
    if (journal.previousSetting !== null) context.workbook.settings.add(REPORT_SETTING, journal.previousSetting);
    else if (!reportSetting.isNullObject) reportSetting.delete();
    queueJournal(context, { ...journal, phase: "restored" });
    await context.sync();
    queueCleanUp(context, { ...found, journal: true });
    await context.sync();
    return "previous report kept";
  });
}
