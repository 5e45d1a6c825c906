/**
 * One pass over a census (and, first, over the previous year's when given): the figures, the
 * DfE rules' findings and, when asked, the Assessment Log rows, with each child dropped as soon
 * as it is counted and checked.
 */
import type { AssessmentLogRow } from "../../workbook";
import type { ReturnFigure, ReturnFinding, ReturnReadProblem, ReturnSource } from "../types";
import { CinFigureCounter, CinReferralHistory, type CinFigureOptions, type CinTimeliness } from "./derive";
import { CinChecker } from "./rules";
import { readCinCensus, type CinReadResult } from "./reader";
import { cinAssessmentLogRows } from "./workbook";

/** Options of {@link processCinCensus}. */
export interface CinProcessOptions extends Omit<CinFigureOptions, "previous"> {
  /**
   * Last year's census: its referrals let re-referrals see an earlier referral not in this file.
   * One that cannot be read is left out, its problems given as "skipped".
   */
  readonly previous?: ReturnSource;
  /** Collect the Assessment Log rows (child rows: only when the officer asks for them). */
  readonly assessmentLog?: boolean;
}

/** What {@link processCinCensus} gives back. */
export interface CinCensusResult {
  readonly read: CinReadResult;
  /** The previous census's read (header, problems, notes), when one was given. */
  readonly previousRead?: CinReadResult;
  /** The figures (none when the census could not be read). */
  readonly figures: readonly ReturnFigure[];
  /** Assessment timeliness both ways (from the referral, DfE's; from the start). */
  readonly timeliness?: CinTimeliness;
  /** The DfE rules' findings, errors and queries, in file order. */
  readonly findings: readonly ReturnFinding[];
  /** Assessment Log rows, when asked for. */
  readonly assessmentLog?: readonly AssessmentLogRow[];
  /** Every problem of both reads, fatal first. */
  readonly problems: readonly ReturnReadProblem[];
}

/**
 * Reads a census (streaming), derives its figures and checks DfE's rules in one pass.
 * @param source the census file.
 * @param options the previous year's census; whether to collect Assessment Log rows; the limit and holidays.
 */
export async function processCinCensus(
  source: ReturnSource,
  options: CinProcessOptions = {},
): Promise<CinCensusResult> {
  let history: CinReferralHistory | undefined;
  let previousRead: CinReadResult | undefined;
  if (options.previous) {
    const h = new CinReferralHistory();
    previousRead = await readCinCensus(options.previous, { onChild: (child) => h.add(child) });
    // Last year's census only feeds the re-referrals: when it cannot be read, this year's is
    // still read without it (its referrals are then not seen), and the officer is told.
    if (previousRead.problems.some((p) => p.level === "fatal")) {
      previousRead = {
        ...previousRead,
        problems: previousRead.problems.map((p) => ({
          ...p,
          level: "skipped" as const,
          message: `Last year's census: ${p.message}`,
        })),
      };
    } else history = h;
  }
  const figureOptions: CinFigureOptions = {
    ...(options.limit === undefined ? {} : { limit: options.limit }),
    ...(options.calendar ? { calendar: options.calendar } : {}),
    ...(history ? { previous: history } : {}),
  };
  let counter: CinFigureCounter | undefined;
  let checker: CinChecker | undefined;
  const log: AssessmentLogRow[] = [];
  const read = await readCinCensus(source, {
    onChild: (child, header) => {
      counter ??= new CinFigureCounter(header, figureOptions);
      checker ??= new CinChecker(source.name, header, options.calendar);
      counter.add(child);
      checker.check(child);
      if (options.assessmentLog) log.push(...cinAssessmentLogRows(child));
    },
  });
  const fatal = read.problems.some((p) => p.level === "fatal");
  if (!fatal && read.header) {
    counter ??= new CinFigureCounter(read.header, figureOptions);
    checker ??= new CinChecker(source.name, read.header, options.calendar);
  }
  const problems = [...read.problems, ...(previousRead?.problems ?? [])].sort(
    (a, b) => Number(b.level === "fatal") - Number(a.level === "fatal"),
  );
  return {
    read,
    ...(previousRead ? { previousRead } : {}),
    figures: fatal || !counter ? [] : counter.figures(),
    ...(fatal || !counter ? {} : { timeliness: counter.timeliness() }),
    findings: fatal || !checker ? [] : checker.finish(),
    ...(options.assessmentLog && !fatal ? { assessmentLog: log } : {}),
    problems,
  };
}
