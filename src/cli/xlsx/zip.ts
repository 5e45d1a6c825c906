/**
 * The package layer's ZIP (src/package/zip.ts) over Node's own zlib, which inflates natively
 * and stops at a stated output length, so a part that lies about its size cannot grow past it.
 */
import { crc32, deflateRawSync, inflateRawSync } from "node:zlib";
import { InflateLimitError, type ZipCodec } from "../../package/codec";
import { ZipArchive as PackageZip, writeZip as writePackageZip, type ZipOutput } from "../../package/zip";

export type { ZipEntry, ZipOutput } from "../../package/zip";

/** Node's zlib as the package layer's codec. */
const NODE_CODEC: ZipCodec = {
  inflateRaw(data, limit) {
    try {
      // One output chunk of the declared size: zlib's default 16 KB chunks are joined at the
      // end, so a 1 GB part would briefly take 2 GB (Node's zlib "Class: Options", chunkSize).
      return inflateRawSync(data, { maxOutputLength: limit, chunkSize: Math.max(64, limit) });
    } catch (e) {
      if ((e as { code?: unknown }).code === "ERR_BUFFER_TOO_LARGE") throw new InflateLimitError();
      throw e;
    }
  },
  deflateRaw: (data) => deflateRawSync(data),
  crc32: (data) => crc32(data),
};

/** An archive read with Node's zlib (see the package layer's ZipArchive). */
export class ZipArchive extends PackageZip {
  constructor(bytes: Uint8Array) {
    super(bytes, NODE_CODEC);
  }
}

/** Writes an archive, new entries deflated with Node's zlib (see the package layer's writeZip). */
export function writeZip(outputs: readonly ZipOutput[]): Uint8Array {
  return writePackageZip(outputs, NODE_CODEC);
}
