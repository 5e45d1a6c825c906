/**
 * The collection year a 903 return covers (1 April to 31 March). DfE's return holds every
 * episode open in the year, so old start dates are normal; the year shows in the latest dates.
 * A few dates past the year's end (typing slips, which rules 354/385 report) must not move it,
 * so the project takes, per file, the latest financial year holding at least a tenth of the
 * file's event dates (DECOM, DEC, REVIEW, MIS_START, ...). Files that disagree are reported:
 * the officer gave two years' files together.
 */
import { formatPeriod, type FinancialYear } from "../../dates";
import type { ReturnReadProblem } from "../types";
import type { File903, Return903 } from "./model";

/** The share of a file's dates its year must hold. */
const YEAR_SHARE = 0.1;

/** A file's year by its event dates, or undefined when it has none. */
export function fileYear(file: File903): number | undefined {
  let total = 0;
  for (const n of file.eventYears.values()) total += n;
  const years = [...file.eventYears.entries()].filter(([, n]) => n >= total * YEAR_SHARE).map(([y]) => y);
  return years.length ? Math.max(...years) : undefined;
}

/** The return's collection year, or a problem saying why there is none. */
export function collectionYear(ret: Return903): { year: FinancialYear } | { problem: ReturnReadProblem } {
  const byFile = ret.files.flatMap((f) => {
    const y = fileYear(f);
    return y === undefined ? [] : [{ file: f.name, startYear: y, episodes: f.tables.includes("Episodes") }];
  });
  // The Episodes table decides when given; other tables' dates only when there is none.
  const deciding = byFile.some((f) => f.episodes) ? byFile.filter((f) => f.episodes) : byFile;
  const years = [...new Set(deciding.map((f) => f.startYear))].sort();
  const label = (y: number) => formatPeriod({ kind: "year", startYear: y });
  if (years.length === 1) return { year: { kind: "year", startYear: years[0] ?? 0 } };
  if (years.length === 0) {
    return {
      problem: {
        code: "no-year",
        level: "fatal",
        where: { file: ret.files[0]?.name ?? "" },
        message:
          "The collection year cannot be told: the files hold no episode or other dated event. Give it with --year (2017-18).",
      },
    };
  }
  const list = deciding.map((f) => `${f.file} (${label(f.startYear)})`).join(", ");
  return {
    problem: {
      code: "mixed-years",
      level: "fatal",
      where: { file: deciding[0]?.file ?? "" },
      message: `The files are from different collection years: ${list}. Give one year's return, or say which year with --year.`,
    },
  };
}
