/** Asks before replacing a report sheet the add-in did not make, or one edited by hand. */
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
} from "@fluentui/react-components";

/** Props of {@link ReplaceDialog}. */
export interface ReplaceDialogProps {
  /** What inspectReportSheet() found; the dialog is open for "edited" and "foreign". */
  readonly found: "edited" | "foreign" | undefined;
  readonly sheetName: string;
  readonly onReplace: () => void;
  readonly onCancel: () => void;
}

/** The confirmation dialog. */
export function ReplaceDialog({ found, sheetName, onReplace, onCancel }: ReplaceDialogProps) {
  return (
    <Dialog open={found !== undefined} modalType="alert" onOpenChange={(_, d) => (d.open ? undefined : onCancel())}>
      <DialogSurface aria-describedby="csc-replace-text">
        <DialogBody>
          <DialogTitle>{`Replace the sheet “${sheetName}”?`}</DialogTitle>
          <DialogContent id="csc-replace-text">
            {found === "foreign"
              ? `A sheet named “${sheetName}” exists but was not made by this add-in. Replacing it deletes what is on it.`
              : `The sheet “${sheetName}” has been changed by hand since the add-in made it. Replacing it loses those changes.`}{" "}
            Your data sheets are not touched either way.
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={onReplace}>
              Replace the sheet
            </Button>
            <Button onClick={onCancel}>Keep it and cancel</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
