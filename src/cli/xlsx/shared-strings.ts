/**
 * Text items (ECMA-376 Part 1 §18.4.8 si, §18.3.1.53 is) and the shared string table (§18.4.9
 * sst), under budgets: a table can hold strings no cell uses, and a few compressed megabytes
 * can expand to a gigabyte of them, so only the items cells use are kept, their characters
 * counted against MAX_SHARED_CHARS, and no one text may pass MAX_TEXT_CHARS (V8 cannot hold
 * a string of about 512 million characters at all, and Excel's cell holds 32,767).
 */
import { attrIn, decodeExcelEscapes, scanTagsBytes, unescapeXml } from "../../package/xml";
import { PackageLimitError } from "../../package/zip";

/** The most characters one cell's text may have: 32 times Excel's 32,767 ("Excel specifications and limits"). */
export const MAX_TEXT_CHARS = 32 * 32_768;

/** The most characters the shared strings kept (those cells use) may have together. */
export const MAX_SHARED_CHARS = 256 * 1_048_576;

/**
 * A shared string table larger than this (bytes, uncompressed) is read only after the sheets
 * have been scanned for the items their cells use; a smaller one is kept whole.
 */
export const SHARED_STRINGS_SCAN_BYTES = 64 * 1_048_576;

const n = (x: number): string => x.toLocaleString("en-GB");

/** The error for a text longer than MAX_TEXT_CHARS in `part`. */
export function textTooLong(part: string): PackageLimitError {
  return new PackageLimitError(
    `a cell's text in the part ${part} is longer than ${n(MAX_TEXT_CHARS)} characters (Excel holds at most ` +
      "32,767 in a cell): the file is damaged or was not saved by Excel; open it in Excel and save it again",
  );
}

/** The text of a string item (`si`, `is`): its `t`, or its runs' `t`, never phonetic `rPh` text. */
export class StringCollector {
  private depthPhonetic = 0;
  private inT = false;
  text = "";

  /** @param part the part read, named when a text is too long. */
  constructor(private readonly part: string) {}

  open(local: string, selfClosing: boolean): void {
    if (local === "rPh") {
      if (!selfClosing) this.depthPhonetic++;
    } else if (local === "t" && this.depthPhonetic === 0) this.inT = !selfClosing;
  }

  close(local: string): void {
    if (local === "rPh") this.depthPhonetic--;
    else if (local === "t") this.inT = false;
  }

  chars(text: string, start: number, end: number): void {
    if (!this.inT) return;
    // Raw text is at least as long as the text it unescapes to: checked before it grows.
    if (this.text.length + (end - start) > MAX_TEXT_CHARS * 10) throw textTooLong(this.part);
    this.text += text.slice(start, end);
  }

  take(): string {
    const s = decodeExcelEscapes(unescapeXml(this.text));
    this.text = "";
    this.inT = false;
    this.depthPhonetic = 0;
    if (s.length > MAX_TEXT_CHARS) throw textTooLong(this.part);
    return s;
  }
}

/**
 * The shared string items (zero-based) that the cells of worksheet parts use (`t="s"`), added
 * to `into`: a pass over the sheets' bytes that keeps nothing else.
 */
export function sharedStringsUsed(bytes: Uint8Array, into: Set<number>): void {
  let shared = false;
  let inV = false;
  let v = "";
  scanTagsBytes(bytes, {
    open(local, text, a, b, selfClosing) {
      if (local === "c") {
        shared = attrIn(text, a, b, "t") === "s";
        inV = false;
      } else if (local === "v" && shared) {
        inV = !selfClosing;
        v = "";
      }
    },
    close(local) {
      if (local === "v" && inV) {
        inV = false;
        const i = Number(v);
        if (Number.isInteger(i) && i >= 0) into.add(i);
      } else if (local === "c") shared = false;
    },
    chars(text, start, end) {
      // An index has at most ten digits: a longer value is no index, and is not kept.
      if (inV && v.length < 16) v += text.slice(start, end);
    },
  });
}

/**
 * The shared string table (§18.4.9 sst), in index order: every item, or with `keep` only the
 * items it lists (the others left as holes, never decoded).
 * @param part the part's name, for the messages.
 * @throws PackageLimitError when an item is longer than MAX_TEXT_CHARS or the items kept
 *   pass MAX_SHARED_CHARS together.
 */
export function readSharedStrings(
  bytes: Uint8Array,
  part = "xl/sharedStrings.xml",
  keep?: ReadonlySet<number>,
): string[] {
  const out: string[] = [];
  const s = new StringCollector(part);
  let index = 0;
  let inSi = false;
  let wanted = true;
  let chars = 0;
  const push = (text: string) => {
    chars += text.length;
    if (chars > MAX_SHARED_CHARS)
      throw new PackageLimitError(
        `the shared strings the sheets use in the part ${part} come to more than ${n(MAX_SHARED_CHARS)} ` +
          "characters, past csc-report's limit: split the workbook, or keep only the sheets the report needs",
      );
    out[index] = text;
  };
  scanTagsBytes(
    bytes,
    {
      open(local, _text, _a, _b, selfClosing) {
        if (local === "si") {
          wanted = !keep || keep.has(index);
          if (!selfClosing) inSi = true;
          else {
            if (wanted) push("");
            index++;
          }
        } else if (inSi && wanted) s.open(local, selfClosing);
      },
      close(local) {
        if (local === "si") {
          if (wanted) push(s.take());
          inSi = false;
          index++;
        } else if (inSi && wanted) s.close(local);
      },
      chars(text, start, end) {
        if (inSi && wanted) s.chars(text, start, end);
      },
    },
    part,
  );
  return out;
}
