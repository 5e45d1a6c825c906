/**
 * Asks before replacing a report sheet the add-in did not make, or one edited by hand.
 * Keeping the sheet is the default (ConfirmDialog); replacing is the second choice.
 */
import { describeAdditions, listed, type SheetAdditions } from "../../core/report";
import { ConfirmDialog } from "./ConfirmDialog";

/** Props of {@link ReplaceDialog}. */
export interface ReplaceDialogProps {
  /** Whose the report sheet is, as the generate flow found it; the dialog is open for "edited" and "foreign". */
  readonly found: "edited" | "foreign" | undefined;
  readonly sheetName: string;
  /** What the officer added to the sheet besides cells, named in the question. */
  readonly added?: SheetAdditions;
  readonly onReplace: () => void;
  readonly onCancel: () => void;
}

const capital = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** The confirmation dialog. */
export function ReplaceDialog({ found, sheetName, added, onReplace, onCancel }: ReplaceDialogProps) {
  const { removed, kept } = added ? describeAdditions(added) : { removed: [], kept: [] };
  return (
    <ConfirmDialog
      open={found !== undefined}
      title={`Replace the sheet “${sheetName}”?`}
      replaceLabel="Replace the sheet"
      onReplace={onReplace}
      onKeep={onCancel}
    >
      {found === "foreign"
        ? `A sheet named “${sheetName}” exists but was not made by this add-in. Replacing it deletes what is on it.`
        : `The sheet “${sheetName}” has been changed by hand since the add-in made it. Replacing it loses those changes.`}{" "}
      {removed.length > 0 &&
        `It has ${listed(removed)}: replacing the sheet removes ${removed.length === 1 ? "it" : "them"}. `}
      {kept.length > 0 && `${capital(listed(kept))} will stay where ${kept.length === 1 ? "it is" : "they are"}. `}
      Your data sheets are not touched either way.
    </ConfirmDialog>
  );
}
