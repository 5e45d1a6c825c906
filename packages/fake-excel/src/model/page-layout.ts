/**
 * A sheet's page setup as document state, with Excel's defaults (the sources are in
 * proxy/page-layout.ts, with the Office.js PageLayout members that change it).
 */
/** The page setup of one sheet. */
export interface PageLayoutState {
  orientation: "Portrait" | "Landscape";
  paperSize: "Letter" | "A4";
  leftMargin: number;
  rightMargin: number;
  topMargin: number;
  bottomMargin: number;
  headerMargin: number;
  footerMargin: number;
  zoom: { scale?: number; horizontalFitToPages?: number; verticalFitToPages?: number };
  /** The last fit to pages that was accepted but not applied (the Page Layout tab not selected). */
  zoomNotApplied?: { horizontalFitToPages?: number; verticalFitToPages?: number };
  headerFooter: Record<(typeof SECTIONS)[number], string>;
  printArea?: string;
  printTitleRows?: { first: number; last: number };
  /** Zero-based rows a manual break is before, in the order added. */
  rowBreaks: number[];
}

export const SECTIONS = [
  "leftHeader",
  "centerHeader",
  "rightHeader",
  "leftFooter",
  "centerFooter",
  "rightFooter",
] as const;

/** The sheet's page setup, created with Excel's defaults on first use. */
export function pageState(sheet: { page?: PageLayoutState }): PageLayoutState {
  sheet.page ??= {
    orientation: "Portrait",
    paperSize: "Letter",
    leftMargin: 0.7 * 72,
    rightMargin: 0.7 * 72,
    topMargin: 0.75 * 72,
    bottomMargin: 0.75 * 72,
    headerMargin: 0.3 * 72,
    footerMargin: 0.3 * 72,
    zoom: { scale: 100 },
    headerFooter: {
      leftHeader: "",
      centerHeader: "",
      rightHeader: "",
      leftFooter: "",
      centerFooter: "",
      rightFooter: "",
    },
    rowBreaks: [],
  };
  return sheet.page;
}
