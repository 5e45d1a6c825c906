/**
 * What a finished validation says, in one place, so the words read aloud are the words on the
 * screen: the Validate tab's summary line and the announcement share them. A workbook with
 * none of the performance tables is not "6 errors" (one per missing sheet) but a workbook to
 * set up, and the pane says so both ways.
 */
import { findsNoDataset, type Issue } from "../core/workbook";
import { summaryText } from "./issue-groups";

/** The summary line: "3 errors, 5 warnings", or "No performance tables in this workbook yet". */
export function validationSummary(issues: readonly Issue[]): string {
  return findsNoDataset(issues) ? "No performance tables in this workbook yet" : summaryText(issues);
}

/** What the result means for the report, as the tab's notes say it. */
export function validationVerdict(result: { readonly errors: number; readonly issues: readonly Issue[] }): string {
  if (findsNoDataset(result.issues)) return "Set up workbook adds them.";
  if (result.errors > 0) return "Errors block the report.";
  return result.issues.length > 0 ? "Warnings only: the report can go ahead." : "The workbook is ready for the report.";
}
