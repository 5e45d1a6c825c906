/** A dismissible error MessageBar: adapter failures are shown to the user, not only logged. */
import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";

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
    <MessageBar intent="error" role="alert" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{title}</MessageBarTitle>
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
