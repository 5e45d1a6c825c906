/**
 * The report sheet's drawing part (SpreadsheetML drawing, ECMA-376 Part 1 §20.5): one
 * `xdr:twoCellAnchor` per chart, from the plan's top-left cell to the cell and offset its size
 * in points reaches over the plan's column widths and 15 pt rows, holding an
 * `xdr:graphicFrame` whose `c:chart` points at the chart part. The frame's `xdr:cNvPr` carries
 * the chart's name, its alt-text title (`title`) and description (`descr`, §20.1.2.2.8): what
 * Excel shows under Format Chart Area > Alt Text and what screen readers read.
 */
import { columnPoints, type ChartSpec } from "../../core/report";
import type { DrawingNamespaces } from "./chart-xml";
import { escapeXml } from "../../package/xml";

/** English Metric Units: 12,700 per point (§20.1.10.16). */
const EMU_PER_PT = 12700;
const ROW_PT = 15;
/** Excel's default column width (8.43 characters) for columns the plan does not size. */
const DEFAULT_CHARS = 8.43;

/** The cell (zero-based) and offset in EMU that `lengthPt` reaches from the start of `start`. */
function reach(start: number, lengthPt: number, sizeOf: (i: number) => number): { index: number; offset: number } {
  let i = start;
  let left = lengthPt;
  while (left >= sizeOf(i)) left -= sizeOf(i++);
  return { index: i, offset: Math.round(left * EMU_PER_PT) };
}

/** Writes the drawing part; `relIds[i]` is the relationship id of chart `charts[i]`. */
export function drawingPartXml(
  charts: readonly ChartSpec[],
  relIds: readonly string[],
  columnWidths: readonly number[],
  ns: DrawingNamespaces,
  relNs: string,
): string {
  const colPt = (i: number) => columnPoints(columnWidths[i] ?? DEFAULT_CHARS);
  const anchors = charts
    .map((spec, i) => {
      const { row, col, widthPt, heightPt } = spec.position;
      const to = reach(col, widthPt, colPt);
      const down = reach(row, heightPt, () => ROW_PT);
      return (
        "<xdr:twoCellAnchor>" +
        `<xdr:from><xdr:col>${col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from>` +
        `<xdr:to><xdr:col>${to.index}</xdr:col><xdr:colOff>${to.offset}</xdr:colOff><xdr:row>${down.index}</xdr:row><xdr:rowOff>${down.offset}</xdr:rowOff></xdr:to>` +
        '<xdr:graphicFrame macro="">' +
        `<xdr:nvGraphicFramePr><xdr:cNvPr id="${i + 2}" name="${escapeXml(spec.name)}" title="${escapeXml(spec.altTitle)}" descr="${escapeXml(spec.altDescription)}"/>` +
        '<xdr:cNvGraphicFramePr><a:graphicFrameLocks noGrp="1"/></xdr:cNvGraphicFramePr></xdr:nvGraphicFramePr>' +
        `<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="${Math.round(widthPt * EMU_PER_PT)}" cy="${Math.round(heightPt * EMU_PER_PT)}"/></xdr:xfrm>` +
        `<a:graphic><a:graphicData uri="${ns.c}"><c:chart xmlns:c="${ns.c}" xmlns:r="${relNs}" r:id="${relIds[i] ?? ""}"/></a:graphicData></a:graphic>` +
        "</xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>"
      );
    })
    .join("");
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<xdr:wsDr xmlns:xdr="${ns.xdr}" xmlns:a="${ns.a}">${anchors}</xdr:wsDr>`
  );
}
