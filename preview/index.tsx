/**
 * Browser preview entry (`npm run preview`, development only): an in-memory Excel host
 * loaded with the sample workbook, the add-in's custom functions computing `=CSC.*` cells,
 * and the real task pane beside a grid view. `?workbook=fault|xss|empty` picks a variant
 * (see support/sample-workbook.ts); `?platform=web|windows|mac` the Office platform the fake `Office`
 * global reports (Office on the web by default), so the pane's platform-dependent behaviour
 * (saving files: download on the web, in the pane on desktop) can be seen and tested.
 */
import "../support/custom-functions-runtime";
import { createRoot } from "react-dom/client";
import { emulateExcelApi, installGlobalExcel, type FakePlatform } from "@csc/fake-excel";
import { PREVIEW_EXCEL_API } from "../support/excel-api";
import { createEvaluator } from "../support/formulas";
import { loadWorkbook, parseVariant } from "../support/sample-workbook";
import { PreviewApp } from "./PreviewApp";

const variant = parseVariant(window.location.search);
const wb = loadWorkbook(variant);
wb.evaluate = createEvaluator(wb);
emulateExcelApi(wb, PREVIEW_EXCEL_API);
const platforms: Record<string, FakePlatform> = { web: "OfficeOnline", windows: "PC", mac: "Mac" };
const platform = platforms[new URLSearchParams(window.location.search).get("platform") ?? "web"] ?? "OfficeOnline";
installGlobalExcel(wb, { platform });
// For the end-to-end tests (and curious developers): the document behind the grid.
(window as unknown as { __cscPreview: unknown }).__cscPreview = { workbook: wb, variant, platform };

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
