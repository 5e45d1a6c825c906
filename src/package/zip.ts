/**
 * The ZIP container of an Office package, .xlsx or .pptx (APPNOTE.TXT, the PKWARE .ZIP File
 * Format Specification, which ECMA-376 Part 2 §8 adopts for OPC packages), read and written
 * with the host's own deflate (a {@link ZipCodec}: Node's zlib in the CLI, the web platform's
 * CompressionStream in the deck, see codec.ts): entries are inflated one at a time, on demand,
 * against a stated limit, and an entry that is copied to the output keeps its compressed bytes
 * exactly.
 *
 * Why limits: a package is a few kilobytes of compressed XML that can declare, or secretly
 * expand to, gigabytes (a "zip bomb"). Each entry's declared size is checked before it is
 * inflated, and inflation stops at the declared size, so a lying header cannot get further.
 */
import { InflateLimitError, type AsyncZipCodec, type ZipCodec } from "./codec";
import { crc32 } from "./crc32";
import { textDecoder, textEncoder } from "./text";

/** The most one part may expand to (bytes). A 1,048,576-row log sheet is about 150 MB. */
export const MAX_PART_BYTES = 1024 * 1024 * 1024;
/** The most all the parts read from one package may expand to, together (bytes). */
export const MAX_TOTAL_BYTES = 1536 * 1024 * 1024;

/** The file is not a ZIP archive, or not one an .xlsx can be (damaged, encrypted, unknown method). */
export class NotZipError extends Error {
  constructor(detail: string) {
    super(`not an .xlsx workbook (${detail})`);
    this.name = "NotZipError";
  }
}

/** A part would expand past a stated limit: refused before (or while) inflating it. */
export class PackageLimitError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "PackageLimitError";
  }
}

/** One entry of the archive, as its central directory describes it. */
export interface ZipEntry {
  /** The entry name as stored (an OPC part name without the leading "/"). */
  readonly name: string;
  /** The name's bytes exactly as stored, so a copy keeps them. */
  readonly nameBytes: Uint8Array;
  /** General purpose flags (bit 11: the name is UTF-8). */
  readonly flags: number;
  /** 0 stored, 8 deflated. */
  readonly method: number;
  readonly dosTime: number;
  readonly dosDate: number;
  readonly crc: number;
  readonly compressedSize: number;
  /** The uncompressed size the archive declares. */
  readonly size: number;
  /** Offset of the compressed bytes in the file. */
  readonly dataStart: number;
}

const MB = 1024 * 1024;
const mb = (n: number): string => `${(n / MB).toFixed(n < 10 * MB ? 1 : 0)} MB`;

function u16(b: Uint8Array, i: number): number {
  return (b[i] ?? 0) | ((b[i + 1] ?? 0) << 8);
}
function u32(b: Uint8Array, i: number): number {
  return (u16(b, i) + u16(b, i + 2) * 0x10000) >>> 0;
}
function u64(b: Uint8Array, i: number): number {
  return u32(b, i) + u32(b, i + 4) * 0x1_0000_0000;
}

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

/** An opened archive: its entries and the bytes they live in (the file, read once). */
export class ZipArchive {
  readonly entries: readonly ZipEntry[];
  private readonly byName = new Map<string, ZipEntry>();
  private inflated = 0;
  /** The entries counted in `inflated`: a part read twice (a reader's two passes) counts once. */
  private readonly counted = new Set<ZipEntry>();

  /**
   * Reads the central directory of `bytes`.
   * @throws NotZipError when `bytes` is not a readable ZIP archive.
   */
  constructor(
    readonly bytes: Uint8Array,
    private readonly codec?: ZipCodec,
  ) {
    this.entries = readCentralDirectory(bytes);
    for (const e of this.entries) {
      // OPC part names compare case-insensitively (ECMA-376 Part 2 §9.1.1.1.2).
      const key = e.name.toLowerCase();
      if (this.byName.has(key)) throw new NotZipError(`it holds two parts named ${e.name}`);
      this.byName.set(key, e);
    }
  }

  /** The entry named `name` (no leading "/"), matched as OPC matches part names, ignoring case. */
  entry(name: string): ZipEntry | undefined {
    return this.byName.get(name.toLowerCase());
  }

