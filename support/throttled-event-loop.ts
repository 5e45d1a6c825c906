/**
 * A browser event loop in virtual time that throttles timers as Chromium does, for measuring
 * how long slice-by-slice work takes in a visible and in a hidden task pane without waiting.
 *
 * What it models (Chromium's rules, "Heavy throttling of chained JS timers beginning in
 * Chrome 88", developer.chrome.com/blog/timer-throttling-in-chrome-88, and the HTML standard's
 * timer nesting level, html.spec.whatwg.org/multipage/timers-and-user-prompts.html#timers):
 * - a timer's nesting level is one more than that of the timer task that scheduled it (a
 *   timer scheduled from any other task, a message among them, has level 1); the microtasks a
 *   task's callback queues run inside that task, so a timer scheduled after an `await` that a
 *   timer resolved is nested too;
 * - visible: from level 5, a delay below 4 ms is raised to 4 ms;
 * - hidden: from level 5, the timer runs at the next whole second of the clock (wake-ups
 *   aligned to once a second); after five minutes hidden, at the next whole minute;
 * - a message posted on a MessageChannel is a plain task: it runs as soon as it is reached,
 *   in order, at any visibility.
 * Work takes virtual time only when the caller says so ({@link ThrottledEventLoop.spend}), so
 * the figures are exact and the same on any machine. Stricter than Chromium where unsure: the
 * 30-second "silent page" condition of intensive throttling is taken as met.
 */
import type { YieldChannel, YieldHost } from "../src/excel";

/** Whether the page is shown; `hiddenForMs` is how long it has been hidden when the run starts. */
export type Visibility = { readonly state: "visible" } | { readonly state: "hidden"; readonly hiddenForMs: number };

interface Task {
  readonly due: number;
  readonly seq: number;
  /** The HTML timer nesting level: 0 for a message task. */
  readonly level: number;
  readonly run: () => void;
}

/** What a run counted. */
export interface LoopStats {
  /** Virtual milliseconds from the start of the run to its end. */
  readonly elapsedMs: number;
  /** Virtual milliseconds of work the run declared. */
  readonly workMs: number;
  /** Timer tasks run, and how many of them were held back by throttling. */
  readonly timers: number;
  readonly throttledTimers: number;
  /** Message tasks run. */
  readonly messages: number;
}

/** The event loop: its virtual clock, a YieldHost over it, and a driver for async work. */
export class ThrottledEventLoop {
  private clock = 0;
  private seq = 0;
  private queue: Task[] = [];
  private current: Task | undefined;
  private counts = { workMs: 0, timers: 0, throttledTimers: 0, messages: 0 };

  constructor(private readonly visibility: Visibility) {}

  /** The virtual time in milliseconds. */
  readonly now = (): number => this.clock;

  /** Declares `ms` of work done on the thread: the clock moves on by that much. */
  spend(ms: number): void {
    this.clock += ms;
    this.counts.workMs += ms;
  }

  /** setTimeout over the virtual clock, throttled by nesting level and visibility. */
  readonly setTimeout = (callback: () => void, ms: number): void => {
    const level = (this.current && this.current.level > 0 ? this.current.level : 0) + 1;
    const asked = this.clock + Math.max(0, ms);
    const due = level >= 5 ? this.throttled(asked) : asked;
    this.push(due, level, () => {
      this.counts.timers++;
      if (due > asked) this.counts.throttledTimers++;
      callback();
    });
  };

  /** The YieldHost the add-in's yielder runs on: this loop's timers and message channels. */
  host(options: { channels: boolean }): YieldHost {
    if (!options.channels) return { setTimeout: this.setTimeout };
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- the channel class posts into this loop
    const loop = this;
    class Channel implements YieldChannel {
      readonly port1: { onmessage: ((event: never) => void) | null } = { onmessage: null };
      readonly port2 = {
        postMessage: (): void => {
          loop.push(loop.clock, 0, () => {
            loop.counts.messages++;
            this.port1.onmessage?.(undefined as never);
          });
        },
      };
    }
    return { setTimeout: this.setTimeout, MessageChannel: Channel };
  }

  /**
   * Runs `work` to the end on this loop: after each task, every microtask it queued (the
   * awaits it resolved) runs inside it, then the next task by due time. Throws if the work
   * waits on nothing this loop will run.
   */
  async run<T>(work: () => Promise<T>): Promise<{ value: T; stats: LoopStats }> {
    const start = this.clock;
    let outcome: { value: T } | { error: unknown } | undefined;
    work().then(
      (value) => (outcome = { value }),
      (error: unknown) => (outcome = { error }),
    );
    for (;;) {
      // setImmediate runs once the microtask queue is empty: the current task has finished.
      await new Promise<void>((resolve) => setImmediate(resolve));
      this.current = undefined;
      if (outcome) break;
      this.queue.sort((a, b) => a.due - b.due || a.seq - b.seq);
      const task = this.queue.shift();
      if (!task) throw new Error("the work is waiting on something the event loop will never run");
      this.clock = Math.max(this.clock, task.due);
      this.current = task;
      task.run();
    }
    if ("error" in outcome) throw outcome.error;
    return { value: outcome.value, stats: { elapsedMs: this.clock - start, ...this.counts } };
  }

  private throttled(asked: number): number {
    if (this.visibility.state === "visible") return Math.max(asked, this.clock + 4);
    const hiddenFor = this.visibility.hiddenForMs + this.clock;
    const grain = hiddenFor >= 5 * 60_000 ? 60_000 : 1_000;
    return Math.ceil(asked / grain) * grain;
  }

  private push(due: number, level: number, run: () => void): void {
    this.queue.push({ due, seq: this.seq++, level, run });
  }
}
