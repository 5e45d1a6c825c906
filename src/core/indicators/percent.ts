/**
 * The one house style for percentages in prose: issue messages (the pane's and the command
 * line's) and headlines. Whole or one decimal, rounded half up as the reports round ("44%",
 * "43.9%"), never a sign ("+43.86%") — the words say which way a figure moved. Below 1% a
 * second decimal is kept, so the NTS protocol's rates read as published ("0.07%", not "0.1%").
 * Report cells keep Excel's number formats instead (src/core/report/format.ts).
 */
import { roundHalfUp } from "./rounding";

/** A number of percent (or percentage points) as text, without the sign or the % sign. */
function percentNumber(pct: number): string {
  const size = Math.abs(pct);
  const dp = size > 0 && size < 1 ? 2 : 1;
  return String(roundHalfUp(size, dp));
}

/**
 * A share as a percentage in the house style: 0.4386 -> "43.9%", 0.44 -> "44%",
 * 0.0007 -> "0.07%", -0.05 -> "-5%" (a negative share as read from a cell keeps its minus; a
 * change is given by its size with {@link changeText}).
 */
export function percentText(share: number): string {
  if (!Number.isFinite(share)) return String(share);
  const text = percentNumber(share * 100);
  return `${share < 0 && text !== "0" ? "-" : ""}${text}%`;
}

/** Percentage points as a number in the house style, unsigned: -0.8997 (a share's change) -> "90". */
export function pointsText(change: number): string {
  return percentNumber(change * 100);
}

/** "rose" or "fell" for a change; "did not change" never arises (only changes beyond a threshold are told). */
export function changeVerb(change: number): "rose" | "fell" {
  return change < 0 ? "fell" : "rose";
}
