/**
 * The one thousands formatter: every message, report cell and pane line groups digits the
 * same way (the GOV.UK style guide writes numbers over 999 with commas: 16,020).
 */

/**
 * 16020 -> "16,020"; -1234567 -> "-1,234,567"; 0.25 -> "0.25" (the fraction as written).
 * Locale-free, so every host (Excel on Windows, Mac or the web, Node) prints the same.
 */
export function formatNumber(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  const [int = "", frac] = String(Math.abs(n)).split(".");
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return `${n < 0 ? "-" : ""}${grouped}${frac !== undefined ? `.${frac}` : ""}`;
}
