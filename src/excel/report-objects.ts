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
  let comments: Excel.CommentCollection | undefined;
  let notes: Excel.NoteCollection | undefined;
  if (Office.context.requirements.isSetSupported("ExcelApi", "1.10")) {
    comments = ws.comments;
    comments.load("items/id");
  }
  if (Office.context.requirements.isSetSupported("ExcelApi", "1.18")) {
    notes = ws.notes;
    notes.load("items/content");
  }
  return {
    async finish(context) {
      let commentCells: Excel.Range[] | undefined;
      let noteCells: Excel.Range[] | undefined;
      if (comments && Office.context.requirements.isSetSupported("ExcelApi", "1.10")) {
        commentCells = comments.items.map((c) => c.getLocation().load("address"));
      }
      if (notes && Office.context.requirements.isSetSupported("ExcelApi", "1.18")) {
        noteCells = notes.items.map((n) => n.getLocation().load("address"));
      }
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