  /**
   * The uncompressed bytes of `entry`, inflated now with the archive's codec.
   * @throws PackageLimitError when it would expand past MAX_PART_BYTES, or all parts read so
   *   far past MAX_TOTAL_BYTES; NotZipError when it is damaged (bad data, size or checksum).
   */
  read(entry: ZipEntry): Uint8Array {
    const raw = this.compressed(entry);
    if (entry.method === 0) return this.accept(entry, raw, this.codec);
    if (!this.codec) throw new Error("this archive was opened without a codec to inflate its parts");
    let data: Uint8Array;
    try {
      data = this.codec.inflateRaw(raw, Math.max(1, entry.size));
    } catch (e) {
      throw damaged(entry, e);
    }
    return this.accept(entry, data, this.codec);
  }

  /**
   * {@link read} with an asynchronous codec (the web platform's DecompressionStream), under
   * the same limits and checks.
   */
  async readAsync(entry: ZipEntry, codec: AsyncZipCodec): Promise<Uint8Array> {
    const raw = this.compressed(entry);
    if (entry.method === 0) return this.accept(entry, raw, codec);
    let data: Uint8Array;
    try {
      data = await codec.inflateRaw(raw, Math.max(1, entry.size));
    } catch (e) {
      throw damaged(entry, e);
    }
    return this.accept(entry, data, codec);
  }

  /** The compressed bytes of `entry`, once its sizes are within the limits. */
  private compressed(entry: ZipEntry): Uint8Array {
    if (entry.size > MAX_PART_BYTES)
      throw new PackageLimitError(
        `the part ${entry.name} would expand to ${mb(entry.size)}, past csc-report's limit of ${mb(MAX_PART_BYTES)} per part`,
      );
    if (!this.counted.has(entry) && this.inflated + entry.size > MAX_TOTAL_BYTES)
      throw new PackageLimitError(
        `the workbook's parts would expand to more than csc-report's limit of ${mb(MAX_TOTAL_BYTES)} in all`,
      );
    const raw = this.bytes.subarray(entry.dataStart, entry.dataStart + entry.compressedSize);
    if (raw.length !== entry.compressedSize) throw new NotZipError(`the part ${entry.name} is cut short`);
    return raw;
  }

  /** `data` once it is the size and checksum `entry` declares; counted against the total. */
  private accept(
    entry: ZipEntry,
    data: Uint8Array,
    codec: { crc32?(data: Uint8Array): number } | undefined,
  ): Uint8Array {
    if (data.length !== entry.size) throw new NotZipError(`the part ${entry.name} is not the size it declares`);
    if ((codec?.crc32 ?? crc32)(data) !== entry.crc) throw new NotZipError(`the part ${entry.name} fails its checksum`);
    if (!this.counted.has(entry)) {
      this.counted.add(entry);
      this.inflated += entry.size;
    }
    return data;
  }
}

/** The error for an entry the codec could not inflate. */
function damaged(entry: ZipEntry, e: unknown): NotZipError {
  return new NotZipError(
    e instanceof InflateLimitError
      ? `the part ${entry.name} expands past the size it declares`
      : `the part ${entry.name} is damaged`,
  );
}

