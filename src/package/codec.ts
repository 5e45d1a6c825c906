/**
 * The deflate of a host, handed to the ZIP reader and writer (zip.ts), so the package layer
 * runs wherever Office packages are made: Node's zlib in the CLI (src/cli/xlsx/zip.ts), the web
 * platform's CompressionStream in the deck, in the browser pane and in Node alike
 * (web-codec.ts). ZIP's method 8 is raw deflate (RFC 1951), without zlib's or gzip's wrapper.
 */

/** Inflation would pass the size the entry declares: the codec stopped there. */
export class InflateLimitError extends Error {
  constructor() {
    super("the data expands past the size it declares");
    this.name = "InflateLimitError";
  }
}

/** A synchronous deflate (Node's zlib). */
export interface ZipCodec {
  /**
   * The raw deflate stream `data` inflated, never more than `limit` bytes.
   * @throws InflateLimitError when it would expand past `limit`; any other error when damaged.
   */
  inflateRaw(data: Uint8Array, limit: number): Uint8Array;
  /** `data` as a raw deflate stream. */
  deflateRaw(data: Uint8Array): Uint8Array;
  /** The host's own CRC-32 (ISO 3309), when it has a faster one than crc32.ts. */
  crc32?(data: Uint8Array): number;
}

/** An asynchronous deflate (the web platform's CompressionStream), with the same contract. */
export interface AsyncZipCodec {
  inflateRaw(data: Uint8Array, limit: number): Promise<Uint8Array>;
  deflateRaw(data: Uint8Array): Promise<Uint8Array>;
  crc32?(data: Uint8Array): number;
}
