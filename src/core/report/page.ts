/**
 * How the report sheet prints: A4 landscape, fitted to one page wide, a page break before each
 * topic so that its heading, table, chart and notes are on one page, the council and the year in
 * the header, "Page n of m" in the footer. Decided here so that the .xlsx writer (pageSetup,
 * rowBreaks, headerFooter), the add-in (Office.js `worksheet.pageLayout`) and the HTML print
 * stylesheet (@page) print the same pages.
 *
 * Header and footer texts use Excel's codes (https://learn.microsoft.com/en-us/office/vba/excel/concepts/workbooks-and-worksheets/formatting-and-vba-codes-for-headers-and-footers):
 * "&P" the page number, "&N" the number of pages, "&&" a literal ampersand. Office.js
 * `HeaderFooter` takes the same codes (https://learn.microsoft.com/en-us/javascript/api/excel/excel.headerfooter).
 */
import type { Block, GridRange } from "./plan";
import { columnPoints } from "./styles";
import { cellAddress, gridRange } from "./format";
import { EXCEL_HEADER_FOOTER_MAX, clipText } from "../base";

/** Margins in inches, as SpreadsheetML's pageMargins (Office.js takes points: 72 per inch). */
export interface PageMargins {
  readonly left: number;
  readonly right: number;
  readonly top: number;
  readonly bottom: number;
  readonly header: number;
  readonly footer: number;
}

/** The three sections of a header or footer, in Excel's header/footer codes. */
export interface PageSections {
  readonly left: string;
  readonly center: string;
  readonly right: string;
}

/** The report sheet's print setup. */
export interface PagePlan {
  readonly paper: "A4";
  readonly orientation: "landscape";
  /** Fit to this many pages wide; 0 pages tall means "as many as needed" (Excel's fitToHeight="0"). */
  readonly fitToPagesWide: 1;
  readonly fitToPagesTall: 0;
  readonly margins: PageMargins;
  readonly header: PageSections;
  readonly footer: PageSections;
  /** Zero-based rows that start a new page (a manual break above each). */
  readonly rowBreaks: readonly number[];
  /** The rectangle printed (the plan's used range). */
  readonly printArea: GridRange;
  /**
   * Rows repeated at the top of every printed page ("$12:$12"), or undefined: set only when a
   * table is taller than a page at the fitted scale, so its header row is seen on the page
   * it runs on to.
   */
  readonly printTitleRows?: { readonly first: number; readonly last: number; readonly address: string };
  /**
   * The print scale (percent) that fits the columns one page wide ({@link fitScalePercent}): the
   * add-in sets it as the zoom, the .xlsx writes it beside its fit to one page wide.
   */
  readonly scalePercent: number;
  /** The tallest page's height at that scale, in points, and the printable height. */
  readonly tallestPagePt: number;
  readonly printableHeightPt: number;
}

/** A4 in points (210 x 297 mm, 72 pt to the inch). */
const A4_LONG_PT = 841.89;
const A4_SHORT_PT = 595.28;
const ROW_PT = 15;
const MARGINS: PageMargins = { left: 0.4, right: 0.4, top: 0.75, bottom: 0.75, header: 0.3, footer: 0.3 };

/** The sheet of paper a report prints on: its orientation and margins (inches). */
export interface PaperSetup {
  readonly paper: "A4";
  readonly orientation: "portrait" | "landscape";
  readonly margins: Pick<PageMargins, "left" | "right">;
}

/** The printable width (points) of the paper: its width in that orientation less the side margins. */
export function printableWidthPt(paper: PaperSetup): number {
  const width = paper.orientation === "landscape" ? A4_LONG_PT : A4_SHORT_PT;
  return width - (paper.margins.left + paper.margins.right) * 72;
}

/**
 * The print scale (whole percent) at which columns `columnWidths` characters wide fit one page
 * wide on `paper`, as a `PageLayoutZoomOptions.scale`: the add-in sets the scale rather than
 * "fit to 1 page wide", which Excel is reported not to apply while the Page Layout tab is not
 * selected, where `{ scale }` does apply (https://github.com/OfficeDev/office-js/issues/1860,
 * in backlog). Widths become points through the one conversion,
 * {@link columnPoints}. Office.js takes a scale "between 10 and 400"
 * (https://learn.microsoft.com/en-us/javascript/api/excel/excel.pagelayoutzoomoptions), as
 * SpreadsheetML's `pageSetup scale` (ECMA-376 Part 1 §18.3.1.63); the result never exceeds 100,
 * because fitting a page only shrinks what is printed (Excel's "Fit to" never enlarges a sheet
 * narrower than the page), and is rounded down so the widest column still fits.
 */
