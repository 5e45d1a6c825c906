/**
 * Reading a number from a cell value for the indicators: numbers as they are, numeric
 * text as Excel would coerce it ("1,234" and " 42 " included); anything else is #VALUE!.
 */
import { ERROR_MESSAGES as M, CellError } from "../base";

/**
 * Converts a cell value to a finite number.
 * @param value the cell value.
 * @param what what the value is, for the message ("the old value").
 * @returns the number, or a `#VALUE!` CellError naming the value (blanks included).
 */
export function toNumber(value: unknown, what: string): number | CellError {
  if (typeof value === "number" && Number.isFinite(value)) return value;
  if (typeof value === "string") {
    const t = value.trim().replace(/,/g, "");
    if (/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(t)) return Number(t);
  }
  return new CellError("#VALUE!", M.notANumber(what, value));
}
