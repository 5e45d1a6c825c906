/**
 * The failures of a report refresh that the pane tells the officer about: a sheet at the report's
 * name that is not (or no longer) the add-in's own, protection or an Excel too old to refresh
 * safely (nothing written), and a refresh that failed part way, with what survived.
 */
import { ExcelFailure } from "./failures";
import { reportConflict, type ReportConflict, type SheetAdditions } from "../core/report";

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