export function fitScalePercent(columnWidths: readonly number[], paper: PaperSetup): number {
  const widthPt = columnWidths.reduce((s, w) => s + columnPoints(w), 0);
  if (widthPt <= 0) return 100;
  return Math.max(10, Math.min(100, Math.floor((printableWidthPt(paper) / widthPt) * 100)));
}

/** Escapes a text for a header/footer section ("&" starts a code). */
export function headerText(text: string): string {
  return text.replace(/&/g, "&&");
}

/** The length of a header or footer as Excel counts it: each section's text and its code ("&L"). */
function sectionsLength(s: PageSections): number {
  return (s.left ? 2 + s.left.length : 0) + (s.center ? 2 + s.center.length : 0) + (s.right ? 2 + s.right.length : 0);
}

/**
 * A header or footer whose left section is `left` (plain text, escaped here), cut with "…" so
 * that the whole stays within Excel's 255 characters: a long council name would otherwise make
 * Excel drop the header when it repairs the file. The cut never splits an "&&".
 */
function fitSections(left: string, right: string): PageSections {
  const fits = (l: string) => sectionsLength({ left: headerText(l), center: "", right }) <= EXCEL_HEADER_FOOTER_MAX;
  let n = left.length;
  while (n > 0 && !fits(clipText(left, n))) n--;
  return { left: headerText(clipText(left, n)), center: "", right };
}

/** The options of {@link planPage}. */
export interface PageInput {
  readonly blocks: readonly Block[];
  readonly columnWidths: readonly number[];
  readonly usedRange: GridRange;
  readonly localAuthority: string;
  readonly reportTitle: string;
  readonly reportYear: string;
}

/**
 * Plans the printed pages: breaks before each topic (before the section heading for the first
 * topic under it, so a heading never ends a page), the fitted scale, and print titles when a
 * topic cannot fit on one page.
 */
export function planPage(input: PageInput): PagePlan {
  const { blocks, usedRange } = input;
  const breaks: number[] = [];
  blocks.forEach((b, i) => {
    if (b.kind !== "table") return;
    const before = blocks[i - 1];
    const row = before && before.kind === "heading" && before.level === 2 ? before.anchor.row : b.anchor.row;
    if (row > 0 && !breaks.includes(row)) breaks.push(row);
  });
  const printableHeightPt = A4_SHORT_PT - (MARGINS.top + MARGINS.bottom) * 72;
  const scalePercent = fitScalePercent(input.columnWidths, { paper: "A4", orientation: "landscape", margins: MARGINS });
  const starts = [0, ...breaks, usedRange.row + usedRange.rowCount];
  let tallestPagePt = 0;
  let printTitleRows: PagePlan["printTitleRows"];
  for (let i = 0; i + 1 < starts.length; i++) {
    const height = ((starts[i + 1] ?? 0) - (starts[i] ?? 0)) * ROW_PT * (scalePercent / 100);
    tallestPagePt = Math.max(tallestPagePt, height);
    if (height > printableHeightPt && !printTitleRows) {
      const table = blocks.find(
        (b) => b.kind === "table" && b.anchor.row >= (starts[i] ?? 0) && b.anchor.row < (starts[i + 1] ?? 0),
      );
      if (table && table.kind === "table") {
        const r = table.grid.range.row;
        printTitleRows = { first: r, last: r, address: rowsAddress(r, r) };
      }
    }
  }
  return {
    paper: "A4",
    orientation: "landscape",
    fitToPagesWide: 1,
    fitToPagesTall: 0,
    margins: MARGINS,
    header: fitSections(input.localAuthority, headerText(input.reportYear)),
    footer: fitSections(input.reportTitle, "Page &P of &N"),
    rowBreaks: breaks,
    printArea: gridRange(usedRange.row, usedRange.col, usedRange.rowCount, usedRange.colCount),
    ...(printTitleRows ? { printTitleRows } : {}),
    scalePercent,
    tallestPagePt,
    printableHeightPt,
  };
}

/** The A1 address of a row range with absolute rows ("$12:$13"). */
export function rowsAddress(first: number, last: number): string {
  return `$${first + 1}:$${last + 1}`;
}

/** The absolute A1 address of a rectangle ("$A$1:$Y$112"), for a defined name. */
export function absoluteAddress(r: GridRange): string {
  const tl = cellAddress({ row: r.row, col: r.col });
  const br = cellAddress({ row: r.row + r.rowCount - 1, col: r.col + r.colCount - 1 });
  const abs = (s: string) => s.replace(/^([A-Z]+)(\d+)$/, "$$$1$$$2");
  return `${abs(tl)}:${abs(br)}`;
}
