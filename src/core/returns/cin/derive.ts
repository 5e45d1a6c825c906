/**
 * The CIN figures, counted one child at a time with small running totals (see
 * definitions.ts for each definition and its DfE source). Nothing is kept per child except,
 * for re-referrals, the previous census's referral dates when that census is given.
 */
import { englandAndWales, workdaysElapsed, type HolidayCalendar, type Serial } from "../../dates";
import { ASSESSMENT_WORKING_DAYS, formatNumber } from "../../base";
import type { ReturnFigure } from "../types";
import { addMonths } from "./anniversary";
import { CIN_DEFINITIONS, CIN_FIGURE_IDS, type CinFigureId } from "./definitions";
import { inCensusYear, isNfa, type CinChild, type CinHeader } from "./model";

/**
 * Referral dates by child from a census (the previous year's, for re-referrals): compact, one
 * array of serials a child.
 */
export class CinReferralHistory {
  private readonly byChild = new Map<string, Serial[]>();

  /** Adds a child's referral dates (use as a reader's onChild). */
  add(child: CinChild): void {
    if (child.id === "") return;
    for (const e of child.episodes) {
      const r = e.referralDate?.serial;
      if (r === undefined) continue;
      const list = this.byChild.get(child.id);
      if (list) list.push(r);
      else this.byChild.set(child.id, [r]);
    }
  }

  /** The child's referral dates (none when the child was not in that census). */
  referrals(id: string): readonly Serial[] {
    return this.byChild.get(id) ?? [];
  }
}

/** Assessment timeliness measured both ways (DfE table C2 measures from the referral). */
export interface CinTimeliness {
  readonly completed: number;
  /** Within 45 working days of the referral (the census's measure). */
  readonly withinFromReferral: number;
  /** Within 45 working days of the assessment's actual start (the other measure). */
  readonly withinFromStart: number;
  /** Completed assessments whose referral date is missing or not a date. */
  readonly noReferralDate: number;
  /** Completed assessments the two measures classify differently. */
  readonly differing: number;
}

/** Options of {@link CinFigureCounter}. */
export interface CinFigureOptions {
  /** The previous year's referrals, for re-referrals whose earlier referral is not in this file. */
  readonly previous?: CinReferralHistory;
  /** Working-day limit (45, Working Together). */
  readonly limit?: number;
  /** Holidays (England and Wales bank holidays). */
  readonly calendar?: HolidayCalendar;
}

/** Counts the CIN figures child by child: `add` each child, then read `figures()`. */
export class CinFigureCounter {
  private readonly counts: Record<CinFigureId, number> = Object.fromEntries(
    CIN_FIGURE_IDS.map((id) => [id, 0]),
  ) as Record<CinFigureId, number>;
  private withinFromStart = 0;
  private noReferralDate = 0;
  private differing = 0;
  private readonly limit: number;
  private readonly calendar: HolidayCalendar;

  constructor(
    private readonly header: CinHeader,
    private readonly options: CinFigureOptions = {},
  ) {
    this.limit = options.limit ?? ASSESSMENT_WORKING_DAYS;
    this.calendar = options.calendar ?? englandAndWales();
  }

  /** Counts one child. */
  add(child: CinChild): void {
    const h = this.header;
    const c = this.counts;
    const earlier = [
      ...(this.options.previous?.referrals(child.id) ?? []),
      ...child.episodes.flatMap((e) => (e.referralDate?.serial === undefined ? [] : [e.referralDate.serial])),
    ];
    let referred = false;
    let onPlan = false;
    for (const e of child.episodes) {
      const referral = e.referralDate?.serial;
      if (inCensusYear(h, referral)) {
        referred = true;
        c.referrals++;
        if (isNfa(e.referralNfa)) c.nfa_referrals++;
        if (earlier.some((p) => p < referral && referral <= addMonths(p, 12))) c.rereferrals++;
      }
      for (const a of e.assessments) {
        const done = a.authorisationDate?.serial;
        if (!inCensusYear(h, done)) continue;
        c.assessments_completed++;
        const fromReferral = referral !== undefined && workdaysElapsed(referral, done, this.calendar) <= this.limit;
        const start = a.startDate?.serial;
        const fromStart = start !== undefined && workdaysElapsed(start, done, this.calendar) <= this.limit;
        if (fromReferral) c.assessments_within_limit++;
        if (fromStart) this.withinFromStart++;
        if (referral === undefined) this.noReferralDate++;
        if (fromReferral !== fromStart) this.differing++;
      }
      for (const s of e.section47s) if (inCensusYear(h, s.startDate?.serial)) c.s47_started++;
      const conferences = new Set<Serial>();
      for (const s of e.section47s) {
        const held = s.icpcDate?.serial;
        if (inCensusYear(h, held)) conferences.add(held);
      }
      const held = e.icpcDate?.serial;
      if (inCensusYear(h, held)) conferences.add(held);
      c.icpcs += conferences.size;
      for (const p of e.plans) {
        const start = p.startDate?.serial;
        const end = p.endDate?.serial;
        if (start !== undefined && start <= h.end && (end === undefined || end > h.end)) onPlan = true;
        if (inCensusYear(h, start)) {
          c.cp_started++;
          if (Number(p.previousPlans?.text) > 0) c.cp_subsequent++;
        }
        if (inCensusYear(h, end)) {
          c.cp_ended++;
          if (start !== undefined && end >= addMonths(start, 24)) c.cp_ended_2plus++;
        }
      }
    }
    if (referred) c.children_referred++;
    if (onPlan) c.cp_plans++;
  }

  /** Assessment timeliness both ways. */
  timeliness(): CinTimeliness {
    return {
      completed: this.counts.assessments_completed,
      withinFromReferral: this.counts.assessments_within_limit,
      withinFromStart: this.withinFromStart,
      noReferralDate: this.noReferralDate,
      differing: this.differing,
    };
  }

  /** The figures so far, each with its definition; `cp_plans` is on the ReferenceDate, the others over the year. */
  figures(): ReturnFigure[] {
    return CIN_FIGURE_IDS.map((id): ReturnFigure => {
      const { label, definition } = CIN_DEFINITIONS[id];
      const when = id === "cp_plans" ? { date: this.header.end } : { year: this.header.year };
      const detail = id === "assessments_within_limit" ? this.timelinessDetail() : undefined;
      return { id, kind: "cin", value: this.counts[id], ...when, label, definition, ...(detail ? { detail } : {}) };
    });
  }

  /** The other measure (from the assessment's start), where it classifies some assessments differently. */
  private timelinessDetail(): string | undefined {
    if (this.differing === 0) return undefined;
    const n = formatNumber;
    return (
      `Measured from the assessment's actual start instead of the referral, ${n(this.withinFromStart)} of ` +
      `${n(this.counts.assessments_completed)} were within ${this.limit} working days ` +
      `(${n(this.differing)} assessment${this.differing === 1 ? "" : "s"} counted differently).`
    );
  }
}

/**
 * The CIN figures of a census whose children are all in memory (small files, tests).
 * @param header the census header (its year and ReferenceDate).
 * @param children the census's children.
 * @param options the previous year's referrals; the working-day limit and holidays.
 */
export function deriveCinFigures(
  header: CinHeader,
  children: Iterable<CinChild>,
  options: CinFigureOptions = {},
): ReturnFigure[] {
  const counter = new CinFigureCounter(header, options);
  for (const child of children) counter.add(child);
  return counter.figures();
}
