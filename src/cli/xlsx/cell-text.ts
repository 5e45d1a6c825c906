/**
 * A cell's text as SpreadsheetML writes it, for every writer of cells (the report sheet, a new
 * workbook's shared strings, the import's filled cells): cut to Excel's 32,767 characters,
 * control characters kept as Excel keeps them (its `_xHHHH_` escapes, ECMA-376 Part 1
 * §22.9.2.19), then escaped for XML.
 */
import { EXCEL_CELL_MAX, clipText } from "../../core/base";
import { encodeExcelEscapes, escapeXml } from "../../package/xml";

/** `text` as the character data of a `<t>` element. */
export function cellTextXml(text: string): string {
  return escapeXml(encodeExcelEscapes(clipText(text, EXCEL_CELL_MAX)));
}
