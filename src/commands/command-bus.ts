/**
 * A tiny command bus between the ribbon commands (commands.ts, beside it) and the task pane.
 *
 * Why a global: the ribbon commands and the pane run in the same shared runtime (one window)
 * but are separate webpack entries, so a module-level variable would exist once per bundle.
 * The state lives on `globalThis` under a registered symbol that both bundles resolve to the
 * same key. A command given before the pane has mounted is kept as pending and delivered
 * when the pane subscribes, so a click on the ribbon that opens the pane is never lost.
 */

/** What the ribbon can ask the pane to do. */
export type PaneCommand = "validate" | "report" | "setup";

type Listener = (cmd: PaneCommand) => void;

interface BusState {
  pending: PaneCommand | undefined;
  listener: Listener | undefined;
}

const KEY = Symbol.for("csc.taskpane.commandBus");

function state(): BusState {
  const g = globalThis as unknown as Record<symbol, BusState | undefined>;
  let s = g[KEY];
  if (!s) {
    s = { pending: undefined, listener: undefined };
    g[KEY] = s;
  }
  return s;
}

/**
 * Asks the pane to run `cmd`. Delivered at once when the pane is mounted, else kept (the
 * latest request wins) until it subscribes.
 */
export function requestCommand(cmd: PaneCommand): void {
  const s = state();
  if (s.listener) s.listener(cmd);
  else s.pending = cmd;
}

/**
 * Subscribes the pane (one listener at a time). A pending command is delivered immediately.
 * @returns a function that unsubscribes.
 */
export function subscribeCommands(listener: Listener): () => void {
  const s = state();
  s.listener = listener;
  const pending = s.pending;
  s.pending = undefined;
  if (pending) listener(pending);
  return () => {
    if (s.listener === listener) s.listener = undefined;
  };
}

/** Test helper: forgets the listener and any pending command. */
export function resetCommandBus(): void {
  const s = state();
  s.pending = undefined;
  s.listener = undefined;
}
