/**
 * The WHATWG Encoding API (TextDecoder, TextEncoder), which every host of the package layer
 * has (Node since 11, every browser the add-in runs in), typed here because the layer is
 * compiled with ES2022 alone: neither the DOM's nor Node's typings are visible to it.
 */

interface Decoder {
  decode(input: Uint8Array): string;
}
interface Encoder {
  encode(input: string): Uint8Array;
}
interface EncodingApi {
  readonly TextDecoder: new (label?: string, options?: { readonly ignoreBOM?: boolean }) => Decoder;
  readonly TextEncoder: new () => Encoder;
}

const api = globalThis as unknown as EncodingApi;

/** A decoder of `label` ("utf-8", "utf-16le"); with `ignoreBOM`, a byte-order mark is kept as text. */
export function textDecoder(label: string, options?: { readonly ignoreBOM?: boolean }): Decoder {
  return new api.TextDecoder(label, options);
}

/** A UTF-8 encoder. */
export function textEncoder(): Encoder {
  return new api.TextEncoder();
}
