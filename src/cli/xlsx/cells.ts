/**
 * Cell values out of SpreadsheetML (ECMA-376 Part 1 §18.3.1.4 `c`, §18.18.11 ST_CellType):
 * shared strings (§18.4), inline and rich text without phonetic runs, booleans, errors,
 * formulas' cached values, ISO dates (`t="d"`), and numbers, which are dates when their
 * number format is one (§18.8.30 numFmt; the built-in ids of §18.8.30's table). Dates come
 * out as serials in the 1900 date system, as Office.js `range.values` gives them, whichever
 * date system the workbook uses (§18.2.28 workbookPr date1904).
 */
import { BUILTIN_NUMBER_FORMATS, type RawValue } from "../../core/workbook";
import {
  attrIn,
  child,
  children,
  decodeExcelEscapes,
  scanTagsBytes,
  unescapeXml,
  type XmlElement,
} from "../../package/xml";
import { MAX_TEXT_CHARS, StringCollector, textTooLong } from "./shared-strings";
import { DATE1904_OFFSET, UNIX_EPOCH_SERIAL } from "../../core/dates";

const MS_PER_DAY = 86_400_000;

/** Built-in number formats that show a date (ECMA-376 §18.8.30; 27-36 and 50-58 are East Asian dates). */
const BUILTIN_DATE_IDS = new Set([14, 15, 16, 17, 22, 27, 28, 29, 30, 31, 34, 35, 36, 50, 51, 52, 53, 54, 57, 58]);

/**
 * Whether a format code shows a calendar date (days, months or years), not only a time:
 * quoted text, escaped characters, fills, colours and locale tags are ignored first.
 */
export function isDateFormatCode(code: string): boolean {
  const bare = code
    .replace(/"[^"]*"/g, "")
    .replace(/\\./g, "")
    .replace(/[_*]./g, "")
    .replace(/\[[^\]]*\]/g, "")
    .replace(/General/gi, "")
    .replace(/AM\/PM|A\/P/gi, "");
  // A month is "m" next to a day or year; "m" alone after h or before s is minutes.
  return /[dy]/i.test(bare) || /(^|[^hs:])m{3,5}([^s]|$)/i.test(bare) || /[eg]/i.test(bare.replace(/E[+-]/g, ""));
}

/** The custom number formats of a styles part (§18.8.31 numFmts), by numFmtId. */
function customFormats(styles: XmlElement | undefined): Map<number, string> {
  const custom = new Map<number, string>();
  for (const f of children(child(styles, "numFmts"), "numFmt"))
    custom.set(Number(f.attrs.get("numFmtId")), f.attrs.get("formatCode") ?? "");
  return custom;
}

/** For each cell style index, whether its number format shows a date. */
export function dateStyles(styles: XmlElement | undefined): boolean[] {
  const custom = customFormats(styles);
  return children(child(styles, "cellXfs"), "xf").map((xf) => {
    const id = Number(xf.attrs.get("numFmtId") ?? 0);
    const code = custom.get(id);
    return code !== undefined ? isDateFormatCode(code) : BUILTIN_DATE_IDS.has(id);
  });
}

/**
 * For each cell style index, its number format code as Excel shows it in Format Cells: the
 * custom code, or the built-in id's code (§18.8.30); "General" for an id with none.
 */
export function styleFormatCodes(styles: XmlElement | undefined): string[] {
  const custom = customFormats(styles);
  return children(child(styles, "cellXfs"), "xf").map((xf) => {
    const id = Number(xf.attrs.get("numFmtId") ?? 0);
    return custom.get(id) ?? BUILTIN_NUMBER_FORMATS[id] ?? "General";
  });
}

/** Zero-based column and row of an A1 reference ("XFD1" -> col 16383, row 0), or undefined. */
function parseRef(ref: string): { col: number; row: number } | undefined {
  let col = 0;
  let i = 0;
  for (; i < ref.length; i++) {
    const c = ref.charCodeAt(i);
    if (c >= 65 && c <= 90) col = col * 26 + (c - 64);
    else if (c >= 97 && c <= 122) col = col * 26 + (c - 96);
    else break;
  }
  const row = Number(ref.slice(i));
  return i === 0 || !Number.isInteger(row) || row < 1 ? undefined : { col: col - 1, row: row - 1 };
}

/** An ISO 8601 date-time (`t="d"`, §22.9.2.1) as a 1900-system serial, or undefined. */
export function serialFromIso(iso: string): number | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}(?:\.\d+)?))?)?/.exec(iso.trim());
  if (!m) {
    const t = /^T?(\d{2}):(\d{2})(?::(\d{2}(?:\.\d+)?))?$/.exec(iso.trim());
    return t ? (Number(t[1]) * 3600 + Number(t[2]) * 60 + Number(t[3] ?? 0)) / 86_400 : undefined;
  }
  const ms =
    Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) +
    (Number(m[4] ?? 0) * 3600 + Number(m[5] ?? 0) * 60 + Number(m[6] ?? 0)) * 1000;
  const serial = ms / MS_PER_DAY + UNIX_EPOCH_SERIAL;
  // Excel's 1900 system counts a 29 February 1900 that never was: earlier dates are a day lower.
  return serial < 61 ? serial - 1 : serial;
}

