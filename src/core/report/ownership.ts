/**
 * Whose sheet is at the report's name: one rule for both hosts. The add-in (src/excel) and
 * csc-report (src/cli) each mark the report sheet they write with a fingerprint of its values
 * (the add-in in a document setting, csc-report in a hidden sheet-scoped defined name) and, on
 * the next run, read the sheet at the report's name and its mark; this decides from what they
 * read. A sheet the host did not mark is someone else's, and one whose values no longer match
 * its mark was edited by hand: neither is replaced unless the officer says so, because
 * replacing it would lose their work. A conflict is a code with parameters, worded where it is
 * shown (the pane, the command line), as findings are.
 *
 * Besides the values, a host reads what lies on the sheet (sheet-objects.ts): a note or a
 * comment the officer added makes the sheet "edited" as an edited cell does, because a refresh
 * would remove it; the officer's own charts and shapes do not, because a refresh keeps them.
 */
import { additionsNeedConsent, type SheetAdditions } from "./sheet-objects";

/** What is at the report sheet's name: nothing, the host's sheet as written, the host's sheet edited since, or another's sheet. */
export type ReportSheetOwnership = "absent" | "ours" | "edited" | "foreign";

/**
 * What a host read of the sheet at the report's name. `mark` is the fingerprint the host stored
 * when it wrote that sheet (undefined when there is no mark for it); `content` the fingerprint of
 * its values now, computed as the host computed the mark (undefined when the sheet holds what
 * the host never writes, such as a table, so it cannot be the host's as written).
 */
export type ReportSheetSeen =
  | { readonly present: false }
  | {
      readonly present: true;
      /** The sheet's name as it is in the workbook (its own spelling). */
      readonly name: string;
      readonly mark: string | undefined;
      readonly content: string | undefined;
      /** What lies on the sheet that the host did not put there (sheetAdditions); none when omitted. */
      readonly added?: SheetAdditions;
    };

/** Decides whose sheet is at the report's name from what a host read of it. */
export function reportSheetOwnership(seen: ReportSheetSeen): ReportSheetOwnership {
  if (!seen.present) return "absent";
  if (seen.mark === undefined) return "foreign";
  if (seen.added && additionsNeedConsent(seen.added)) return "edited";
  return seen.content !== undefined && seen.content === seen.mark ? "ours" : "edited";
}

/** Why the report sheet is not replaced without asking: the code, and the sheet it names. */
export interface ReportConflict {
  readonly code: "report-sheet-edited" | "report-sheet-foreign";
  readonly params: { readonly sheet: string; readonly added?: SheetAdditions };
}

/** The conflict a sheet of this ownership raises, or undefined when the report may be written over it. */
export function reportConflict(ownership: "edited" | "foreign", sheet: string, added?: SheetAdditions): ReportConflict;
export function reportConflict(
  ownership: ReportSheetOwnership,
  sheet: string,
  added?: SheetAdditions,
): ReportConflict | undefined;
export function reportConflict(
  ownership: ReportSheetOwnership,
  sheet: string,
  added?: SheetAdditions,
): ReportConflict | undefined {
  const params = added ? { sheet, added } : { sheet };
  if (ownership === "edited") return { code: "report-sheet-edited", params };
  if (ownership === "foreign") return { code: "report-sheet-foreign", params };
  return undefined;
}