function readCentralDirectory(b: Uint8Array): ZipEntry[] {
  if (b.length < 22 || u32(b, 0) !== LOCAL)
    throw new NotZipError("it is not a ZIP package: is it .xls, .csv or password-protected?");
  let eocd = -1;
  for (let i = b.length - 22; i >= Math.max(0, b.length - 22 - 0xffff); i--) {
    if (u32(b, i) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new NotZipError("its ZIP directory is missing: the file is damaged or cut short");
  let count = u16(b, eocd + 10);
  let cdOffset = u32(b, eocd + 16);
  if ((count === 0xffff || cdOffset === 0xffffffff) && eocd >= 20 && u32(b, eocd - 20) === ZIP64_LOCATOR) {
    const z = u64(b, eocd - 20 + 8);
    if (u32(b, z) !== ZIP64_EOCD) throw new NotZipError("its ZIP64 directory is damaged");
    count = u64(b, z + 32);
    cdOffset = u64(b, z + 48);
  }
  const decoder = textDecoder("utf-8");
  const entries: ZipEntry[] = [];
  const spans: { name: string; start: number; end: number }[] = [];
  let p = cdOffset;
  for (let n = 0; n < count; n++) {
    if (p + 46 > b.length || u32(b, p) !== CENTRAL) throw new NotZipError("its ZIP directory is damaged");
    const flags = u16(b, p + 8);
    const method = u16(b, p + 10);
    let compressedSize = u32(b, p + 20);
    let size = u32(b, p + 24);
    const nameLen = u16(b, p + 28);
    const extraLen = u16(b, p + 30);
    const commentLen = u16(b, p + 32);
    let localOffset = u32(b, p + 42);
    const nameBytes = b.subarray(p + 46, p + 46 + nameLen);
    // Bit 11 marks UTF-8 names; otherwise CP437, of which OPC part names use only the ASCII half.
    const name = flags & 0x800 ? decoder.decode(nameBytes) : String.fromCharCode(...nameBytes);
    // ZIP64 extra field: the 64-bit values, in this order, of those stored as 0xFFFFFFFF.
    for (let x = p + 46 + nameLen; x + 4 <= p + 46 + nameLen + extraLen;) {
      const id = u16(b, x);
      const len = u16(b, x + 2);
      if (id === 0x0001) {
        let q = x + 4;
        if (size === 0xffffffff) {
          size = u64(b, q);
          q += 8;
        }
        if (compressedSize === 0xffffffff) {
          compressedSize = u64(b, q);
          q += 8;
        }
        if (localOffset === 0xffffffff) localOffset = u64(b, q);
      }
      x += 4 + len;
    }
    if (flags & 0x1) throw new NotZipError("it is encrypted: open it in Excel and save it without a password");
    if (method !== 0 && method !== 8)
      throw new NotZipError(`the part ${name} uses ZIP compression method ${method}, which Excel does not write`);
    if (u32(b, localOffset) !== LOCAL) throw new NotZipError(`the part ${name} is damaged`);
    const dataStart = localOffset + 30 + u16(b, localOffset + 26) + u16(b, localOffset + 28);
    spans.push({ name, start: localOffset, end: dataStart + compressedSize });
    entries.push({
      name,
      nameBytes,
      flags,
      method,
      dosTime: u16(b, p + 12),
      dosDate: u16(b, p + 14),
      crc: u32(b, p + 16),
      compressedSize,
      size,
      dataStart,
    });
    p += 46 + nameLen + extraLen + commentLen;
  }
  refuseOverlaps(spans, cdOffset);
  return entries;
}

/**
 * Refuses entries whose local header and data overlap another's, or the central directory:
 * each ZIP entry has its own local header and data (APPNOTE.TXT §4.3.6), so an overlap is a
 * damaged file or a "non-recursive zip bomb", one compressed stream expanded again for each
 * entry pointing into it (D. Fifield, "A better zip bomb", WOOT 2019).
 */
function refuseOverlaps(spans: { name: string; start: number; end: number }[], cdOffset: number): void {
  const sorted = [...spans].sort((x, y) => x.start - y.start);
  for (let i = 0; i < sorted.length; i++) {
    const a = sorted[i];
    const next = sorted[i + 1];
    if (!a) continue;
    if (next && a.end > next.start)
      throw new NotZipError(
        `its parts ${a.name} and ${next.name} share their data in the ZIP file, which no Excel file does: ` +
          "the file is damaged or was built to expand past its size; ask for a fresh copy",
      );
    if (a.end > cdOffset && a.start < cdOffset)
      throw new NotZipError(`the part ${a.name} runs into the ZIP directory: the file is damaged`);
  }
}

/** An entry to write: copied from an archive (its compressed bytes kept) or new content. */
export type ZipOutput =
  | { readonly kind: "copy"; readonly from: ZipArchive; readonly entry: ZipEntry }
  | { readonly kind: "new"; readonly name: string; readonly data: Uint8Array };

function le(n: number, bytes: 2 | 4): Uint8Array {
  const out = new Uint8Array(bytes);
  for (let i = 0; i < bytes; i++) out[i] = Math.floor(n / 256 ** i) & 0xff;
  return out;
}

/** The current time as DOS time and date fields (local time, as ZIP tools write them). */
function dosNow(): { time: number; date: number } {
  const d = new Date();
  return {
    time: (d.getHours() << 11) | (d.getMinutes() << 5) | (d.getSeconds() >> 1),
    date: ((d.getFullYear() - 1980) << 9) | ((d.getMonth() + 1) << 5) | d.getDate(),
  };
}

/** An entry ready to be laid out: its name bytes, header fields and compressed data. */
interface Packed {
  readonly nameBytes: Uint8Array;
  readonly flags: number;
  readonly method: number;
  readonly time: number;
  readonly date: number;
  readonly crc: number;
  readonly size: number;
  readonly data: Uint8Array;
}

/** A copied entry as it was: name bytes, compression, checksum and timestamps kept. */
function packCopy(o: Extract<ZipOutput, { kind: "copy" }>): Packed {
  return {
    nameBytes: o.entry.nameBytes,
    flags: o.entry.flags & 0x800, // sizes go in the local header: no data descriptor
    method: o.entry.method,
    time: o.entry.dosTime,
    date: o.entry.dosDate,
    crc: o.entry.crc,
    size: o.entry.size,
    data: o.from.bytes.subarray(o.entry.dataStart, o.entry.dataStart + o.entry.compressedSize),
  };
}

/** A new entry, deflated (`compressed` is the raw deflate stream of `o.data`). */
function packNew(
  o: Extract<ZipOutput, { kind: "new" }>,
  compressed: Uint8Array,
  crc: number,
  now: { time: number; date: number },
): Packed {
  return {
    nameBytes: textEncoder().encode(o.name),
    flags: 0x800,
    method: 8,
    time: now.time,
    date: now.date,
    crc,
    size: o.data.length,
    data: compressed,
  };
}

/**
 * Writes a ZIP archive of `outputs`, in order. Copied entries keep their name bytes,
 * compression, checksum and timestamps; new ones are deflated with `codec`.
 * @throws PackageLimitError when the archive would need ZIP64 (4 GB or more).
 */
export function writeZip(outputs: readonly ZipOutput[], codec: ZipCodec): Uint8Array {
  const now = dosNow();
  const sum = codec.crc32 ?? crc32;
  return layOut(
    outputs.map((o) => (o.kind === "copy" ? packCopy(o) : packNew(o, codec.deflateRaw(o.data), sum(o.data), now))),
  );
}

/** {@link writeZip} with an asynchronous codec (the web platform's CompressionStream). */
export async function writeZipAsync(outputs: readonly ZipOutput[], codec: AsyncZipCodec): Promise<Uint8Array> {
  const now = dosNow();
  const sum = codec.crc32 ?? crc32;
  const packed: Packed[] = [];
  for (const o of outputs)
    packed.push(o.kind === "copy" ? packCopy(o) : packNew(o, await codec.deflateRaw(o.data), sum(o.data), now));
  return layOut(packed);
}

/** The archive's bytes: each entry's local header and data, then the central directory. */
function layOut(entries: readonly Packed[]): Uint8Array {
  const chunks: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  const push = (c: Uint8Array, into = chunks) => {
    into.push(c);
    if (into === chunks) offset += c.length;
  };
  for (const e of entries) {
    if (offset + e.data.length + 30 + e.nameBytes.length >= 0xffffffff || e.size >= 0xffffffff)
      throw new PackageLimitError("the output workbook would be 4 GB or more, which csc-report does not write");
    const fields = [
      le(e.flags, 2),
      le(e.method, 2),
      le(e.time, 2),
      le(e.date, 2),
      le(e.crc, 4),
      le(e.data.length, 4),
      le(e.size, 4),
      le(e.nameBytes.length, 2),
      le(0, 2), // extra field length
    ];
    const localOffset = offset;
    push(le(LOCAL, 4));
    push(le(20, 2)); // version needed: 2.0 (deflate)
    for (const f of fields) push(f);
    push(e.nameBytes);
    push(e.data);
    for (const c of [le(CENTRAL, 4), le(20, 2), le(20, 2), ...fields, le(0, 2), le(0, 2), le(0, 2), le(0, 4)])
      push(c, central);
    push(le(localOffset, 4), central);
    push(e.nameBytes, central);
  }
  const cdStart = offset;
  let cdSize = 0;
  for (const c of central) cdSize += c.length;
  if (entries.length >= 0xffff || cdStart + cdSize >= 0xffffffff)
    throw new PackageLimitError("the output workbook would need ZIP64, which csc-report does not write");
  for (const c of central) push(c);
  for (const c of [
    le(EOCD, 4),
    le(0, 2),
    le(0, 2),
    le(entries.length, 2),
    le(entries.length, 2),
    le(cdSize, 4),
    le(cdStart, 4),
    le(0, 2),
  ])
    push(c);
  const out = new Uint8Array(offset);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}
