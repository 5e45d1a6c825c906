/**
 * Cell-level rules of the fake host: how a written value is stored, how `text` is
 * produced from a number format, value types, colours, and payload byte counting.
 * Pure functions, no Node or DOM APIs.
 */
import { invalidArgument } from "./errors";
import { formatDateTime, formatMore, withThousands } from "./format-more";
import { isDateTimeFormat, parseTypedEntry } from "./typed-input";

/** What a cell holds: "" is an empty cell. Errors are strings such as "#N/A". */
export type CellScalar = string | number | boolean;

/** The per-cell formatting the fake host models. */
export interface CellFormat {
  fill?: string;
  fontColor?: string;
  bold?: boolean;
  italic?: boolean;
  fontName?: string;
  fontSize?: number;
  horizontalAlignment?: string;
  wrapText?: boolean;
  /** The cell's own edges (borders.ts); a missing edge has no line. */
  borderTop?: BorderLine;
  borderBottom?: BorderLine;
  borderLeft?: BorderLine;
  borderRight?: BorderLine;
}

/** The CellFormat keys of a cell's edges. */
export type BorderKey = "borderTop" | "borderBottom" | "borderLeft" | "borderRight";

/** One edge of a cell: only what differs from "None", "Thin", "#000000" is stored. */
export interface BorderLine {
  style?: string;
  weight?: string;
  color?: string;
}

/** One stored cell. `value` is the cached value when `formula` is set. */
export interface CellData {
  value: CellScalar;
  formula?: string;
  numberFormat?: string;
  format?: CellFormat;
}

/** Spreadsheet error literals; a string cell equal to one of these has valueType "Error". */
export const ERROR_VALUES: ReadonlySet<string> = new Set([
  "#NULL!",
  "#DIV/0!",
  "#VALUE!",
  "#REF!",
  "#NAME?",
  "#NUM!",
  "#N/A",
  "#GETTING_DATA",
  "#SPILL!",
  "#CALC!",
  "#FIELD!",
  "#BUSY!",
  "#BLOCKED!",
  "#CONNECT!",
  "#UNKNOWN!",
]);

const NUMERIC_RE = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/**
 * The result of interpreting one written cell value. `null` means "leave the cell as is".
 * `numberFormat` is the format Excel gives the cell for what was typed ("5%" -> "0%").
 */
export type CellInput = { value: CellScalar; formula?: string; numberFormat?: string } | null;

/**
 * How a written string is read: "typed" as Excel reads `Range.values` (see typed-input.ts);
 * "seed" for the test and preview helpers that describe a saved workbook's cells, where a
 * string is text unless it is a plain numeral, TRUE/FALSE or starts with "=" (a workbook
 * saved with text cells such as "Jun-2017" or "19,712 " must be describable).
 */
export type InputMode = "typed" | "seed";

/**
 * Interprets a value written to a cell: `null` leaves the cell unchanged; numbers (finite)
 * and booleans are stored as they are; strings go through {@link parseTypedEntry} unless the
 * cell's number format is Text ("@"), which keeps any string as text, "=" included
 * (https://support.microsoft.com/en-us/office/stop-automatically-changing-numbers-to-dates-452bd2db-cc96-47d1-81e4-72cec11c4ed8).
 */
export function interpretInput(raw: unknown, numberFormat: string | undefined, mode: InputMode = "typed"): CellInput {
  if (raw === null || raw === undefined) return null;
  if (typeof raw === "number") {
    if (!Number.isFinite(raw)) throw invalidArgument(`${raw} cannot be written to a cell.`);
    return { value: raw };
  }
  if (typeof raw === "boolean") return { value: raw };
  if (typeof raw !== "string") throw invalidArgument("Cell values must be strings, numbers or booleans.");
  if (numberFormat === "@") return { value: raw };
  if (mode === "typed") {
    const e = parseTypedEntry(raw);
    if (e.kind === "formula") return { value: "", formula: e.formula };
    if (e.kind === "number" && e.numberFormat !== undefined) return { value: e.value, numberFormat: e.numberFormat };
    return { value: e.value };
  }
  if (raw.startsWith("=") && raw.length > 1) return { value: "", formula: raw };
  if (raw.startsWith("'")) return { value: raw.slice(1) };
  const t = raw.trim();
  if (NUMERIC_RE.test(t)) return { value: Number(t) };
  if (/^true$/i.test(t)) return { value: true };
  if (/^false$/i.test(t)) return { value: false };
  return { value: raw };
}

