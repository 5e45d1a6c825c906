/**
 * Queues the plan's print setup on the report sheet through `worksheet.pageLayout` and
 * `worksheet.horizontalPageBreaks`, all in ExcelApi 1.9, the manifest's minimum
 * (https://learn.microsoft.com/en-us/javascript/api/excel/excel.pagelayout,
 * https://learn.microsoft.com/en-us/javascript/api/excel/excel.pagebreakcollection), so no
 * runtime guard is needed. Every decision is in the plan (core/report/page.ts).
 */
import { type PagePlan, cellAddress } from "../core/report";

/** Points per inch: the plan's margins are inches (as SpreadsheetML), Office.js takes points. */
const PT_PER_INCH = 72;

/** Queues the page layout, header and footer, print area and titles, and the row breaks. */
export function writePageLayout(ws: Excel.Worksheet, page: PagePlan): void {
  const layout = ws.pageLayout;
  layout.orientation = "Landscape";
  layout.paperSize = "A4";
  const m = page.margins;
  layout.leftMargin = m.left * PT_PER_INCH;
  layout.rightMargin = m.right * PT_PER_INCH;
  layout.topMargin = m.top * PT_PER_INCH;
  layout.bottomMargin = m.bottom * PT_PER_INCH;
  layout.headerMargin = m.header * PT_PER_INCH;
  layout.footerMargin = m.footer * PT_PER_INCH;
  // One page wide, as many tall as needed: verticalFitToPages is left unset (office-js #1860
  // sets only horizontalFitToPages for "fit all columns on one page").
  layout.zoom = { horizontalFitToPages: page.fitToPagesWide };
  const hf = layout.headersFooters.defaultForAllPages;
  hf.leftHeader = page.header.left;
  hf.centerHeader = page.header.center;
  hf.rightHeader = page.header.right;
  hf.leftFooter = page.footer.left;
  hf.centerFooter = page.footer.center;
  hf.rightFooter = page.footer.right;
  layout.setPrintArea(page.printArea.address);
  if (page.printTitleRows) layout.setPrintTitleRows(page.printTitleRows.address);
  ws.horizontalPageBreaks.removePageBreaks();
  for (const row of page.rowBreaks) ws.horizontalPageBreaks.add(cellAddress({ row, col: 0 }));
}
