/**
 * The Report tab's words for what happened to the workbook when generating did not go to plan:
 * protection that stopped it before anything was written (with what to do in Excel's ribbon),
 * a refresh that failed (and what survived: the previous report or no report), and a refresh
 * interrupted earlier that the add-in has since finished or undone. Plain words for an officer,
 * no error codes in the title. Pure: no Office or DOM.
 */
import { type PagePart, ReportBlocked, ReportRefreshFailed, type Survivor } from "../excel";
import { errorText } from "./errors";

/** A message for the pane: a short title, the body, and how serious it is. */
export interface PaneMessage {
  readonly intent: "error" | "warning" | "info" | "success";
  readonly title: string;
  readonly text: string;
}

/** The instruction for protection that stops the report before anything is written. */
function blockedMessage(e: ReportBlocked): PaneMessage {
  if (e.reason === "excel-too-old") {
    return {
      intent: "warning",
      title: "Report not generated",
      text:
        "This version of Excel can't replace the report safely. Use Excel for Microsoft 365, Excel 2019 or later, " +
        "or Excel on the web. Nothing was changed.",
    };
  }
  const text =
    e.reason === "workbook-structure-protected"
      ? "This workbook's structure is protected, so the add-in can't add the sheets it needs for the report. " +
        "In Excel, choose Review > Protect Workbook to turn the protection off (you may need the password), " +
        "then generate the report again. Nothing was changed."
      : `The sheet “${e.sheetName}” is protected, so the add-in can't write the report on it. ` +
        `Go to that sheet and choose Review > Unprotect Sheet (you may need the password), ` +
        "then generate the report again. Nothing was changed.";
  return { intent: "warning", title: "Report not generated", text };
}

/** What a failed refresh left, in words. */
function failedMessage(e: ReportRefreshFailed): PaneMessage {
  const why = errorText(e.cause);
  if (e.survived === "recovery pending") {
    return {
      intent: "error",
      title: "Report not generated",
      text:
        `Generating the report failed (${why}) and the report sheet could not be put back straight away. ` +
        "Your own sheets were not changed. Press Generate again, or reopen this tab, and the add-in will first " +
        "put back the previous report.",
    };
  }
  const kept =
    e.hadReport === true
      ? "The previous report is still there, unchanged, and your own sheets are as they were."
      : e.hadReport === false
        ? "No report sheet was added, and your own sheets are as they were."
        : "Nothing was changed: the workbook is as it was before.";
  return { intent: "error", title: "Report not generated", text: `Generating the report failed (${why}). ${kept}` };
}

/** The message for whatever `applyReportPlan` threw. */
export function reportFailureMessage(e: unknown): PaneMessage {
  if (e instanceof ReportBlocked) return blockedMessage(e);
  if (e instanceof ReportRefreshFailed) return failedMessage(e);
  return {
    intent: "error",
    title: "Report not generated",
    text: `Generating the report failed: ${errorText(e)} Your own sheets are as they were.`,
  };
}

/** The message after the add-in finished or undid a refresh interrupted earlier (pane closed half way). */
export function recoveredMessage(survived: Survivor): PaneMessage {
  return survived === "new report complete"
    ? {
        intent: "info",
        title: "Earlier refresh finished",
        text: "A report refresh was interrupted earlier; the new report it was writing is complete.",
      }
    : {
        intent: "info",
        title: "Earlier refresh undone",
        text: "A report refresh was interrupted earlier; the add-in has put back the report that was there before.",
      };
}

/**
 * The message when the report was written but Excel did not take part of its print setup (a
 * printer without A4 paper, say), or undefined when all of it was set.
 */
export function pageSetupMessage(sheetName: string, notSet: readonly PagePart[]): PaneMessage | undefined {
  if (notSet.length === 0) return undefined;
  const parts = notSet.length === 1 ? notSet[0] : `${notSet.slice(0, -1).join(", ")} and ${notSet[notSet.length - 1]}`;
  return {
    intent: "warning",
    title: "Print settings not all set",
    text:
      `The report is on the sheet “${sheetName}”, but Excel did not accept these print settings: ${parts}. ` +
      "Set them in Excel's Page Layout tab before printing the report.",
  };
}
