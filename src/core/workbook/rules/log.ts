/**
 * The optional child-level assessment log (Child ID | Referral date | Assessment
 * completed). Each column is read once, straight from the rows, with no per-cell objects
 * on the common path. Where the log has assessments completed in a year that the
 * Assessments table also gives, the timeliness over the log (DfE table C2 working days,
 * via indicators' `timeliness`) is compared with the stated figure.
 */
import type { AssessmentLogRow } from "../model";
import type { LocatedTable } from "../locate";
import { finding, type FindingSink } from "../issues";
import { isBlankValue, isProblem, periodLabel, readDate, shareText } from "../cells";
import { serialFromYmd, ukFromSerial, UNIX_EPOCH_SERIAL } from "../../dates";
import { isCellError, type Steps, formatCell } from "../../base";
import { timeliness } from "../../indicators";
import { SHARE_TOLERANCE } from "./rows";
import { reportProblem, type PeriodTable } from "./table";

/**
 * Rows per step when reading the log or measuring its timeliness: a step is a few
 * milliseconds, so a driver can give the thread back well within its budget (core/base/slices.ts).
 */
export const LOG_STEP_ROWS = 2_000;

/** The log read: its rows, and the completed assessments grouped by the financial year they were completed in. */
export interface ReadLog {
  readonly rows: readonly AssessmentLogRow[];
  /** Financial year start -> referral and completion serials of the assessments completed in it. */
  readonly byYear: ReadonlyMap<number, { readonly starts: number[]; readonly ends: number[] }>;
}

/** The start year of the financial year (1 April to 31 March) of a serial, via a cached 1 April boundary. */
function yearFinder(): (serial: number) => number {
  let lo = 0;
  let hi = -1;
  let year = 0;
  return (serial) => {
    if (serial >= lo && serial <= hi) return year;
    // Find the financial year holding `serial` from the calendar year estimate.
    let y = Math.floor((serial - UNIX_EPOCH_SERIAL) / 365.2425) + 1970;
    while (serialFromYmd(y, 4, 1) > serial) y--;
    while (serialFromYmd(y + 1, 4, 1) <= serial) y++;
    lo = serialFromYmd(y, 4, 1);
    hi = serialFromYmd(y + 1, 4, 1) - 1;
    year = y;
    return y;
  };
}

/**
 * Reads the log, adding cell findings (blank id or referral, unreadable dates, completion
 * before referral), in steps of {@link LOG_STEP_ROWS} rows.
 */
export function* readLog(t: LocatedTable, sink: FindingSink): Steps<ReadLog> {
  const [idIx = 0, refIx = 1, endIx = -1] = t.columnIndex;
  const idCol = t.left + idIx;
  const refCol = t.left + refIx;
  const endCol = t.left + endIx;
  const rows: AssessmentLogRow[] = [];
  const byYear = new Map<number, { starts: number[]; ends: number[] }>();
  const fyOf = yearFinder();
  const src = t.rows;
  for (let i = 0; i < src.length; i++) {
    if (i > 0 && i % LOG_STEP_ROWS === 0) yield LOG_STEP_ROWS;
    const raw = src[i];
    if (!raw) continue;
    const idRaw = raw[idIx];
    const refRaw = raw[refIx];
    const endRaw = endIx >= 0 ? raw[endIx] : null;
    const idBlank = isBlankValue(idRaw);
    if (idBlank && isBlankValue(refRaw) && isBlankValue(endRaw)) continue; // a blank row
    const row = t.top + 1 + i;
    const what = idBlank ? `row ${row + 1}` : `child ${String(idRaw).trim()}`;
    let ok = true;
    if (idBlank) {
      sink.add(finding("blank", t.sheet, formatCell({ row: row, col: idCol }), { what, column: "Child ID" }), "id");
      ok = false;
    }
    const ref = readDate(refRaw);
    if (isProblem(ref)) {
      reportProblem(sink, t, formatCell({ row: row, col: refCol }), ref, { what, column: "Referral date" }, "ref");
      ok = false;
    } else if (Number.isNaN(ref)) {
      sink.add(
        finding("blank", t.sheet, formatCell({ row: row, col: refCol }), { what, column: "Referral date" }),
        "ref",
      );
      ok = false;
    }
    const end = endIx >= 0 ? readDate(endRaw) : NaN;
    if (isProblem(end)) {
      reportProblem(
        sink,
        t,
        formatCell({ row: row, col: endCol }),
        end,
        { what, column: "Assessment completed" },
        "end",
      );
      ok = false;
    }
    if (!ok || isProblem(ref) || isProblem(end)) continue;
    const open = Number.isNaN(end);
    if (!open && end < ref) {
      sink.add(
        finding("end-before-start", t.sheet, formatCell({ row: row, col: endCol }), {
          what,
          end: "Assessment completed",
          endDate: ukFromSerial(end),
          start: "Referral date",
          startDate: ukFromSerial(ref),
        }),
        "end",
      );
      continue;
    }
    const childId = typeof idRaw === "string" ? idRaw.trim() : String(idRaw);
    rows.push(open ? { childId, referral: ref } : { childId, referral: ref, completed: end });
    if (!open) {
      // DfE counts an assessment in the year it was completed (CIN census, table C2).
      const fy = fyOf(end);
      let group = byYear.get(fy);
      if (!group) byYear.set(fy, (group = { starts: [], ends: [] }));
      group.starts.push(ref);
      group.ends.push(end);
    }
  }
  yield src.length % LOG_STEP_ROWS;
  return { rows, byYear };
}

/**
 * Warns where the log's timeliness for a year differs from the Assessments table's figure by
 * more than rounding. In steps: each year's assessments are counted {@link LOG_STEP_ROWS} at a
 * time (the counts of within-limit and completed assessments add up across slices).
 */
export function* checkLogTimeliness(
  log: ReadLog,
  assessments: PeriodTable<"assessments">,
  limit: number,
  sink: FindingSink,
): Steps<void> {
  for (const r of assessments.rows) {
    if (r.period.kind !== "year") continue;
    const group = log.byYear.get(r.period.startYear);
    const stated = r.values.timeliness;
    if (!group || stated === undefined) continue;
    let within = 0;
    let completed = 0;
    let failed = false;
    for (let from = 0; from < group.starts.length && !failed; from += LOG_STEP_ROWS) {
      const to = Math.min(from + LOG_STEP_ROWS, group.starts.length);
      const part = timeliness(group.starts.slice(from, to), group.ends.slice(from, to), limit);
      if (isCellError(part)) failed = true;
      else {
        within += part.within;
        completed += part.completed;
      }
      yield to - from;
    }
    if (failed || completed === 0) continue;
    const result = { share: within / completed, within, completed };
    if (Math.abs(result.share - stated) <= SHARE_TOLERANCE) continue;
    sink.add(
      finding("log-timeliness-mismatch", assessments.table.sheet, assessments.cell(r.row, "timeliness"), {
        what: periodLabel(r.period),
        stated: shareText(stated),
        computed: shareText(result.share),
        within: result.within,
        completed: result.completed,
        limit,
      }),
    );
  }
}
