/**
 * Giving the thread back between slices of long work (core/base/slices.ts) in a way a hidden
 * pane does not slow down.
 *
 * Why not a zero-delay timer. The shared runtime keeps running while the task pane is closed
 * or, in Excel on the web, while the browser tab is in the background ("Runtimes in Office
 * Add-ins", learn.microsoft.com/office/dev/add-ins/testing/runtimes). Chromium throttles
 * chained timers there: a setTimeout scheduled from a task that is itself a timer five or
 * more levels deep runs at most once a second in a hidden page, and once a minute after five
 * minutes hidden ("Heavy throttling of chained JS timers beginning in Chrome 88",
 * developer.chrome.com/blog/timer-throttling-in-chrome-88). A validation that yields every
 * 25 ms through `setTimeout(0)` chains exactly such timers, so hidden it would wait about a
 * second (later a minute) after each 25 ms slice: forty times slower, or worse. Even visible,
 * the HTML standard clamps the fifth nested timer onwards to 4 ms
 * (html.spec.whatwg.org/multipage/timers-and-user-prompts.html#timers, "timer nesting level").
 *
 * A message posted on a MessageChannel is an ordinary task, not a timer: neither rule applies,
 * and the rendering, input and other callers (the custom functions) that were waiting still run
 * before it, as they would before a timer. React's own scheduler yields the same way for the
 * same reason. So the add-in always yields through a channel where there is one, and falls
 * back to a zero-delay timer where there is none. Time-slicing (yield only after ~25 ms of
 * work) stays the slicer's job; this module only decides how a yield is made.
 */

/** The part of a message channel a yield uses (the DOM's MessageChannel fits it). */
export interface YieldChannel {
  readonly port1: { onmessage: ((event: never) => void) | null };
  readonly port2: { postMessage(message: null): void };
}

/** What a yielder needs of its environment: the browser's globals, or a test's stand-ins. */
export interface YieldHost {
  /** Schedules `callback` after `ms` milliseconds (the fallback). */
  readonly setTimeout: (callback: () => void, ms: number) => unknown;
  /** Makes a message channel; absent where the environment has none. */
  readonly MessageChannel?: new () => YieldChannel;
}

/** How a yielder gives the thread back: a posted message, or (without channels) a timer. */
export type YieldVia = "message" | "timer";

/** A function that gives the thread back and resolves when work may go on. */
export interface Yielder {
  (): Promise<void>;
  /** Which way this yielder gives the thread back. */
  readonly via: YieldVia;
}

/**
 * A yielder over `host` (the page's globals by default): through one MessageChannel, created
 * on first use, where the host has channels; through `setTimeout(0)` otherwise.
 */
export function createYield(host: YieldHost = globalThis as unknown as YieldHost): Yielder {
  const Channel = host.MessageChannel;
  if (!Channel)
    return Object.assign(() => new Promise<void>((resolve) => host.setTimeout(resolve, 0)), { via: "timer" as const });
  let channel: YieldChannel | undefined;
  const waiting: (() => void)[] = [];
  const yieldNow = (): Promise<void> =>
    new Promise<void>((resolve) => {
      channel ??= new Channel();
      const { port1, port2 } = channel;
      waiting.push(resolve);
      // The handler is set only while a yield waits: in Node (the CLI, tests, benches) a port
      // with a handler keeps the process alive, so between yields there is none.
      port1.onmessage = () => {
        const next = waiting.shift();
        if (waiting.length === 0) port1.onmessage = null;
        next?.();
      };
      port2.postMessage(null);
    });
  return Object.assign(yieldNow, { via: "message" as const });
}
