/**
 * What lies on the report sheet besides its cells, read through Office.js for core's rule
 * (core/report/sheet-objects.ts): the charts (Worksheet.charts, ExcelApi 1.1), the shapes and
 * text boxes (Worksheet.shapes, ExcelApi 1.9,
 * https://learn.microsoft.com/en-us/javascript/api/excel/excel.worksheet#excel-excel-worksheet-shapes-member),
 * the threaded comments (Worksheet.comments and Comment.getLocation, ExcelApi 1.10,
 * https://learn.microsoft.com/en-us/javascript/api/excel/excel.commentcollection) and the notes
 * (Worksheet.notes and Note.getLocation, ExcelApi 1.18,
 * https://learn.microsoft.com/en-us/javascript/api/excel/excel.notecollection).
 *
 * The manifest asks for ExcelApi 1.9, so comments and notes are read only where
 * `isSetSupported` says the Excel has them; where it does not they are reported unread
 * (undefined), never guessed.
 */
import type { SheetObjects } from "../core/report";
import { localAddress } from "./report-state";

/** The requirement sets of the comments and notes APIs. */
export const COMMENTS_API = { set: "ExcelApi", version: "1.10" } as const;
export const NOTES_API = { set: "ExcelApi", version: "1.18" } as const;

const supported = (api: { set: string; version: string }): boolean =>
  Office.context.requirements.isSetSupported(api.set, api.version);

/** A read of a sheet's objects queued on a context: `finish` after its sync (it may sync once more, for the cells of comments and notes). */
export interface ObjectsRead {
  finish(context: Excel.RequestContext): Promise<SheetObjects>;
}

/** Queues the loads of `ws`'s charts, shapes, comments and notes (no sync). */
export function queueSheetObjects(ws: Excel.Worksheet): ObjectsRead {
  const charts = ws.charts;
  charts.load("items/name");
  const shapes = ws.shapes;
  shapes.load("items/name");
  const comments = supported(COMMENTS_API) ? ws.comments : undefined;
  comments?.load("items/id");
  const notes = supported(NOTES_API) ? ws.notes : undefined;
  notes?.load("items/content");
  return {
    async finish(context) {
      const commentCells = comments?.items.map((c) => c.getLocation().load("address"));
      const noteCells = notes?.items.map((n) => n.getLocation().load("address"));
      if ((commentCells?.length ?? 0) + (noteCells?.length ?? 0) > 0) await context.sync();
      return {
        charts: charts.items.map((c) => c.name),
        shapes: shapes.items.map((s) => s.name),
        comments: commentCells?.map((r) => localAddress(r.address)),
        notes: noteCells?.map((r) => localAddress(r.address)),
      };
    },
  };
}
