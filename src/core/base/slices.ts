/**
 * Long computations in slices, so one JavaScript thread stays responsive.
 *
 * Why: with a shared runtime the task pane, the ribbon commands and the custom functions run in
 * one JavaScript runtime ("Configure your Office Add-in to use a shared runtime",
 * learn.microsoft.com/office/dev/add-ins/develop/configure-your-add-in-to-use-a-shared-runtime;
 * "Runtimes in Office Add-ins", learn.microsoft.com/office/dev/add-ins/testing/runtimes), so
 * while validation holds the thread no custom function can compute and the pane cannot repaint
 * (Microsoft's web-worker sample for custom functions: "When using the shared runtime, custom
 * functions block the UI of your Office Add-in when they run", github.com/OfficeDev/
 * Office-Add-in-samples/tree/main/Excel-custom-functions/web-worker).
 *
 * A computation is written as a generator whose every `yield` ends a short, bounded step; the
 * value yielded is how many rows the step handled (its share of the work). {@link drive} runs
 * steps until a time budget is spent, then gives the thread back and carries on. Core stays pure
 * and synchronous: the clock and the way to give the thread back are injected by the caller
 * (src/excel uses performance.now and a posted message, src/excel/yield.ts), and {@link runToEnd} runs the same
 * steps in one go for the CLI and the tests.
 */

/** A computation in bounded steps: each yield is the number of rows the step handled. */
export type Steps<T> = Generator<number, T, void>;

/** How a {@link Slicer} measures time and gives the thread back. */
export interface SlicerOptions {
  /** Milliseconds of work before the thread is given back. */
  readonly budgetMs: number;
  /** The current time in milliseconds (any origin). */
  readonly now: () => number;
  /** Gives the thread back; resolves when work may go on (e.g. after a posted message). */
  readonly yieldNow: () => Promise<void>;
}

/** What a {@link Slicer} measured. */
export interface SliceStats {
  /** Times the thread was given back. */
  readonly yields: number;
  /** The longest stretch of work between two yields, in the clock's milliseconds. */
  readonly longestMs: number;
}

/**
 * Cuts work into slices of about `budgetMs`: call {@link Slicer.checkpoint} between bounded
 * units of work (or use {@link drive}); it yields once the current slice has spent its budget.
 * One slicer can serve a whole operation (reading, then validating), so its figures cover it all.
 */
export class Slicer {
  private sliceStart: number;
  private yieldCount = 0;
  private longest = 0;

  constructor(private readonly options: SlicerOptions) {
    this.sliceStart = options.now();
  }

  /** True when the current slice has spent its budget. */
  get due(): boolean {
    return this.options.now() - this.sliceStart >= this.options.budgetMs;
  }

  /** Ends the current slice and gives the thread back. */
  async pause(): Promise<void> {
    this.closeSlice();
    this.yieldCount++;
    await this.options.yieldNow();
    this.sliceStart = this.options.now();
  }

  /** Gives the thread back if the current slice has spent its budget. */
  async checkpoint(): Promise<void> {
    if (this.due) await this.pause();
  }

  /** The figures so far, the running slice included. */
  stats(): SliceStats {
    this.closeSlice();
    return { yields: this.yieldCount, longestMs: this.longest };
  }

  private closeSlice(): void {
    this.longest = Math.max(this.longest, this.options.now() - this.sliceStart);
  }
}

/**
 * Runs `steps` to the end, giving the thread back through `slicer` whenever a slice's budget
 * is spent. `onStep` hears how many rows each step handled (for a progress bar).
 */
export async function drive<T>(steps: Steps<T>, slicer: Slicer, onStep?: (rows: number) => void): Promise<T> {
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
    onStep?.(r.value);
    if (slicer.due) await slicer.pause();
  }
}

/** Runs `steps` to the end in one go (synchronous callers: the CLI, tests). */
export function runToEnd<T>(steps: Steps<T>): T {
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}
