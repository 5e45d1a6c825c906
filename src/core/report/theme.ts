/**
 * The report's one look: every colour and typeface that the writers draw with, in one place,
 * so the workbook's report sheet and charts (the .xlsx writer and the Office.js writer), the
 * HTML report and its SVG charts, and the Cabinet slides look like one publication. Writers
 * take these values and choose none of their own; contrast.ts checks the pairs that carry
 * meaning against WCAG 2.2 (SC 1.4.3 text 4.5:1, SC 1.4.11 graphics 3:1).
 *
 * Colours are "#RRGGBB". Fonts: Calibri 11 is Excel's default body font, the one the sheet's
 * row heights and column widths assume (styles.ts); Arial is the slides' typeface because it
 * is on every Windows, Mac and LibreOffice install (Liberation Sans has its metrics); the HTML
 * report uses the Windows UI font first, as the pane does.
 */

/** Text and axis labels of charts and documents: near-black on white, 17:1. */
export const TEXT_COLOUR = "#1A1A1A";

/** The sheet's body text: Excel's automatic black. */
export const SHEET_TEXT_COLOUR = "#000000";

/** The page and chart background. */
export const BACKGROUND = "#FFFFFF";

/** The add-in's header blue; white text on it is 8.9:1 (WCAG 2.2 SC 1.4.3). */
export const HEADER_BLUE = "#1F4E79";

/** Text on {@link HEADER_BLUE}. */
export const HEADER_TEXT = "#FFFFFF";

/** The light header fill of the HTML tables and the slides' tables (black text on it is 17:1). */
export const LIGHT_HEADER_FILL = "#E7EEF5";

/** Table borders and chart axis lines: structure only, no meaning rides on them. */
export const RULE_COLOUR = "#595959";

/** Value-axis gridlines: lighter than the rules, behind the data. */
export const GRIDLINE_COLOUR = "#D9D9D9";

/** The chart area's outline in the workbook. */
export const CHART_BORDER_COLOUR = "#BFBFBF";

/** Secondary text (notes under a table in the HTML report): 10:1 on white. */
export const NOTE_COLOUR = "#404040";

/**
 * Series colours, in order: each has >= 4.5:1 against white (above the 3:1 SC 1.4.11 asks
 * of chart marks, so the same colours serve as text). Dark blue, orange-brown, green, purple.
 */
export const SERIES_COLOURS = [HEADER_BLUE, "#A04000", "#2E7D32", "#6A1B9A"] as const;

/**
 * Column fills, in series order: the first as dark as its colour, the next light, so that
 * neighbouring columns differ by lightness (3:1 and more between them, WCAG 2.2 SC 1.4.11 for
 * adjacent graphical objects) and not by hue alone (SC 1.4.1); a light fill is outlined in its
 * series colour, which keeps 3:1 against the white background.
 */
export const COLUMN_FILLS = [HEADER_BLUE, "#F4B183", "#1B5E20", "#D7BDE2"] as const;

/** Chart axis and gridline strokes (DrawingML widths in EMU: 9525 = 0.75 pt, 6350 = 0.5 pt). */
export const CHART_LINES = {
  axis: { colour: RULE_COLOUR, widthEmu: 9525 },
  gridline: { colour: GRIDLINE_COLOUR, widthEmu: 6350 },
  border: { colour: CHART_BORDER_COLOUR, widthEmu: 9525 },
} as const;

/** The workbook's font (Excel's default): the report sheet's cells and the template's. */
export const WORKBOOK_FONT = { name: "Calibri", size: 11 } as const;

/** The slides' typeface. */
export const DECK_FONT = "Arial";

/** The HTML report's and its SVG charts' font families, in order of preference. */
export const WEB_FONTS = ["Segoe UI", "Arial", "sans-serif"] as const;

/**
 * Cells the validation marks in the officer's workbook: Excel's own conditional-format
 * presets ("Light red fill with dark red text": 6.9:1; "Yellow fill with dark yellow text",
 * its text darkened to 5.6:1), so the marks read as Excel's.
 */
export const ISSUE_HIGHLIGHT = {
  error: { fill: "#FFC7CE", font: "#9C0006" },
  warning: { fill: "#FFEB9C", font: "#7A4F01" },
} as const;

/** A colour as OOXML writes it ("1F4E79": no "#", upper case). */
export function ooxmlColour(colour: string): string {
  return colour.replace(/^#/, "").toUpperCase();
}
