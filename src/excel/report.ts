/**
 * Applies a ReportPlan (built in src/core/report) to the "Safeguarding Report" sheet, the only
 * sheet the add-in owns. The officer's own sheets are never written.
 *
 * A refresh must survive a batch failing at any statement: Excel runs a sync's statements in
 * order and stops at the first that fails, leaving the earlier ones applied, so a batch is not
 * a transaction (https://learn.microsoft.com/en-us/office/dev/add-ins/excel/excel-add-ins-core-concepts,
 * https://learn.microsoft.com/en-us/office/dev/add-ins/testing/application-specific-api-error-handling).
 * It must also keep the report sheet's identity: renaming a sheet rewrites formulas that point
 * at it and deleting it turns them into #REF!
 * (https://support.microsoft.com/en-us/office/how-to-correct-a-ref-error-822c8e46-e610-4d2d-a0e4-0d8a8d5a7a3e),
 * so an officer's `='Safeguarding Report'!B5` would break if the sheet were swapped for a new one.
 *
 * So the report sheet is never renamed or deleted; its content is replaced in place, and an
 * officer's formula keeps meaning "that cell of the report" across refreshes:
 * 1. prepare (one sync): build the new report's cells on a hidden sheet aside, copy the current
 *    report's cells to a hidden backup sheet, then write the journal ("prepared") last;
 * 2. commit (one sync): journal "committing" first, then clear the report sheet, copy the new
 *    cells in (Range.copyFrom, ExcelApi 1.9), set widths, re-add the charts, store the new
 *    report's description, journal "committed" last;
 * 3. clean up (one sync): delete the two hidden sheets and the journal;
 * 4. page setup (best effort, report-page.ts): paper, orientation, margins, print scale, header
 *    and footer, print area and titles, page breaks. A part Excel refuses (a printer without A4,
 *    say) is reported in the result and leaves the new report in place.
 * Recovery reads the journal: before "committing" or after "restored" it only cleans up (the
 * previous report is untouched); at "committing" it restores the previous report from the
 * backup (cells, widths, the add-in's charts, the stored description); at "committed" it only
 * cleans up (the new report is complete). It runs after a failure and again at the start of the
 * next refresh (and when the pane opens), so a refresh interrupted by closing the pane is put
 * right. The number of syncs is the same whatever the number of tables and charts.
 *
 * Recovery acts only on a journal (core's recoveryAction): sheets at the staging names with no
 * journal are someone else's and are left alone (a refresh then stops and says so), and a
 * journal another session wrote less than ten minutes ago (a co-author refreshing the same
 * workbook) is left to that session (the officer is told to wait).
 *
 * A refresh deletes only the add-in's own charts, found by the names recorded in the stored
 * description (or, in recovery, the journal); the officer's charts and shapes stay where they
 * are. Their notes and comments make the sheet "edited" (core's rule, report-objects.ts reads
 * them): replaced only with consent, they go with the old cells (Range.clear clears everything
 * in the range, https://learn.microsoft.com/en-us/javascript/api/excel/excel.clearapplyto).
 */
import { type ReportPlan, type ReportSheetOwnership, type SheetAdditions } from "../core/report";
import { ReportRefreshElsewhere, ReportReservedSheet, SESSION_ID } from "./report-sessions";
import { fingerprintValues } from "../core/base";
import { planChartSpecs, planWidths, writeCells, writeChartsAndWidths } from "./report-write";
import { applyPageSetup, type PagePart } from "./report-page";
import {
  BACKUP_SHEET,
  BUILD_SHEET,
  type Journal,
  localAddress,
  REPORT_SETTING,
  type StoredReport,
} from "./report-state";
import { readSheetFacts, type SheetFacts } from "./report-facts";
import { REFRESH_API, ReportBlocked, ReportRefreshFailed, ReportSheetConflict, type Survivor } from "./report-failures";
import { chartsBesides, queueCleanUp, queueDeleteCharts, queueJournal, recoverReportSheets } from "./report-recovery";

export { BACKUP_SHEET, BUILD_SHEET, JOURNAL_SETTING, REPORT_SETTING } from "./report-state";
export { ReportRefreshElsewhere, ReportReservedSheet } from "./report-sessions";
export { ReportBlocked, ReportRefreshFailed, ReportSheetConflict, type Survivor } from "./report-failures";
export { inspectReportSheet } from "./report-facts";
export { recoverReportSheets } from "./report-recovery";

