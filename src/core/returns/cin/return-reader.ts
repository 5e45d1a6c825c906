/**
 * The census as one of the returns {@link analyseReturns} reads: this year's census file (one
 * file: the census is submitted as a single XML message), last year's when given (for the
 * re-referrals whose earlier referral is not in this year's file), the figures, DfE's rules'
 * findings (errors and queries apart) and, when asked, the Assessment Log rows.
 */
import { formatPeriod, samePeriod } from "../../dates";
import type { ReaderInput, ReaderOutput } from "../analyse";
import type { ReturnFinding, ReturnReadProblem } from "../types";
import { processCinCensus } from "./process";

/** Reads and analyses a children in need census. */
export async function readCinReturn({ sources, previous, year, assessmentLog }: ReaderInput): Promise<ReaderOutput> {
  const [source, ...more] = sources;
  if (!source) return { figures: [], findings: { errors: [], queries: [] }, problems: [] };
  if (more.length)
    return {
      figures: [],
      findings: { errors: [], queries: [] },
      problems: [
        {
          code: "several-censuses",
          level: "fatal",
          where: { file: more[0]?.name ?? "" },
          message: `${sources.map((s) => s.name).join(" and ")} are all children in need census files: give one census a year (last year's goes to --previous).`,
        },
      ],
    };
  const extra: ReturnReadProblem[] = [];
  const [last, ...older] = previous ?? [];
  if (older.length)
    extra.push({
      code: "several-censuses",
      level: "skipped",
      where: { file: older[0]?.name ?? "" },
      message: `Last year's census: only ${last?.name ?? ""} is read; ${older.map((s) => s.name).join(", ")} left out.`,
    });
  const r = await processCinCensus(source, {
    ...(last ? { previous: last } : {}),
    ...(assessmentLog ? { assessmentLog: true } : {}),
  });
  const header = r.read.header;
  // The census year is its ReferenceDate's (DfE's); a different year asked for is said, not applied.
  if (year && header && !samePeriod(year, header.year))
    extra.push({
      code: "census-year",
      level: "skipped",
      where: { file: source.name, line: header.referenceDate.line, element: "ReferenceDate" },
      message: `${source.name} is the ${formatPeriod(header.year)} census (ReferenceDate ${header.referenceDate.text}); its year is taken from it, not the ${formatPeriod(year)} asked for.`,
    });
  const errors: ReturnFinding[] = [];
  const queries: ReturnFinding[] = [];
  for (const f of r.findings) (f.severity === "error" ? errors : queries).push(f);
  return {
    ...(header ? { year: header.year } : {}),
    figures: r.figures,
    findings: { errors, queries },
    problems: [...r.problems, ...extra],
    ...(r.assessmentLog ? { assessmentLog: r.assessmentLog } : {}),
    ...(header?.la ? { council: header.la } : {}),
  };
}
