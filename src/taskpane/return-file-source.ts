/**
 * A file the officer chose in the pane, as a return's source: read in the pane and never
 * uploaded. `File.stream()` is decoded by a `TextDecoderStream` (UTF-8, a byte-order mark
 * dropped) and handed to core chunk by chunk; between chunks the reader yields to the event
 * loop so the pane stays responsive on a large return, reports how far it has got, and stops
 * when the officer cancels. Nothing of the text is kept here, logged or stored.
 */
import { Slicer } from "../core/base";
import type { ReturnSource } from "../core/returns";
import { SLICE_BUDGET_MS, yieldToEventLoop } from "../excel";

/** How far reading has got: the file, its lines (rows) read so far, and the share of its bytes. */
export interface ReadProgress {
  readonly file: string;
  readonly rows: number;
  /** Characters read so far against the file's size in bytes (about the share read). */
  readonly read: number;
  readonly size: number;
}

/** Thrown into core's reader when the officer cancels; the pane treats it as a stop, not a failure. */
export class ReadCancelled extends Error {
  constructor() {
    super("Reading cancelled");
    this.name = "ReadCancelled";
  }
}

/** The part of `File` read here (so tests can give a Blob with a name). */
export interface PickedFile {
  readonly name: string;
  readonly size: number;
  stream(): ReadableStream<BufferSource>;
}

/** A source reading `file` in chunks, reporting progress, stopping when `signal` aborts. */
export function fileReturnSource(
  file: PickedFile,
  onProgress: (p: ReadProgress) => void,
  signal: AbortSignal,
): ReturnSource {
  async function* chunks(): AsyncGenerator<string> {
    const reader = file.stream().pipeThrough(new TextDecoderStream()).getReader();
    let rows = 0;
    let read = 0;
    try {
      for (;;) {
        if (signal.aborted) throw new ReadCancelled();
        const { done, value } = await reader.read();
        if (done) return;
        for (let i = value.indexOf("\n"); i >= 0; i = value.indexOf("\n", i + 1)) rows++;
        read += value.length;
        onProgress({ file: file.name, rows, read, size: file.size });
        yield value;
        // Core parses a chunk at a time; handing control back to the browser between chunks
        // keeps the pane's buttons (Cancel among them) answering while a large return is read.
        await yieldToEventLoop();
      }
    } finally {
      await reader.cancel().catch(() => undefined);
    }
  }
  return { name: file.name, chunks: chunks() };
}

/**
 * The slicer for the analysis after reading (DfE's rules and the figures): about
 * {@link SLICE_BUDGET_MS} of work, then the thread back to the pane (as validation does); after
 * each pause a Cancel stops the analysis as it stops reading.
 */
export function cancellableSlicer(signal: AbortSignal): Slicer {
  return new Slicer({
    budgetMs: SLICE_BUDGET_MS,
    now: () => performance.now(),
    yieldNow: async () => {
      await yieldToEventLoop();
      if (signal.aborted) throw new ReadCancelled();
    },
  });
}
