/**
 * Who may touch a refresh left over (core's recoveryAction, core/report/recovery.ts): this
 * session's id, written in each journal, and the failures raised, with nothing written, when a
 * refresh may not start: a staging sheet's name taken by a sheet no refresh of ours left, or
 * another session's refresh that may still be running.
 */
import { ExcelFailure } from "./failures";

/** Thrown, with nothing written, when a sheet the add-in did not leave has a staging sheet's name. */
export class ReportReservedSheet extends ExcelFailure<"report-reserved-sheet"> {
  constructor(sheet: string) {
    super("report-reserved-sheet", { sheet });
    this.name = "ReportReservedSheet";
  }
}

/** Thrown, with nothing written, when another session's refresh of the report may still be running. */
export class ReportRefreshElsewhere extends ExcelFailure<"report-refresh-elsewhere"> {
  constructor(minutes: number) {
    super("report-refresh-elsewhere", { minutes });
    this.name = "ReportRefreshElsewhere";
  }
}

/**
 * This session's id, written in each journal it writes: one per load of the add-in's code (a
 * pane, another window, a co-author's Excel each have their own).
 */
export const SESSION_ID = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