/**
 * The number format a cell ends with after a typed entry: a General cell takes the entry's
 * format; a date entry also replaces a format that shows no date or time (Range.Formula,
 * https://learn.microsoft.com/en-us/office/vba/api/Excel.Range.Formula); otherwise the
 * cell's own format stays.
 */
export function formatAfterInput(current: string | undefined, entry: string | undefined): string | undefined {
  if (entry === undefined) return current;
  if (current === undefined || current === "General") return entry;
  return isDateTimeFormat(entry) && !isDateTimeFormat(current) ? entry : current;
}

/** Excel.RangeValueType of a stored value. */
export function valueTypeOf(value: CellScalar): "Empty" | "String" | "Double" | "Boolean" | "Error" {
  if (value === "") return "Empty";
  if (typeof value === "number") return "Double";
  if (typeof value === "boolean") return "Boolean";
  return ERROR_VALUES.has(value) ? "Error" : "String";
}

function formatGeneral(n: number): string {
  if (Number.isInteger(n) && Math.abs(n) < 1e11) return String(n);
  const abs = Math.abs(n);
  if (abs !== 0 && (abs >= 1e11 || abs < 1e-9))
    return n
      .toExponential(5)
      .replace(/\.?0+e/, "E")
      .replace("e", "E");
  return String(Number(n.toPrecision(10)));
}

/**
 * `Range.text` for one cell: a deliberately small formatter covering "General", "0",
 * "0.0", "0.00", "#,##0", "#,##0.0", "0%", "0.0%", "0.00%", "@", date and time formats
 * ("dd/mm/yyyy", "mmm-yyyy", "h:mm AM/PM") and the currency, scientific and fraction formats
 * of format-more.ts. Anything else falls back to General. Booleans show as TRUE/FALSE.
 */
export function formatText(value: CellScalar, numberFormat: string | undefined): string {
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "string") return value;
  const fmt = (numberFormat ?? "General").trim();
  if (fmt === "" || fmt === "General" || fmt === "@") return formatGeneral(value);
  const more = formatMore(value, fmt);
  if (more !== undefined) return more;
  if (/[dy]/i.test(fmt) || /mmm/i.test(fmt)) {
    return formatDateTime(value, fmt);
  }
  const m = /^(#,##)?0(?:\.(0+))?(%)?$/.exec(fmt);
  if (!m) return formatGeneral(value);
  const decimals = m[2]?.length ?? 0;
  const scaled = m[3] ? value * 100 : value;
  const fixed = Math.abs(scaled).toFixed(decimals);
  const [intPart = "0", frac] = fixed.split(".");
  const body = (m[1] ? withThousands(intPart) : intPart) + (frac ? `.${frac}` : "");
  const negative = scaled < 0 && Number(fixed) !== 0;
  return `${negative ? "-" : ""}${body}${m[3] ? "%" : ""}`;
}

const NAMED_COLORS: Record<string, string> = {
  black: "#000000",
  white: "#FFFFFF",
  red: "#FF0000",
  green: "#008000",
  blue: "#0000FF",
  yellow: "#FFFF00",
  orange: "#FFA500",
  purple: "#800080",
  gray: "#808080",
  grey: "#808080",
};

/**
 * Normalises a colour as Excel reports it: "#RRGGBB" upper-case. Accepts "#RGB"-less
 * six-digit hex with or without "#", and a few HTML colour names.
 * @throws InvalidArgument for anything else.
 */
export function normalizeColor(input: unknown): string {
  if (typeof input !== "string") throw invalidArgument("A colour must be a string.");
  const named = NAMED_COLORS[input.toLowerCase()];
  if (named) return named;
  const m = /^#?([0-9a-fA-F]{6})$/.exec(input.trim());
  if (!m) throw invalidArgument(`"${input}" is not a colour.`);
  return `#${(m[1] ?? "").toUpperCase()}`;
}

/** UTF-8 byte length of a string, without allocating (works in Node and browsers). */
export function utf8Length(s: string): number {
  let bytes = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/** Bytes of the JSON form of a value (undefined counts as 0). */
export function jsonBytes(value: unknown): number {
  const json = JSON.stringify(value);
  return json === undefined ? 0 : utf8Length(json);
}