/** What a refresh built. */
export interface ApplyResult {
  tables: number;
  charts: number;
  survived: "new report complete";
  /** The parts of the print setup Excel did not take (the report is complete without them). */
  pageNotSet: readonly PagePart[];
}

/** Prepares, commits and cleans up a refresh (three syncs); calls `onCommitted` once the new report is complete. */
async function runRefresh(plan: ReportPlan, facts: SheetFacts, onCommitted: () => void): Promise<void> {
  const widths = planWidths(plan);
  const charts = planChartSpecs(plan);
  const hadSheet = facts.ownership !== "absent";
  await Excel.run(async (context) => {
    const sheets = context.workbook.worksheets;
    const journal: Journal = {
      phase: "prepared",
      sheet: plan.sheetName,
      hadSheet,
      previousSetting: facts.rawSetting,
      backupAddress: facts.usedAddress,
      // A sheet the add-in did not make has no charts we could rebuild.
      previousCharts: facts.ownership === "foreign" ? [] : (facts.stored?.charts ?? []),
      previousWidths: facts.widths,
      keptCharts: chartsBesides(facts.chartNames, facts.ownCharts),
      session: SESSION_ID,
      at: new Date().toISOString(),
    };
    // 1. Prepare: the journal first (no staging sheet without one), the new cells aside, the old
    // cells in a backup, then the journal again.
    queueJournal(context, { ...journal, phase: "preparing" });
    const build = sheets.add(BUILD_SHEET);
    build.visibility = "Hidden";
    writeCells(build, plan);
    const built = build.getUsedRange(false);
    built.load("address");
    const builtValues = build.getUsedRange(true);
    builtValues.load("values");
    if (hadSheet) {
      const backup = sheets.add(BACKUP_SHEET);
      backup.visibility = "Hidden";
      if (facts.usedAddress !== null) {
        backup.getRange(facts.usedAddress).copyFrom(sheets.getItem(plan.sheetName).getRange(facts.usedAddress));
      }
    }
    queueJournal(context, journal);
    await context.sync();

    // 2. Commit: the report sheet's content replaced in place.
    queueJournal(context, { ...journal, phase: "committing" });
    const ws = hadSheet ? sheets.getItem(plan.sheetName) : sheets.add(plan.sheetName);
    queueDeleteCharts(ws, facts.ownCharts);
    ws.getRange().clear();
    const address = localAddress(built.address);
    ws.getRange(address).copyFrom(build.getRange(address));
    writeChartsAndWidths(ws, charts, widths);
    ws.activate();
    const stored: StoredReport = {
      sheet: plan.sheetName,
      fingerprint: fingerprintValues(builtValues.values),
      reportYear: plan.reportYear,
      charts,
      widths,
    };
    context.workbook.settings.add(REPORT_SETTING, JSON.stringify(stored));
    queueJournal(context, { ...journal, phase: "committed" });
    await context.sync();
    onCommitted();

    // 3. Clean up.
    queueCleanUp(context, { build: true, backup: hadSheet, journal: true });
    await context.sync();
  });
}

/**
 * One look at the report sheet before it is written, for one plan: what is there and whose it
 * is (core's rule, decided once here), which year it shows, and what a refresh interrupted
 * earlier left (finished or undone first). {@link commitReport} writes from it without reading
 * the sheet again; a session is for writing straight after it is prepared, not after the
 * officer has been asked (the sheet may change meanwhile: prepare again then).
 */
export class ReportSession {
  /** @internal Use {@link prepareReport}. */
  constructor(
    readonly plan: ReportPlan,
    /** What a refresh interrupted earlier left, when there was one. */
    readonly recovered: Survivor | undefined,
    private readonly facts: SheetFacts,
  ) {}

  /** Whose sheet is at the report's name. */
  get ownership(): ReportSheetOwnership {
    return this.facts.ownership;
  }

  /** What lies on the sheet that the add-in did not put there: charts and shapes a refresh keeps, notes and comments it removes. */
  get added(): SheetAdditions {
    return this.facts.added;
  }

  /** The year ("2021-22") of the report the add-in wrote on the sheet, when the sheet is its own. */
  get shows(): string | undefined {
    return this.facts.ownership === "ours" ? this.facts.stored?.reportYear : undefined;
  }

