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
import { ExcelFailure } from "./failures";
import {
  chartsToDelete,
  NO_ADDITIONS,
  type ReportConflict,
  type ReportPlan,
  type ReportSheetOwnership,
  recoveryAction,
  reportConflict,
  reportSheetOwnership,
  type SheetAdditions,
  sheetAdditions,
} from "../core/report";
import { queueSheetObjects } from "./report-objects";
import { ReportRefreshElsewhere, ReportReservedSheet, SESSION_ID } from "./report-sessions";
import { fingerprintValues, parseRange } from "../core/base";
import { planChartSpecs, planWidths, writeCells, writeChartsAndWidths } from "./report-write";
import { applyPageSetup, type PagePart } from "./report-page";
import {
  BACKUP_SHEET,
  BUILD_SHEET,
  type ColumnWidths,
  type Journal,
  JOURNAL_SETTING,
  localAddress,
  parseJournal,
  parseStoredReport,
  REPORT_SETTING,
  type StoredReport,
} from "./report-state";

export { BACKUP_SHEET, BUILD_SHEET, JOURNAL_SETTING, REPORT_SETTING } from "./report-state";
export { ReportRefreshElsewhere, ReportReservedSheet } from "./report-sessions";

/** What a refresh left in the workbook. */
export type Survivor = "previous report kept" | "new report complete";

/** Thrown when the report sheet exists but is not (or no longer) the add-in's own: core's conflict as a failure of this layer. */
export class ReportSheetConflict extends ExcelFailure<ReportConflict["code"]> {
  readonly state: "edited" | "foreign";
  constructor(state: "edited" | "foreign", sheet: string, added?: SheetAdditions) {
    const conflict = reportConflict(state, sheet, added);
    super(conflict.code, conflict.params);
    this.state = state;
    this.name = "ReportSheetConflict";
  }
}

/** Why a report cannot be generated before anything is written. */
export type ReportBlock = "workbook-structure-protected" | "report-sheet-protected" | "excel-too-old";

/**
 * The newest requirement set the refresh uses: Range.copyFrom is ExcelApi 1.9
 * (https://learn.microsoft.com/en-us/javascript/api/excel/excel.range#excel-excel-range-copyfrom-member(1));
 * workbook.protection is 1.7.
 */
export const REFRESH_API = { set: "ExcelApi", version: "1.9" } as const;

/** Thrown, with nothing written, when protection would make the refresh fail half way. */
export class ReportBlocked extends ExcelFailure<
  "report-structure-protected" | "report-sheet-protected" | "excel-too-old"
> {
  readonly reason: ReportBlock;
  readonly sheetName: string;
  constructor(reason: ReportBlock, sheetName: string) {
    super(
      reason === "excel-too-old"
        ? "excel-too-old"
        : reason === "report-sheet-protected"
          ? "report-sheet-protected"
          : "report-structure-protected",
      reason === "excel-too-old" ? { set: REFRESH_API.set, version: REFRESH_API.version } : { sheet: sheetName },
    );
    this.reason = reason;
    this.sheetName = sheetName;
    this.name = "ReportBlocked";
  }
}

/**
 * Thrown when a refresh failed. `survived` says what the workbook holds now: the previous
 * report (or, when there was none, no report sheet) — or, when even the recovery could not
 * run, "recovery pending": the journal stays and the next refresh (or opening the pane)
 * finishes the recovery.
 */
export class ReportRefreshFailed extends ExcelFailure<"refresh-failed"> {
  readonly survived: "previous report kept" | "recovery pending";
  /** A report sheet existed before this refresh (undefined when the failure came before we could tell). */
  readonly hadReport: boolean | undefined;
  override readonly cause: unknown;
  constructor(survived: "previous report kept" | "recovery pending", hadReport: boolean | undefined, cause: unknown) {
    super("refresh-failed", { why: cause instanceof Error ? cause.message : String(cause) });
    this.survived = survived;
    this.hadReport = hadReport;
    this.cause = cause;
    this.name = "ReportRefreshFailed";
  }
}

/** What a refresh built. */
export interface ApplyResult {
  tables: number;
  charts: number;
  survived: "new report complete";
  /** The parts of the print setup Excel did not take (the report is complete without them). */
  pageNotSet: readonly PagePart[];
}

/** What one look at the report sheet finds (two syncs at most). */
interface SheetFacts {
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
async function readSheetFacts(
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

/** Queues the deletion of the refresh's hidden sheets and, last, of the journal. */
function queueCleanUp(
  context: Excel.RequestContext,
  found: { build: boolean; backup: boolean; journal: boolean },
): void {
  const sheets = context.workbook.worksheets;
  if (found.build) sheets.getItem(BUILD_SHEET).delete();
  if (found.backup) sheets.getItem(BACKUP_SHEET).delete();
  if (found.journal) context.workbook.settings.getItem(JOURNAL_SETTING).delete();
}

/** Queues a write of the journal. */
function queueJournal(context: Excel.RequestContext, journal: Journal): void {
  context.workbook.settings.add(JOURNAL_SETTING, JSON.stringify(journal));
}

/** The charts of `present` other than `kept`, one `kept` name sparing one chart of that name. */
function chartsBesides(present: readonly string[], kept: readonly string[]): string[] {
  const spare = [...kept];
  return present.filter((name) => {
    const i = spare.indexOf(name);
    if (i < 0) return true;
    spare.splice(i, 1);
    return false;
  });
}

/** Queues the deletion of every chart on `ws` named in `names` (one per occurrence). */
function queueDeleteCharts(ws: Excel.Worksheet, names: readonly string[]): void {
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
