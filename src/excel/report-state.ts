/**
 * What the add-in keeps in the document's settings about its report sheet: a description of
 * the report it wrote (to recognise its own sheet and to rebuild its charts), and the journal
 * of a refresh in progress (to finish or undo it, even on the next run if the pane was closed
 * half way). Settings are saved with the document
 * (https://learn.microsoft.com/en-us/office/dev/add-ins/develop/persisting-add-in-state-and-settings).
 */
import type { ChartSpec } from "../core/report/plan";

/** Document setting describing the report sheet we wrote. */
export const REPORT_SETTING = "csc.report";
/** Document setting holding the journal of a refresh in progress. */
export const JOURNAL_SETTING = "csc.report.refresh";
/** Hidden sheets used while a refresh is in progress; never left behind after a refresh or a recovery. */
export const BUILD_SHEET = "CSC report (building)";
export const BACKUP_SHEET = "CSC report (previous)";

/** Widths in points of report columns, by zero-based column. */
export type ColumnWidths = readonly (readonly [number, number])[];

/** The report sheet as the add-in wrote it. */
export interface StoredReport {
  sheet: string;
  /** Fingerprint of the sheet's values: a differing one means the sheet was edited by hand. */
  fingerprint: string;
  reportYear: string;
  /** The charts on the sheet, so a failed refresh can put them back exactly. */
  charts: ChartSpec[];
  widths: ColumnWidths;
}

/**
 * A refresh in progress. Each phase is written as the last statement of the sync whose work
 * it records, so (statements running in order) seeing a phase proves that work is done:
 * - "prepared": the new report is built on BUILD_SHEET and the old one copied to BACKUP_SHEET;
 *   the report sheet itself is untouched.
 * - "committing" (the first statement of the commit sync): the report sheet may be part
 *   rewritten; recovery restores it from the backup.
 * - "committed": the report sheet holds the complete new report; only clean-up is left.
 * - "restored": recovery put the previous report back; only clean-up is left.
 */
export interface Journal {
  phase: "prepared" | "committing" | "committed" | "restored";
  sheet: string;
  /** The report sheet existed before the refresh. */
  hadSheet: boolean;
  /** The raw REPORT_SETTING value before the refresh, or null when there was none. */
  previousSetting: string | null;
  /** The previous sheet's used range ("A1:K90") as copied to the backup, or null when blank or absent. */
  backupAddress: string | null;
  /** The add-in's charts on the previous sheet, and the widths of the columns the refresh sets. */
  previousCharts: ChartSpec[];
  previousWidths: ColumnWidths;
}

function parseJson(value: unknown): Record<string, unknown> | undefined {
  if (typeof value !== "string") return undefined;
  try {
    const v: unknown = JSON.parse(value);
    return typeof v === "object" && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

const isWidths = (v: unknown): v is ColumnWidths =>
  Array.isArray(v) &&
  v.every((p) => Array.isArray(p) && p.length === 2 && typeof p[0] === "number" && typeof p[1] === "number");

const isCharts = (v: unknown): v is ChartSpec[] =>
  Array.isArray(v) && v.every((c) => typeof c === "object" && c !== null && typeof (c as ChartSpec).name === "string");

/** The stored report description, or undefined when absent or unreadable. */
export function parseStoredReport(value: unknown): StoredReport | undefined {
  const r = parseJson(value);
  if (!r || typeof r.sheet !== "string" || typeof r.fingerprint !== "string" || typeof r.reportYear !== "string") {
    return undefined;
  }
  return {
    sheet: r.sheet,
    fingerprint: r.fingerprint,
    reportYear: r.reportYear,
    charts: isCharts(r.charts) ? r.charts : [],
    widths: isWidths(r.widths) ? r.widths : [],
  };
}

const PHASES: readonly Journal["phase"][] = ["prepared", "committing", "committed", "restored"];

/** The journal, or undefined when absent or unreadable. */
export function parseJournal(value: unknown): Journal | undefined {
  const j = parseJson(value);
  if (!j || !PHASES.includes(j.phase as Journal["phase"]) || typeof j.sheet !== "string") return undefined;
  return {
    phase: j.phase as Journal["phase"],
    sheet: j.sheet,
    hadSheet: j.hadSheet === true,
    previousSetting: typeof j.previousSetting === "string" ? j.previousSetting : null,
    backupAddress: typeof j.backupAddress === "string" ? j.backupAddress : null,
    previousCharts: isCharts(j.previousCharts) ? j.previousCharts : [],
    previousWidths: isWidths(j.previousWidths) ? j.previousWidths : [],
  };
}

/** "'Safeguarding Report'!A1:K90" -> "A1:K90". */
export function localAddress(address: string): string {
  const bang = address.lastIndexOf("!");
  return bang < 0 ? address : address.slice(bang + 1);
}
