/**
 * The one house style for rates per 10,000 children, wherever the report shows one: table cells
 * (the council's published rate and its comparators), headlines, charts' data labels and value
 * axes, the slides and the pane. One decimal place, thousands separated, rounded half up as the
 * reports round. DfE publishes child protection and referral rates to one decimal (and children
 * looked after rates as whole numbers); a rate written "45" beside "46.2" in the same row reads as
 * a different kind of figure, so every rate keeps its one decimal ("45.0").
 */
import { formatNumber } from "../base";
import { roundHalfUp } from "./rounding";

/**
 * The Excel number format of a rate per 10,000 ("#,##0.0": not one of Excel's built-in formats,
 * so an .xlsx writer declares it as a custom numFmt, ECMA-376 Part 1 §18.8.30). A cell in this
 * format shows the same text as {@link rateText}.
 */
export const RATE_FORMAT = "#,##0.0";

/**
 * A rate per 10,000 in the house style: 45 -> "45.0", 46.25 -> "46.3", 1234.56 -> "1,234.6",
 * -0.04 -> "0.0" (no minus on a figure that rounds to nothing, as Excel shows it).
 */
export function rateText(rate: number): string {
  if (!Number.isFinite(rate)) return String(rate);
  const r = roundHalfUp(Math.abs(rate), 1);
  const [whole = "0", frac = "0"] = r.toFixed(1).split(".");
  return `${rate < 0 && r !== 0 ? "-" : ""}${formatNumber(Number(whole))}.${frac}`;
}
