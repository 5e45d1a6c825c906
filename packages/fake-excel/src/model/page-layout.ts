/**
 * A sheet's page setup (PageLayoutState, state.ts) with Excel's defaults (the sources are in
 * proxy/page-layout.ts, with the Office.js PageLayout members that change it).
 */
import type { PageLayoutState, SheetState } from "./state";

/** The sheet's page setup, created with Excel's defaults on first use. */
export function pageState(sheet: SheetState): PageLayoutState {
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
