/**
 * Reading a date from a cell value. The custom functions accept what a performance officer
 * actually has in a sheet: Excel date serials, ISO text ("2020-04-01") and UK text
 * ("01/04/2020" is 1 April: day first, as UK councils write dates).
 */
import { CellError } from "../errors";
import { isValidYmd, serialFromYmd, type Serial } from "./serial";

/** 1900-03-01: Excel's serials before it count the fictitious 29 Feb 1900 (see serial.ts). */
export const MIN_SERIAL = 61;
/** 9999-12-31, the last date Excel can show. */
export const MAX_SERIAL = 2958465;

const HINT = "use an Excel date, ISO text (2020-04-01) or UK text (01/04/2020)";

function describe(value: unknown): string {
  if (typeof value === "string") return `"${value}"`;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (value === null || value === undefined) return "a blank";
  return `a ${typeof value} value`;
}

/** True for a blank cell as the hosts deliver it: null, undefined, "" or whitespace only. */
export function isBlank(value: unknown): boolean {
  return value === null || value === undefined || (typeof value === "string" && value.trim() === "");
}

/** The serial of ISO or UK date text, or undefined when the text is neither or not a real date. */
function serialFromText(text: string): Serial | undefined {
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  const uk = iso ? null : /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text);
  let y: number;
  let m: number;
  let d: number;
  if (iso) [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else if (uk) [d, m, y] = [Number(uk[1]), Number(uk[2]), Number(uk[3])];
  else return undefined;
  if (!isValidYmd(y, m, d)) return undefined;
  const serial = serialFromYmd(y, m, d);
  return serial >= MIN_SERIAL && serial <= MAX_SERIAL ? serial : undefined;
}

/**
 * Converts a cell value to an integer Excel date serial.
 * @param value a cell value: an Excel serial number (a fraction, the time of day, is
 *   dropped), ISO text "2020-04-01" or UK text "01/04/2020" / "1/4/2020" (day first).
 * @returns the serial; null for a blank (null, undefined, "" or whitespace); otherwise a
 *   `#VALUE!` CellError naming the value (e.g. 31/02/2020, "soon", true, serials below 61).
 */
export function toSerial(value: unknown): Serial | CellError | null {
  if (isBlank(value)) return null;
  if (typeof value === "number") {
    if (Number.isFinite(value) && value >= MIN_SERIAL && value < MAX_SERIAL + 1) return Math.floor(value);
    return new CellError("#VALUE!", `${describe(value)} is not a date from 1 March 1900 to 31 December 9999: ${HINT}.`);
  }
  if (typeof value === "string") {
    const serial = serialFromText(value.trim());
    if (serial !== undefined) return serial;
  }
  return new CellError("#VALUE!", `${describe(value)} is not a date: ${HINT}.`);
}
