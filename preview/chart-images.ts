/**
 * "Save chart as PNG" in the preview gives the chart as drawn, not a 1x1 placeholder: after
 * each change of the in-memory workbook, every chart is drawn as the grid draws it (ChartView's
 * SVG), painted onto a canvas at twice its size and kept as a PNG, which the host's
 * Chart.getImage() returns (FakeWorkbook.chartImage). Excel's own getImage returns a PNG of
 * the chart as base64 (https://learn.microsoft.com/javascript/api/excel/excel.chart#excel-excel-chart-getimage-member(1)).
 */
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import type { FakeWorkbook } from "@csc/fake-excel";
import { ChartView } from "./ChartView";

/** Points to CSS pixels, as the grid draws charts. */
const PX = 4 / 3;

/** A chart's SVG markup painted onto a canvas (2x), as base64 PNG. */
function toPng(svg: string, width: number, height: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const img = new Image();
    img.onload = () => {
      const canvas = document.createElement("canvas");
      canvas.width = width * 2;
      canvas.height = height * 2;
      const g = canvas.getContext("2d");
      if (!g) return reject(new Error("no 2D canvas"));
      g.fillStyle = "#ffffff";
      g.fillRect(0, 0, canvas.width, canvas.height);
      g.drawImage(img, 0, 0, canvas.width, canvas.height);
      resolve(canvas.toDataURL("image/png").replace(/^data:image\/png;base64,/, ""));
    };
    img.onerror = () => reject(new Error("the chart's SVG did not load"));
    const xml = svg.includes("xmlns=") ? svg : svg.replace("<svg", '<svg xmlns="http://www.w3.org/2000/svg"');
    img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(xml)}`;
  });
}

/** Renders every chart of `wb` now; returns the PNGs by "sheet|chart". */
async function renderAll(wb: FakeWorkbook): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const ch of wb.charts) {
    if (ch.deleted || ch.sheet.deleted) continue;
    try {
      const model = wb.getChartModel(ch.sheet.name, ch.name);
      const w = Math.round(ch.width * PX);
      const h = Math.round(ch.height * PX);
      const svg = renderToStaticMarkup(createElement(ChartView, { model, width: w, height: h }));
      out.set(`${ch.sheet.name}|${ch.name}`, await toPng(svg, w, h));
    } catch {
      // A chart that cannot be drawn keeps the host's placeholder.
    }
  }
  return out;
}

/**
 * Keeps PNGs of the workbook's charts up to date (redrawn after every sync, checked every
 * 200 ms as the grid is) and hands them to the host's getImage. Returns a stop function.
 */
export function installChartImages(wb: FakeWorkbook): () => void {
  let images = new Map<string, string>();
  let seen = -1;
  let drawing = false;
  wb.chartImage = (sheet, chart) => images.get(`${sheet}|${chart}`);
  const timer = setInterval(() => {
    if (drawing || wb.stats.syncs === seen) return;
    seen = wb.stats.syncs;
    drawing = true;
    void renderAll(wb)
      .then((m) => {
        images = m;
      })
      .finally(() => {
        drawing = false;
      });
  }, 200);
  return () => clearInterval(timer);
}
