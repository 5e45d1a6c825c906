/** A dismissible error MessageBar: adapter failures are shown to the user, not only logged. */
import { Button, MessageBar, MessageBarActions, MessageBarBody } from "@fluentui/react-components";
import { BarTitle } from "./BarTitle";

/** Props of {@link ErrorBar}. */
export interface ErrorBarProps {
  readonly message: string | undefined;
  readonly onDismiss?: () => void;
  readonly title?: string;
}

/** Shows `message` as an error, or nothing. */
export function ErrorBar({ message, onDismiss, title = "Problem" }: ErrorBarProps) {
  if (!message) return null;
  return (
    // No role="alert": Fluent's MessageBar announces its text itself as it mounts (assertively for
    // an error, useMessageBar), and a live region on top read every error twice.
    <MessageBar key={message} intent="error" layout="multiline">
      <MessageBarBody>
        <BarTitle>{title}</BarTitle>
        {message}
      </MessageBarBody>
      {onDismiss && (
        <MessageBarActions>
          <Button size="small" onClick={onDismiss}>
            Dismiss
          </Button>
        </MessageBarActions>
      )}
    </MessageBar>
  );
}
