/**
 * Asks before the add-in replaces something. The safe choice ("Keep it and cancel" unless told) is the
 * primary button and has focus when the dialog opens, so Enter never destroys anything; the
 * replacing choice is the secondary button (Microsoft's dialog guidance: the default action is
 * the least destructive one, learn.microsoft.com/windows/apps/design/controls/dialogs-and-flyouts/dialogs).
 */
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
} from "@fluentui/react-components";
import { type ReactNode, useId } from "react";

/** Props of {@link ConfirmDialog}. */
export interface ConfirmDialogProps {
  readonly open: boolean;
  readonly title: string;
  readonly children: ReactNode;
  /** The replacing action's label ("Replace the sheet"). */
  readonly replaceLabel: string;
  readonly onReplace: () => void;
  /** Escape, the close of the dialog and the safe button. */
  readonly onKeep: () => void;
  /**
   * The safe button's label: "Keep it and cancel" by default (something would be replaced);
   * "Cancel" where nothing is replaced, only added (the returns' fill writes empty cells only).
   */
  readonly keepLabel?: string;
}

/** The confirmation dialog, focused on keeping. */
export function ConfirmDialog({
  open,
  title,
  children,
  replaceLabel,
  onReplace,
  onKeep,
  keepLabel = "Keep it and cancel",
}: ConfirmDialogProps) {
  const textId = useId();
  return (
    <Dialog open={open} modalType="alert" onOpenChange={(_, d) => (d.open ? undefined : onKeep())}>
      <DialogSurface aria-describedby={textId}>
        <DialogBody>
          <DialogTitle>{title}</DialogTitle>
          <DialogContent id={textId}>{children}</DialogContent>
          <DialogActions>
            <Button appearance="primary" autoFocus onClick={onKeep}>
              {keepLabel}
            </Button>
            <Button appearance="secondary" onClick={onReplace}>
              {replaceLabel}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
