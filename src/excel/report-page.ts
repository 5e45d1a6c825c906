/**
 * The report sheet's print setup, set after the report is committed and on a best-effort basis:
 * a printer driver that refuses A4 or a scale must not roll the new report back, so the page
 * setup is its own step and says what it could not set.
 *
 * Everything goes through `worksheet.pageLayout` and `worksheet.horizontalPageBreaks`, all in
 * ExcelApi 1.9, the manifest's minimum
 * (https://learn.microsoft.com/en-us/javascript/api/excel/excel.pagelayout,
 * https://learn.microsoft.com/en-us/javascript/api/excel/excel.pagebreakcollection), so no
 * runtime guard is needed. Every decision is in the plan (core/report/page.ts).
 *
 * One page wide is set as a print scale (`zoom = { scale }`, computed in core from the column
 * widths and the paper), not as `zoom = { horizontalFitToPages: 1 }`: Excel is reported not to
 * apply a fit to pages unless the Page Layout tab is selected, while a scale applies
 * (https://github.com/OfficeDev/office-js/issues/1860, in backlog).
 *
 * A batch is not a transaction: Excel stops at the first statement that fails and drops the rest
 * (https://learn.microsoft.com/en-us/office/dev/add-ins/testing/application-specific-api-error-handling).
 * So all parts go in one sync; when it fails, each part is sent again in its own sync (each is
 * idempotent: properties set again, breaks removed and added again) to find which were refused.
 */
import { type PagePlan, cellAddress } from "../core/report";

/** Points per inch: the plan's margins are inches (as SpreadsheetML), Office.js takes points. */
const PT_PER_INCH = 72;

/** A part of the print setup, as the pane names what was not set. */
export type PagePart =
  | "A4 paper"
  | "landscape orientation"
  | "margins"
  | "print scale"
  | "header and footer"
  | "print area"
  | "print titles"
  | "page breaks";

/** Each part and how it is queued. */
const PARTS: readonly (readonly [PagePart, (ws: Excel.Worksheet, page: PagePlan) => void])[] = [
  ["A4 paper", (ws) => (ws.pageLayout.paperSize = "A4")],
  ["landscape orientation", (ws) => (ws.pageLayout.orientation = "Landscape")],
  [
    "margins",
    (ws, page) => {
      const layout = ws.pageLayout;
      const m = page.margins;
      layout.leftMargin = m.left * PT_PER_INCH;
      layout.rightMargin = m.right * PT_PER_INCH;
      layout.topMargin = m.top * PT_PER_INCH;
      layout.bottomMargin = m.bottom * PT_PER_INCH;
      layout.headerMargin = m.header * PT_PER_INCH;
      layout.footerMargin = m.footer * PT_PER_INCH;
    },
  ],
  ["print scale", (ws, page) => (ws.pageLayout.zoom = { scale: page.scalePercent })],
  [
    "header and footer",
    (ws, page) => {
      const hf = ws.pageLayout.headersFooters.defaultForAllPages;
      hf.leftHeader = page.header.left;
      hf.centerHeader = page.header.center;
      hf.rightHeader = page.header.right;
      hf.leftFooter = page.footer.left;
      hf.centerFooter = page.footer.center;
      hf.rightFooter = page.footer.right;
    },
  ],
  ["print area", (ws, page) => ws.pageLayout.setPrintArea(page.printArea.address)],
  [
    "print titles",
    (ws, page) => {
      if (page.printTitleRows) ws.pageLayout.setPrintTitleRows(page.printTitleRows.address);
    },
  ],
  [
    "page breaks",
    (ws, page) => {
      ws.horizontalPageBreaks.removePageBreaks();
      for (const row of page.rowBreaks) ws.horizontalPageBreaks.add(cellAddress({ row, col: 0 }));
    },
  ],
];

/** What the print setup could not set (empty when all of it was set). */
export interface PageSetupResult {
  readonly notSet: readonly PagePart[];
}

/**
 * Sets the plan's print setup on the sheet `sheetName`: one sync when Excel takes it all, then
 * one sync per part to find what it refused. Never throws: what could not be set is returned.
 */
export async function applyPageSetup(sheetName: string, page: PagePlan): Promise<PageSetupResult> {
  const all = PARTS.map(([part]) => part);
  try {
    return await Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem(sheetName);
      for (const [, queue] of PARTS) queue(ws, page);
      try {
        await context.sync();
        return { notSet: [] };
      } catch {
        // Find which parts Excel refuses, each in its own sync.
      }
      const notSet: PagePart[] = [];
      for (const [part, queue] of PARTS) {
        try {
          queue(ws, page);
          // Only after the one sync failed: a sync per part is how to learn which Excel refuses.
          // eslint-disable-next-line office-addins/no-context-sync-in-loop
          await context.sync();
        } catch {
          notSet.push(part);
        }
      }
      return { notSet };
    });
  } catch {
    return { notSet: all };
  }
}
