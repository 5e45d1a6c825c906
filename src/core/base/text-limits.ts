/**
 * Excel's limits on text ("Excel specifications and limits", Microsoft Support): a cell holds
 * at most 32,767 characters and a header or footer at most 255 (its codes, "&L", "&P", count).
 * A longer text makes Excel repair the file, dropping the header or the cell's text.
 */

/** The most characters a cell holds. */
export const EXCEL_CELL_MAX = 32767;

/** The most characters of a header or a footer, all three sections and their codes together. */
export const EXCEL_HEADER_FOOTER_MAX = 255;

const ELLIPSIS = "\u2026";

/**
 * `text` cut to at most `max` UTF-16 code units (Excel's characters), ending with "…" when
 * cut, and never between the two halves of a surrogate pair (an emoji stays whole or goes).
 */
export function clipText(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max <= 0) return "";
  let end = max - ELLIPSIS.length;
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end--;
  return text.slice(0, Math.max(0, end)) + ELLIPSIS;
}
