/**
 * What the add-in keeps in the document's settings about its report sheet: a description of
 * the report it wrote (to recognise its own sheet and to rebuild its charts), and the journal
 * of a refresh in progress (to finish or undo it, even on the next run if the pane was closed
 * half way). Settings are saved with the document
 * (https://learn.microsoft.com/en-us/office/dev/add-ins/develop/persisting-add-in-state-and-settings).
 */
import { z } from "zod";
import type { ChartSpec } from "../core/report";

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
 * - "preparing" (the first statement of the prepare sync): the staging sheets may exist; the
 *   report sheet is untouched. Written first so that no staging sheet exists without a journal
 *   (recovery leaves staging-named sheets without one alone).
 * - "prepared": the new report is built on BUILD_SHEET and the old one copied to BACKUP_SHEET;
 *   the report sheet itself is untouched.
 * - "committing" (the first statement of the commit sync): the report sheet may be part
 *   rewritten; recovery restores it from the backup.
 * - "committed": the report sheet holds the complete new report; only clean-up is left.
 * - "restored": recovery put the previous report back; only clean-up is left.
 */
export interface Journal {
  phase: "preparing" | "prepared" | "committing" | "committed" | "restored";
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
  /**
   * The officer's charts on the sheet when the refresh began (any chart the add-in did not
   * record): recovery keeps these and deletes every other chart, since a chart the commit added
   * may not have been given its name yet when the sync stopped.
   */
  keptCharts: string[];
  /**
   * The session that wrote the journal and when (ISO 8601): another session's recent journal
   * is not recovered from under it (core's recoveryAction). Missing in an older add-in's.
   */
  session?: string;
  at?: string;
}

/**
 * The settings as stored, read leniently: a document may hold a setting written by an older
 * version or edited by hand, so a part that does not parse falls back (no charts, no widths)
 * rather than losing the whole description; only the fields a refresh cannot do without make
 * the setting unreadable.
 */
const WidthsSchema = z.array(z.tuple([z.number(), z.number()])).catch([]);
// A chart is recognised by its name, as the writer stored it (the plan's ChartSpec).
const ChartsSchema = z
  .array(z.looseObject({ name: z.string() }))
  .transform((charts) => charts as unknown as ChartSpec[])
  .catch([]);

const StoredReportSchema = z.object({
  sheet: z.string(),
  fingerprint: z.string(),
  reportYear: z.string(),
  charts: ChartsSchema,
  widths: WidthsSchema,
});

const JournalSchema = z.object({
  phase: z.enum(["preparing", "prepared", "committing", "committed", "restored"]),
  sheet: z.string(),
  hadSheet: z.unknown().transform((v) => v === true),
  previousSetting: z.string().nullable().catch(null),
  backupAddress: z.string().nullable().catch(null),
  previousCharts: ChartsSchema,
  previousWidths: WidthsSchema,
  keptCharts: z.array(z.string()).catch([]),
  session: z.string().optional().catch(undefined),
  at: z.string().optional().catch(undefined),
});

/** `value` parsed as JSON and checked against `schema`, or undefined. */
function parseSetting<T>(value: unknown, schema: z.ZodType<T>): T | undefined {
  if (typeof value !== "string") return undefined;
  let json: unknown;
  try {
    json = JSON.parse(value);
  } catch {
    return undefined;
  }
  const r = schema.safeParse(json);
  return r.success ? r.data : undefined;
}

/** The stored report description, or undefined when absent or unreadable. */
export function parseStoredReport(value: unknown): StoredReport | undefined {
  return parseSetting(value, StoredReportSchema);
}

/** The journal, or undefined when absent or unreadable. */
export function parseJournal(value: unknown): Journal | undefined {
  return parseSetting(value, JournalSchema);
}

/** "'Safeguarding Report'!A1:K90" -> "A1:K90". */
export function localAddress(address: string): string {
  const bang = address.lastIndexOf("!");
  return bang < 0 ? address : address.slice(bang + 1);
}