  /** @internal What {@link commitReport} writes from. */
  get read(): SheetFacts {
    return this.facts;
  }
}

/** Throws ReportBlocked when this Excel lacks what a safe refresh needs. */
function requireRefreshApi(sheetName: string): void {
  if (!Office.context.requirements.isSetSupported(REFRESH_API.set, REFRESH_API.version)) {
    throw new ReportBlocked("excel-too-old", sheetName);
  }
}

/**
 * After a failure: finish or undo what the journal records, then say what survived. Returns
 * (the new report stands) when the commit was done; throws ReportRefreshFailed otherwise.
 */
async function settleFailure(sheetName: string, e: unknown, hadReport: boolean | undefined, committed: boolean) {
  if (
    e instanceof ReportBlocked ||
    e instanceof ReportSheetConflict ||
    e instanceof ReportReservedSheet ||
    e instanceof ReportRefreshElsewhere
  )
    throw e;
  // Whatever failed, the journal says what to finish or undo; nothing is written without one
  // except the hidden sheets, which recovery removes.
  let survived: Survivor | undefined;
  try {
    survived = await recoverReportSheets(sheetName);
  } catch {
    if (committed) return; // complete; the next run only cleans up
    throw new ReportRefreshFailed("recovery pending", hadReport, e);
  }
  if (committed || survived === "new report complete") return;
  throw new ReportRefreshFailed("previous report kept", hadReport, e);
}

/**
 * Prepares a refresh of the report sheet for `plan`: finishes or undoes a refresh interrupted
 * earlier, then reads the report sheet once (three syncs). Throws ReportBlocked when this Excel
 * is too old, and ReportRefreshFailed, saying what survived, when a sync fails.
 */
export async function prepareReport(plan: ReportPlan): Promise<ReportSession> {
  requireRefreshApi(plan.sheetName);
  try {
    const recovered = await recoverReportSheets(plan.sheetName);
    const facts = await Excel.run((context) => readSheetFacts(context, plan.sheetName, plan.columnWidths.length));
    if (facts.reserved !== undefined) throw new ReportReservedSheet(facts.reserved);
    return new ReportSession(plan, recovered, facts);
  } catch (e) {
    await settleFailure(plan.sheetName, e, undefined, false);
    throw new ReportRefreshFailed("previous report kept", undefined, e);
  }
}

/**
 * Writes the session's plan on the report sheet, replacing the previous one in place, from what
 * the session read (three syncs, no read of the sheet), then sets its print setup (one sync, more
 * only when Excel refuses a part: `pageNotSet` lists those). Throws ReportBlocked (nothing written)
 * when protection would stop it, ReportSheetConflict (nothing written) when the sheet was edited
 * by hand or is not ours and `replace` is false, and ReportRefreshFailed, saying what survived,
 * when any sync fails.
 */
export async function commitReport(session: ReportSession, opts: { replace: boolean }): Promise<ApplyResult> {
  const { plan } = session;
  const facts = session.read;
  const result: ApplyResult = {
    tables: plan.blocks.filter((b) => b.kind === "table").length,
    charts: planChartSpecs(plan).length,
    survived: "new report complete",
    pageNotSet: [],
  };
  const hadReport = facts.ownership !== "absent";
  let committed = false;
  try {
    if (facts.structureProtected) throw new ReportBlocked("workbook-structure-protected", plan.sheetName);
    if (facts.sheetProtected) throw new ReportBlocked("report-sheet-protected", plan.sheetName);
    if ((facts.ownership === "edited" || facts.ownership === "foreign") && !opts.replace) {
      throw new ReportSheetConflict(facts.ownership, plan.sheetName, facts.added);
    }
    await runRefresh(plan, facts, () => (committed = true));
  } catch (e) {
    await settleFailure(plan.sheetName, e, hadReport, committed);
  }
  // The report is committed: the print setup is a step of its own, and what it could not set is
  // reported rather than rolling the new report back.
  const page = await applyPageSetup(plan.sheetName, plan.page);
  return { ...result, pageNotSet: page.notSet };
}

/**
 * Builds the report sheet from `plan`, replacing the previous one in place: {@link prepareReport}
 * then {@link commitReport}, with their failures.
 */
export async function applyReportPlan(plan: ReportPlan, opts: { replace: boolean }): Promise<ApplyResult> {
  return commitReport(await prepareReport(plan), opts);
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
