/**
 * Browser preview entry (`npm run preview`, development only): an in-memory Excel host
 * loaded with the sample workbook, the add-in's custom functions computing `=CSC.*` cells,
 * and the real task pane beside a grid view. `?workbook=fault|xss|empty` picks a variant
 * (see support/sample-workbook.ts); `?platform=web|windows|mac` the Office platform the fake `Office`
 * global reports (Office on the web by default), so the pane's platform-dependent behaviour
 * (saving files: download on the web, in the pane on desktop) can be seen and tested;
 * `?theme=dark` makes the fake `Office` report a dark Office theme, which the pane follows.
 */
import "../src/taskpane/no-eval";
import "../support/custom-functions-runtime";
import { createRoot } from "react-dom/client";
import { emulateExcelApi, installGlobalExcel, type FakeOfficeTheme, type FakePlatform } from "@csc/fake-excel";
import { PREVIEW_EXCEL_API } from "../support/excel-api";
import { createEvaluator } from "../support/formulas";
import { loadWorkbook, parseVariant } from "../support/sample-workbook";
import { installChartImages } from "./chart-images";
import { PreviewApp } from "./PreviewApp";
import { followWorkbookDateSystem } from "../src/taskpane/date-system";

/**
 * The page loads the real Office.js (preview.html), which outside Office finishes its start-up
 * asynchronously, resolves `Office.onReady` with no host and, once the document has loaded,
 * reads its own `Office` global once more. Only after both does the in-memory host take over
 * the globals: replacing them earlier breaks Office.js's own start-up.
 */
async function realOfficeReady(): Promise<unknown> {
  const real = (globalThis as { Office?: { onReady?: () => Promise<unknown> } }).Office;
  const info = real?.onReady ? await real.onReady() : undefined;
  if (document.readyState === "loading") {
    await new Promise((resolve) => document.addEventListener("DOMContentLoaded", resolve, { once: true }));
  }
  // Office.js's own DOMContentLoaded listener was added before ours: let it run first.
  await new Promise((resolve) => setTimeout(resolve, 0));
  return info;
}

/** Loads the workbook, installs the in-memory host and renders the preview. */
function boot(officeInfo: unknown): void {
  const variant = parseVariant(window.location.search);
  const wb = loadWorkbook(variant);
  wb.evaluate = createEvaluator(wb);
  // The CSC functions answer as in Excel: #BUSY! until the next round trip (custom-functions.ts).
  wb.useCustomFunctions({ namespaces: ["CSC"], resultAfterSyncs: 1 });
  emulateExcelApi(wb, PREVIEW_EXCEL_API);
  const platforms: Record<string, FakePlatform> = { web: "OfficeOnline", windows: "PC", mac: "Mac" };
  const platform = platforms[new URLSearchParams(window.location.search).get("platform") ?? "web"] ?? "OfficeOnline";
  // `?theme=dark`: Office in its Black theme. Microsoft does not document the colours each theme
  // reports, so these are the preview's own (a near-black body, white text).
  const officeTheme: FakeOfficeTheme | undefined =
    new URLSearchParams(window.location.search).get("theme") === "dark"
      ? {
          themeId: "Black",
          isDarkTheme: true,
          bodyBackgroundColor: "#262626",
          bodyForegroundColor: "#FFFFFF",
          controlBackgroundColor: "#363636",
          controlForegroundColor: "#FFFFFF",
        }
      : undefined;
  installGlobalExcel(wb, { platform, officeTheme });
  installChartImages(wb);
  // As the pane's entry does in Excel: the custom functions learn the workbook's date system.
  followWorkbookDateSystem();
  // For the end-to-end tests (and curious developers): the document behind the grid.
  (window as unknown as { __cscPreview: unknown }).__cscPreview = { workbook: wb, variant, platform, officeInfo };

  const labels = {
    sample: "the sample workbook",
    fault: "the sample with one blank cell",
    xss: "the sample with a hostile sheet name",
    empty: "an empty workbook",
  } as const;
  const el = document.getElementById("root");
  const where =
    platform === "PC"
      ? "; the pane behaves as in Excel on Windows"
      : platform === "Mac"
        ? "; the pane behaves as in Excel on Mac"
        : "";
  if (el) createRoot(el).render(<PreviewApp wb={wb} variantLabel={`${labels[variant]}${where}`} />);
}

void realOfficeReady().then(boot);
