/**
 * One function's "Insert example": writes the example into the selected cell only when that
 * cell is outside the data tables, asks before replacing anything the cell holds, says where
 * the example went and what it shows, and offers Undo. Focus stays on the button (it is never
 * disabled, only marked busy) and comes back to it after the dialog or Undo.
 */
import { Button, makeStyles, MessageBar, MessageBarActions, MessageBarBody, tokens } from "@fluentui/react-components";
import { useRef, useState } from "react";
import { placeExample, type PlaceResult, undoExample } from "../../excel";
import { errorText } from "../errors";
import { type ExampleMessage, keptMessage, placedMessage, undoneMessage } from "../example-messages";
import type { FunctionDoc } from "../function-docs";
import { ConfirmDialog } from "./ConfirmDialog";
import { ErrorBar } from "./ErrorBar";

const useStyles = makeStyles({
  message: { fontSize: tokens.fontSizeBase200, overflowWrap: "anywhere" },
});

type Written = Extract<PlaceResult, { kind: "written" }>;
type Occupied = Extract<PlaceResult, { kind: "occupied" }>;

/** Props of {@link InsertExample}. */
export interface InsertExampleProps {
  readonly doc: FunctionDoc;
}

/** The button, its dialog and its message. */
export function InsertExample({ doc }: InsertExampleProps) {
  const s = useStyles();
  const button = useRef<HTMLButtonElement>(null);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<ExampleMessage | undefined>();
  const [error, setError] = useState<string | undefined>();
  const [ask, setAsk] = useState<Occupied | undefined>();
  const [undoable, setUndoable] = useState<Written | undefined>();

  // Each message is a new MessageBar (keyed by `seq`): Fluent's MessageBar announces its text
  // through the AriaLiveAnnouncer when it mounts, so a repeated message is announced again.
  const [seq, setSeq] = useState(0);
  const show = (m: ExampleMessage) => {
    setMessage(m);
    setSeq((n) => n + 1);
  };

  const run = async (fn: () => Promise<void>) => {
    if (busy) return;
    setBusy(true);
    setError(undefined);
    try {
      await fn();
    } catch (e) {
      setError(`Inserting the example failed: ${errorText(e)}`);
    } finally {
      setBusy(false);
    }
  };

  const settle = (r: PlaceResult) => {
    if (r.kind === "occupied") {
      setAsk(r);
      return;
    }
    setUndoable(r.kind === "written" ? r : undefined);
    show(placedMessage(r));
  };

  const insert = () =>
    void run(async () => {
      setMessage(undefined);
      setUndoable(undefined);
      settle(await placeExample(doc.example.formula));
    });

  const replace = () => {
    const target = ask?.target;
    setAsk(undefined);
    button.current?.focus();
    if (target) void run(async () => settle(await placeExample(doc.example.formula, { target, replace: true })));
  };

  const keep = () => {
    if (ask) show(keptMessage(ask.target.address, ask.shows));
    setAsk(undefined);
    button.current?.focus();
  };

  const undo = () =>
    void run(async () => {
      if (!undoable) return;
      await undoExample(undoable);
      setUndoable(undefined);
      button.current?.focus();
      show(undoneMessage(undoable.target.address));
    });

  return (
    <>
      <div>
        <Button
          ref={button}
          size="small"
          onClick={insert}
          disabledFocusable={busy}
          aria-label={`Insert example of ${doc.name}`}
        >
          {busy ? "Inserting…" : "Insert example"}
        </Button>
      </div>
      {error && <ErrorBar message={error} onDismiss={() => setError(undefined)} />}
      {message && (
        <MessageBar key={seq} intent={message.intent} layout="multiline" data-testid="example-message">
          <MessageBarBody className={s.message}>{message.text}</MessageBarBody>
          {undoable && (
            <MessageBarActions>
              <Button size="small" onClick={undo} aria-label={`Undo: put back what ${undoable.target.address} held`}>
                Undo
              </Button>
            </MessageBarActions>
          )}
        </MessageBar>
      )}
      <ConfirmDialog
        open={ask !== undefined}
        title={`Replace what is in ${ask?.target.address ?? "the cell"}?`}
        replaceLabel="Replace it with the example"
        onReplace={replace}
        onKeep={keep}
      >
        {`${ask?.target.address ?? "The cell"} holds ${ask?.shows ?? "something"}. The example would replace it; Undo would put it back.`}
      </ConfirmDialog>
    </>
  );
}
