/**
 * What a finished validation says, in one place, so the words read aloud are the words on the
 * screen: the Validate tab's summary line and the announcement share them. A workbook with
 * none of the performance tables is not "6 errors" (one per missing sheet) but a workbook to
 * set up, and the pane says so both ways.
 */
import { findsNoDataset, type Issue } from "../core/workbook";
import { summaryText } from "./issue-groups";

/** What a clean workbook's validation says: the one line, on the tab and read aloud. */
export const CLEAN_SUMMARY = "No problems found; the workbook is ready for the report";

/**
 * The summary line: "3 errors, 5 warnings", "No performance tables in this workbook yet", or for
 * a workbook with nothing to report {@link CLEAN_SUMMARY}, once (not "0 errors, 0 warnings" over
 * a second line saying the same).
 */
export function validationSummary(issues: readonly Issue[]): string {
  if (findsNoDataset(issues)) return "No performance tables in this workbook yet";
  return issues.length === 0 ? CLEAN_SUMMARY : summaryText(issues);
}

/**
 * What the result means for the report, as the tab's notes say it; "" for a clean workbook, whose
 * summary already says it is ready.
 */
export function validationVerdict(result: { readonly errors: number; readonly issues: readonly Issue[] }): string {
  if (findsNoDataset(result.issues)) return "Set up workbook adds them.";
  if (result.errors > 0) return "Errors block the report.";
  return result.issues.length > 0 ? "Warnings only: the report can go ahead." : "";
}

/** What the pane announces when a validation finishes: the summary, then the verdict when there is one. */
export function validationAnnouncement(result: { readonly errors: number; readonly issues: readonly Issue[] }): string {
  const verdict = validationVerdict(result);
  return `Validation finished: ${validationSummary(result.issues)}.${verdict ? ` ${verdict}` : ""}`;
}
