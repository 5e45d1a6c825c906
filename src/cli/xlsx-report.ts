/**
 * The ReportPlan writer over ExcelJS (the CLI's port; src/excel is the Office.js one).
 * Writes the plan's tables, headlines and notes into the "Safeguarding Report" sheet,
 * replacing any sheet of that name, and leaves every other sheet alone.
 *
 * Charts: ExcelJS 4 cannot write charts (its README documents no chart API; it only
 * tolerates chartsheets when reading), so the .xlsx carries tables and headlines and a note
 * on the sheet says the charts are in the HTML report and in the add-in.
 */
import type ExcelJS from "exceljs";
import type { ReportPlan } from "../core/report/plan";

/** The note the CLI writes where the plan leaves room for the writer's own note. */
export const CHARTS_NOTE =
  "Charts: this file was written by the csc-report command line, which cannot draw Excel charts (ExcelJS has no chart support). " +
  "The charts are in the HTML report (csc-report generate --html) and are drawn natively by the add-in's Generate report.";

/**
 * Writes the plan into `workbook`: removes an existing sheet named `plan.sheetName` and adds
 * a new one at the end with the tables (number formats, bold headers, column widths),
 * headlines, headings and notes.
 * @returns the new worksheet.
 */
export function writeReportSheet(workbook: ExcelJS.Workbook, plan: ReportPlan): ExcelJS.Worksheet {
  const existing = workbook.getWorksheet(plan.sheetName);
  if (existing) workbook.removeWorksheet(existing.id);
  const ws = workbook.addWorksheet(plan.sheetName);
  plan.columnWidths.forEach((w, i) => {
    ws.getColumn(i + 1).width = w;
  });

  for (const b of plan.blocks) {
    if (b.kind === "table") {
      const title = ws.getCell(b.anchor.address);
      title.value = b.title;
      title.font = { bold: true, size: 12 };
      const { range, values, numberFormats, boldRows } = b.grid;
      values.forEach((rowValues, r) => {
        rowValues.forEach((v, c) => {
          const cell = ws.getCell(range.row + r + 1, range.col + c + 1);
          cell.value = v;
          const fmt = numberFormats[r]?.[c];
          if (fmt && fmt !== "General" && typeof v === "number") cell.numFmt = fmt;
          if (boldRows.includes(r) || c === 0) cell.font = { bold: true };
          cell.border = {
            top: { style: "thin" },
            bottom: { style: "thin" },
            left: { style: "thin" },
            right: { style: "thin" },
          };
          if (r === 0) cell.alignment = { wrapText: true, vertical: "middle", horizontal: c === 0 ? "left" : "center" };
        });
      });
      for (const n of b.notes) {
        const cell = ws.getCell(n.address);
        cell.value = n.text;
        cell.font = { italic: true };
      }
    } else if (b.kind === "headlines") {
      const head = ws.getCell(b.anchor.address);
      head.value = b.title;
      head.font = { bold: true, size: 13 };
      for (const h of b.items) ws.getCell(h.address).value = h.text;
    } else {
      const cell = ws.getCell(b.anchor.address);
      cell.value = b.text;
      cell.font = b.kind === "note" ? { italic: true } : { bold: true, size: b.level === 1 ? 16 : 13 };
    }
  }
  const note = ws.getCell(plan.writerNoteAddress);
  note.value = CHARTS_NOTE;
  note.font = { italic: true };
  return ws;
}
