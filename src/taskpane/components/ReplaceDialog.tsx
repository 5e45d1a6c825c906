/**
 * Asks before replacing a report sheet the add-in did not make, or one edited by hand.
 * Keeping the sheet is the default (ConfirmDialog); replacing is the second choice.
 */
import { ConfirmDialog } from "./ConfirmDialog";

/** Props of {@link ReplaceDialog}. */
export interface ReplaceDialogProps {
  /** Whose the report sheet is, as the generate flow found it; the dialog is open for "edited" and "foreign". */
  readonly found: "edited" | "foreign" | undefined;
  readonly sheetName: string;
  readonly onReplace: () => void;
  readonly onCancel: () => void;
}

/** The confirmation dialog. */
export function ReplaceDialog({ found, sheetName, onReplace, onCancel }: ReplaceDialogProps) {
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
      Your data sheets are not touched either way.
    </ConfirmDialog>
  );
}
