/**
 * The {@link AsyncZipCodec} of the web platform: CompressionStream and DecompressionStream
 * with the "deflate-raw" format (WHATWG Compression Standard), which both the browser the pane
 * runs in and Node (since 20.12 as globals) have, so the deck finishes its package with the
 * same code in both. Typed here: the layer sees neither the DOM's nor Node's typings.
 */
import { InflateLimitError, type AsyncZipCodec } from "./codec";

interface ByteReader {
  read(): Promise<{ readonly done: boolean; readonly value?: Uint8Array }>;
  cancel(): Promise<void>;
}
interface ByteWriter {
  write(chunk: Uint8Array): Promise<void>;
  close(): Promise<void>;
}
interface TransformPair {
  readonly readable: { getReader(): ByteReader };
  readonly writable: { getWriter(): ByteWriter };
}
type StreamCtor = new (format: "deflate-raw") => TransformPair;
interface CompressionApi {
  readonly CompressionStream?: StreamCtor;
  readonly DecompressionStream?: StreamCtor;
}

/** Runs `data` through `stream`, stopping with InflateLimitError past `limit` bytes of output. */
async function pipe(stream: TransformPair, data: Uint8Array, limit = Infinity): Promise<Uint8Array> {
  const writer = stream.writable.getWriter();
  // The write is not awaited before reading: the stream applies backpressure until read.
  const written = writer.write(data).then(() => writer.close());
  written.catch(() => undefined);
  const reader = stream.readable.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    if (!value) continue;
    total += value.length;
    if (total > limit) {
      await reader.cancel();
      throw new InflateLimitError();
    }
    chunks.push(value);
  }
  await written;
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

/**
 * The web platform's codec.
 * @throws Error when the host has no CompressionStream (a browser older than the add-in supports).
 */
export function webCodec(): AsyncZipCodec {
  const { CompressionStream, DecompressionStream } = globalThis as unknown as CompressionApi;
  if (!CompressionStream || !DecompressionStream)
    throw new Error("this browser cannot compress files (no CompressionStream): update it to save the slides");
  return {
    inflateRaw: (data, limit) => pipe(new DecompressionStream("deflate-raw"), data, limit),
    deflateRaw: (data) => pipe(new CompressionStream("deflate-raw"), data),
  };
}
