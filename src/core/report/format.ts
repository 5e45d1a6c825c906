/**
 * Display text of report values as Excel shows them with the plan's number formats, and
 * A1 addresses for plan positions (through src/core/base/address.ts). Shared by the plan builder (cell `text`), the HTML
 * renderer and the SVG charts, so every output shows the same "16,931", "45.0" and "88.30%".
 */
import { formatCell, formatNumber, formatRange } from "../base";
import { RATE_FORMAT, rateText, roundHalfUp } from "../indicators";
import type { GridPos, GridRange, NumberFormat } from "./plan";

/** Fixed-point text with half-up rounding (Excel rounds displayed values half away from zero). */
function fixed(x: number, dp: number): string {
  const r = roundHalfUp(Math.abs(x), dp);
  const [whole = "0", frac] = r.toFixed(dp).split(".");
  const sign = x < 0 && r !== 0 ? "-" : "";
  return sign + formatNumber(Number(whole)) + (frac === undefined ? "" : `.${frac}`);
}

/**
 * The text Excel displays for `value` in `format`: "#,##0" 16931 -> "16,931"; "#,##0.0" (a rate
 * per 10,000, the house style's {@link rateText}) 45 -> "45.0"; "0.00%" 0.9261 -> "92.61%"; "0%"
 * 2.088 -> "209%"; null -> "" (a blank cell).
 */
export function formatValue(value: number | string | null, format: NumberFormat): string {
  if (value === null) return "";
  if (typeof value === "string") return value;
  switch (format) {
    case "#,##0":
      return fixed(value, 0);
    case RATE_FORMAT:
      return rateText(value);
    case "0.00%":
      return `${fixed(value * 100, 2)}%`;
    case "0%":
      return `${fixed(value * 100, 0)}%`;
    default:
      return String(value);
  }
}

/** A1 address of a zero-based position: {row: 0, col: 1} -> "B1". */
export function cellAddress(p: GridPos): string {
  return formatCell(p);
}

/** A range with its A1 address; a 1x1 range is written as a single cell ("B2"). */
export function gridRange(row: number, col: number, rowCount: number, colCount: number): GridRange {
  const address = formatRange({ top: row, left: col, bottom: row + rowCount - 1, right: col + colCount - 1 });
  return { row, col, rowCount, colCount, address };
}