/** What a sheet reader needs besides the sheet: the shared strings, date styles and date system. */
export interface CellContext {
  readonly sharedStrings: readonly string[];
  readonly dateStyles: readonly boolean[];
  readonly date1904: boolean;
}

/** A cell's style index (its `s`, §18.3.1.4; 0 when absent), passed with its value. */
export type StyleIndex = number;

/**
 * Calls `onCell(row, col, value, style)` (zero-based) for every cell of a worksheet part that holds a
 * value, in document order; cells with only a style are skipped. Memory is that of one cell:
 * the sheet's extent (a cell at XFD1048576) costs nothing.
 * @param part the part's name, for the message when a value is longer than MAX_TEXT_CHARS.
 * @param onUncalculated called for a cell holding a formula (`f`) with no cached value (`v`):
 *   a file written by a program that does not calculate, whose result only Excel would know.
 * @returns whether any cell holds a formula (`f`).
 */
export function readSheetCells(
  bytes: Uint8Array,
  ctx: CellContext,
  onCell: (row: number, col: number, value: RawValue, style: StyleIndex) => void,
  part = "a worksheet",
  onUncalculated?: (row: number, col: number) => void,
): boolean {
  let formulas = false;
  let hasF = false;
  let row = -1;
  let col = -1;
  let inCell = false;
  let type = "n";
  let style = 0;
  let inV = false;
  let v = "";
  let hasV = false;
  let inInline = false;
  const inline = new StringCollector(part);
  let hasInline = false;

  const finish = () => {
    inCell = false;
    let value: RawValue = null;
    if (type === "inlineStr") value = hasInline ? inline.take() : hasV ? decodeExcelEscapes(unescapeXml(v)) : null;
    else if (hasV) {
      switch (type) {
        case "s":
          value = ctx.sharedStrings[Number(v)] ?? null;
          break;
        case "str":
          value = decodeExcelEscapes(unescapeXml(v));
          break;
        case "b":
          value = v.trim() === "1" || v.trim().toLowerCase() === "true";
          break;
        case "e":
          value = unescapeXml(v).trim();
          break;
        case "d":
          value = serialFromIso(v) ?? unescapeXml(v);
          break;
        default: {
          const n = v.trim() === "" ? NaN : Number(v);
          value = Number.isFinite(n) ? (ctx.date1904 && ctx.dateStyles[style] ? n + DATE1904_OFFSET : n) : null;
        }
      }
    }
    if (value !== null && row >= 0 && col >= 0) onCell(row, col, value, style);
    else if (hasF && !hasV && !hasInline && row >= 0 && col >= 0) onUncalculated?.(row, col);
  };

  scanTagsBytes(
    bytes,
    {
      open(local, text, a, b, selfClosing) {
        switch (local) {
          case "row": {
            const r = attrIn(text, a, b, "r");
            row = r !== undefined && Number(r) >= 1 ? Number(r) - 1 : row + 1;
            col = -1;
            return;
          }
          case "c": {
            const ref = attrIn(text, a, b, "r");
            const at = ref !== undefined ? parseRef(ref) : undefined;
            if (at) {
              col = at.col;
              row = at.row;
            } else col += 1;
            type = attrIn(text, a, b, "t") ?? "n";
            style = Number(attrIn(text, a, b, "s") ?? 0);
            inCell = true;
            hasV = false;
            hasF = false;
            v = "";
            hasInline = false;
            inline.text = "";
            if (selfClosing) finish();
            return;
          }
          case "v":
            if (!inCell) return;
            inV = !selfClosing;
            hasV = true;
            return;
          case "is":
            if (!inCell) return;
            inInline = !selfClosing;
            hasInline = true;
            return;
          case "f":
            if (inCell) formulas = hasF = true;
            return;
          default:
            if (inInline) inline.open(local, selfClosing);
        }
      },
      close(local) {
        switch (local) {
          case "c":
            if (inCell) finish();
            return;
          case "v":
            inV = false;
            return;
          case "is":
            inInline = false;
            return;
          default:
            if (inInline) inline.close(local);
        }
      },
      chars(text, start, end) {
        if (inV) {
          // Raw text is at least as long as its value: a value past ten times the limit is refused as it grows.
          if (v.length + (end - start) > MAX_TEXT_CHARS * 10) throw textTooLong(part);
          v += text.slice(start, end);
        } else if (inInline) inline.chars(text, start, end);
      },
    },
    part,
  );
  return formulas;
}
