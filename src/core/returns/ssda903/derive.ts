/**
 * The figures of the SSDA903 return, by DfE's definitions (DfE, "Children looked after in
 * England including adoptions", methodology; SSDA903 guidance for the data items). Each figure
 * carries its definition in words. Counts are of children, not episodes.
 *
 * - Looked after on a day: an episode open on the day, that is started on or before it
 *   (DECOM <= day) and not ceased before or on it (DEC blank or after the day). DfE's
 *   "at 31 March" counts leave out a child whose care ended on 31 March.
 * - Short breaks (legal statuses V3 and V4, a series of short-term placements) are left out of
 *   every figure, as DfE's tables leave them out.
 * - Started in the year: a child with an episode (not V3/V4) beginning in the year that starts
 *   a period of care, i.e. does not continue an episode that ended the same day with REC X1
 *   ("episode ceased and new one began"). In a valid return this is RNE S; the dates decide
 *   where they disagree (rule 432 reports that). A child who started twice counts once (DfE:
 *   only the first occasion in the year is counted).
 * - Ceased in the year: a child with an episode (not V3/V4) ending in the year with a reason
 *   other than X1 (an E code). Counted once (DfE: only the last occasion is counted).
 * - UASC looked after on a day: looked after on the day (as above), with a UASC record whose
 *   status had not ceased by the day (DUC blank or after it) and under 18 on the day (the day
 *   before the 18th birthday at the latest). UASC status ceasing on the day, like care, counts
 *   as ceased.
 */
import type { Steps } from "../../base";
import { periodEndSerial, serialFromYmd, type FinancialYear, type Serial } from "../../dates";
import { birthday } from "../common/uk-date";
import type { ReturnFigure } from "../types";
import type { Episode903, Return903 } from "./model";

/** Legal statuses of short breaks (SSDA903 guidance: V3 single, V4 series of short-term placements). */
export const SHORT_BREAK_LS: ReadonlySet<string> = new Set(["V3", "V4"]);

/** The days a 903 return is counted on: 31 March before the year, each quarter end, 31 March. */
export function countDays(year: FinancialYear): Serial[] {
  const y = year.startYear;
  return [
    serialFromYmd(y, 3, 31),
    serialFromYmd(y, 6, 30),
    serialFromYmd(y, 9, 30),
    serialFromYmd(y, 12, 31),
    periodEndSerial(year),
  ];
}

/** The episodes the figures count: not short breaks, with a start date. */
const counted = (e: Episode903) => !SHORT_BREAK_LS.has(e.ls) && !Number.isNaN(e.decom);

const openOn = (e: Episode903, day: Serial) => counted(e) && e.decom <= day && (Number.isNaN(e.dec) || e.dec > day);

/** True when the child (by its episodes) was looked after on the day. */
const lookedAfterOn = (eps: readonly Episode903[] | undefined, day: Serial) =>
  eps !== undefined && eps.some((e) => openOn(e, day));

/** Children (or UASC records) counted between two yields of the steps: a few milliseconds' work. */
const PART = 2048;

/** The UASC looked after on a day, in steps of {@link PART} records. */
function* uascOn(ret: Return903, day: Serial): Steps<number> {
  const counted = new Set<string>();
  let i = 0;
  for (const u of ret.uasc) {
    if (++i % PART === 0) yield PART;
    if (counted.has(u.child)) continue;
    if (u.flag !== undefined && u.flag !== "1") continue;
    if (!Number.isNaN(u.duc) && u.duc <= day) continue;
    const dob = Number.isNaN(u.dob) ? (ret.children.get(u.child)?.dob ?? NaN) : u.dob;
    if (Number.isNaN(dob) || birthday(dob, 18) <= day) continue;
    if (lookedAfterOn(ret.episodesByChild.get(u.child), day)) counted.add(u.child);
  }
  return counted.size;
}

const CLA_DEF =
  "Children looked after on the day: an episode started on or before the day and not ceased before or on it; short breaks (legal status V3, V4) left out; children, not episodes. Source: DfE, Children looked after in England including adoptions, methodology (children looked after at 31 March).";
const UASC_DEF =
  "Unaccompanied asylum-seeking children looked after on the day: looked after (as for children looked after) with UASC status not ceased by the day (DUC blank or after it) and under 18 on the day. Source: DfE, Children looked after in England including adoptions (UASC at 31 March); SSDA903 guidance (UASC, DUC).";
const STARTED_DEF =
  "Children who started to be looked after in the year: an episode (not V3/V4) beginning 1 April to 31 March that starts a period of care (RNE S: it does not follow an episode ending that day with REC X1); each child once. Source: DfE, Children looked after in England including adoptions, methodology (children who started to be looked after).";
const CEASED_DEF =
  "Children who ceased to be looked after in the year: an episode (not V3/V4) ending 1 April to 31 March with a reason other than X1 (a new episode in the same period of care); each child once. Source: DfE, Children looked after in England including adoptions, methodology (children who ceased to be looked after).";

/**
 * The 903 return's figures for the collection year, as steps: each step is a part of the
 * children (or of the UASC records) counted, its size yielded, so a slicer can pause between.
 */
export function* derive903Steps(ret: Return903, year: FinancialYear): Steps<ReturnFigure[]> {
  const days = countDays(year);
  const start = periodEndSerial({ kind: "year", startYear: year.startYear - 1 }) + 1;
  const end = periodEndSerial(year);
  // One pass over the children: their count on each day, and whether they started or ceased.
  const onDay = days.map(() => 0);
  let started = 0;
  let ceased = 0;
  let i = 0;
  for (const eps of ret.episodesByChild.values()) {
    if (++i % PART === 0) yield PART;
    for (let d = 0; d < days.length; d++) if (lookedAfterOn(eps, days[d] as Serial)) onDay[d] = (onDay[d] ?? 0) + 1;
    let s = false;
    let c = false;
    for (const e of eps) {
      if (!counted(e)) continue;
      if (
        !s &&
        e.decom >= start &&
        e.decom <= end &&
        !eps.some((p) => p !== e && counted(p) && p.dec === e.decom && p.rec === "X1")
      )
        s = true;
      if (!c && e.dec >= start && e.dec <= end && e.rec !== "X1" && e.rec !== "") c = true;
    }
    if (s) started++;
    if (c) ceased++;
  }
  const figures: ReturnFigure[] = days.map((day, d) => ({
    id: "cla",
    kind: "ssda903",
    value: onDay[d] ?? 0,
    date: day,
    label: "Children looked after",
    definition: CLA_DEF,
  }));
  for (const day of days) {
    figures.push({
      id: "uasc_looked_after",
      kind: "ssda903",
      value: yield* uascOn(ret, day),
      date: day,
      label: "UASC looked after (under 18)",
      definition: UASC_DEF,
    });
  }
  figures.push({
    id: "cla_started",
    kind: "ssda903",
    value: started,
    year,
    label: "Started to be looked after",
    definition: STARTED_DEF,
  });
  figures.push({
    id: "cla_ceased",
    kind: "ssda903",
    value: ceased,
    year,
    label: "Ceased to be looked after",
    definition: CEASED_DEF,
  });
  return figures;
}
