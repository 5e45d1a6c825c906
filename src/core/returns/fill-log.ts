/**
 * The census's Assessment Log rows in a fill: one row per assessment (child, referral date,
 * completion date), appended to the workbook's Assessment Log table. Child rows: planned only
 * when the officer asks (the pane's checkbox, the CLI's --assessment-log). A row already in the
 * table for the same child and referral date is left as it is, never replaced.
 */
import { readDate, NUMBER_FORMATS, type LocatedTable, type AssessmentLogRow, type RawValue } from "../workbook";
import { formatNumber } from "../base";
import { inWorkbookSystem } from "../dates";
import type { FillRow } from "./fill";
import { columnOf } from "./fill-rows";

/**
 * The log rows to append, after the table's last row; what cannot be added is a note.
 * `t` is read in the 1900 system (as `log` is); `date1904` says the workbook keeps the 1904
 * system, where a date written must be 1,462 lower to show the same day ("1900 and 1904 date
 * system in Excel", learn.microsoft.com/office/troubleshoot/excel/1900-and-1904-date-system).
 */
export function planLogRows(
  t: LocatedTable | undefined,
  log: readonly AssessmentLogRow[],
  notes: string[],
  date1904 = false,
): FillRow[] {
  if (log.length === 0) return [];
  if (!t || t.name === "" || t.across) {
    notes.push(
      // Present tense: the pane shows it before the fill, the CLI after writing.
      `${log.length === 1 ? "The 1 Assessment Log row is" : `The ${formatNumber(log.length)} Assessment Log rows are`} not added: the workbook has no Assessment Log Excel table kept down the rows (tblAssessmentLog).`,
    );
    return [];
  }
  const cols = {
    childId: columnOf(t, "childId"),
    referral: columnOf(t, "referral"),
    completed: columnOf(t, "completed"),
  };
  if (cols.childId < 0 || cols.referral < 0) {
    notes.push("The Assessment Log rows are not added: its table has no Child ID or Referral date column.");
    return [];
  }
  const key = (child: string, referral: number) => `${child}\u0000${referral}`;
  const have = new Set<string>();
  for (const row of t.rows) {
    const child = row[cols.childId];
    const referral = readDate(row[cols.referral]);
    if (child !== null && child !== undefined && typeof referral === "number")
      have.add(key(String(child).trim(), referral));
  }
  const width = t.headers.length;
  const formats: string[] = Array.from({ length: width }, () => "General");
  t.spec.columns.forEach((c, i) => {
    const ci = t.columnIndex[i] ?? -1;
    if (ci >= 0) formats[ci] = NUMBER_FORMATS[c.kind];
  });
  const out: FillRow[] = [];
  let kept = 0;
  for (const r of log) {
    const k = key(r.childId, r.referral);
    if (have.has(k)) {
      kept++;
      continue;
    }
    have.add(k);
    const values: RawValue[] = Array.from({ length: width }, () => "");
    values[cols.childId] = r.childId;
    // A day a 1904 workbook cannot show (before 1904) is left blank rather than written wrong.
    const stored = (serial: number) => inWorkbookSystem(serial, date1904 ? "1904" : "1900") ?? "";
    values[cols.referral] = stored(r.referral);
    if (cols.completed >= 0 && r.completed !== undefined) values[cols.completed] = stored(r.completed);
    out.push({
      sheet: t.sheet,
      table: t.name,
      index: t.rows.length + out.length,
      values,
      formats,
      filled: [
        { header: "Referral date", value: r.referral },
        ...(r.completed === undefined ? [] : [{ header: "Assessment completed", value: r.completed }]),
      ],
      leftBlank: [],
    });
  }
  if (kept)
    notes.push(
      `${kept} assessment(s) already in the Assessment Log (the same child and referral date) were left as they are.`,
    );
  return out;
}
