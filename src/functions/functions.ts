/**
 * The CSC custom functions (Excel: =CSC.TIMELINESS(...) and the rest). The JSDoc of each
 * function is its metadata (custom-functions-metadata-plugin builds functions.json from it
 * and appends the CustomFunctions.associate calls, so this file makes none: importing it
 * has no side effects).
 *
 * Each function only converts its arguments, calls core and turns a core CellError into a
 * CustomFunctions.Error (thrown, as Office documents for custom-function errors).
 * Parameters are typed `unknown` where a cell value of any kind may arrive (metadata type
 * "any"), so the function, not Excel, says what is wrong with it, and a blank cell (null
 * on the web, 0 on Windows desktop: see convert.ts) gives the same answer on both.
 * Errors whose reason matters are #VALUE! or #N/A, the only ones whose message Excel shows.
 * The functions that take or give dates read the workbook's date system once per call
 * (date-system.ts: 1900 until the add-in has learnt otherwise) and pass it to the date readers.
 */
import { ERROR_MESSAGES as M, ASSESSMENT_WORKING_DAYS, formatNumber } from "../core/base";
import {
  isBlank,
  inWorkbookSystem,
  isoFromSerial,
  financialYearOf,
  formatPeriod,
  quarterOf,
  type QuarterStyle,
  workdayDue as coreWorkdayDue,
  workdaysElapsed,
} from "../core/dates";
import {
  pctChangeOrError,
  rag as coreRag,
  ratePer10k as coreRatePer10k,
  timeliness as coreTimeliness,
  uascQuota as coreUascQuota,
} from "../core/indicators";
import { benchmarkIn } from "./benchmark-figure";
import { loadBenchmarks } from "./benchmarks-data";
import { today } from "./clock";
import { functionsDateSystem } from "./date-system";
import {
  asMatrix,
  dateArg,
  defaultedNumberArg,
  holidaysArg,
  invalid,
  numberArg,
  optionalDateArg,
  rangeDates,
  switchArg,
  unwrap,
} from "./convert";

/**
 * Working days elapsed from start to end as the DfE counts them (CIN census table C2): the start day is day 0 and each later weekday that is not a bank holiday adds one; negative when end is before start. A date-time counts as its day.
 * @customfunction WORKDAYS
 * @helpurl https://localhost:3000/help.html#CSC.WORKDAYS
 * @param start Start date (e.g. the referral): an Excel date, 2020-04-01 or 01/04/2020; a time is ignored. Blank is #VALUE!.
 * @param end End date (e.g. the assessment completed), in the same forms.
 * @param [holidays] Range of holiday dates that replaces the England and Wales bank holidays; blank cells are skipped.
 * @returns Working days elapsed.
 */
export function workdays(start: unknown, end: unknown, holidays?: unknown[][]): number {
  const system = functionsDateSystem();
  return workdaysElapsed(
    dateArg(start, "start date", system),
    dateArg(end, "end date", system),
    holidaysArg(holidays, system),
  );
}

/**
 * The date of the given working day after start (default the 45th, the Working Together limit for an assessment), skipping weekends and bank holidays. #VALUE! when it would fall after 31 December 9999 (or, counting back, before 1 March 1900).
 * @customfunction WORKDAY_DUE
 * @helpurl https://localhost:3000/help.html#CSC.WORKDAY_DUE
 * @param start Start date (e.g. the referral): an Excel date, 2020-04-01 or 01/04/2020; a time is ignored.
 * @param [days] Working days after start; negative counts back. Blank or 0 means 45 (Excel on Windows passes a blank cell as 0).
 * @param [holidays] Range of holiday dates that replaces the England and Wales bank holidays; blank cells are skipped.
 * @returns The due date as an Excel date serial (format the cell as a date).
 */
export function workdayDue(start: unknown, days?: unknown, holidays?: unknown[][]): number {
  const system = functionsDateSystem();
  const n = defaultedNumberArg(days, "the number of working days", ASSESSMENT_WORKING_DAYS);
  const from = dateArg(start, "start date", system);
  const due = unwrap(coreWorkdayDue(from, n, holidaysArg(holidays, system)));
  // Counting back from early 1904 in a 1904 workbook can pass its first day, 1 January 1904.
  return inWorkbookSystem(due, system) ?? invalid(M.dueBefore1904(formatNumber(-Math.trunc(n)), isoFromSerial(from)));
}

/**
 * Share of completed assessments done within the limit of working days (default 45) from start to end, as the DfE counts timeliness. Rows with no end date are open and not counted; blank rows are skipped; a date-time counts as its day. #DIV/0! when no row is completed.
 * @customfunction TIMELINESS
 * @helpurl https://localhost:3000/help.html#CSC.TIMELINESS
 * @param starts Start dates (referrals), one per row.
 * @param ends End dates (assessments completed), the same shape as starts; blank while open.
 * @param [limit] Working-day limit. Blank or 0 means 45 (Excel on Windows passes a blank cell as 0).
 * @param [holidays] Range of holiday dates that replaces the England and Wales bank holidays; blank cells are skipped.
 * @returns Share completed within the limit, 0 to 1 (format as a percentage).
 */
export function timeliness(starts: unknown[][], ends: unknown[][], limit?: unknown, holidays?: unknown[][]): number {
  const s = asMatrix(starts);
  const e = asMatrix(ends);
  const sameShape = s.length === e.length && s.every((row, i) => row.length === (e[i]?.length ?? -1));
  if (!sameShape) {
    const shape = (m: unknown[][]): string => `${m.length} x ${m[0]?.length ?? 0}`;
    invalid(M.rangesNotSameShape(shape(s), shape(e)));
  }
  const n = defaultedNumberArg(limit, "the limit", ASSESSMENT_WORKING_DAYS);
  const system = functionsDateSystem();
  const startDates = rangeDates(s, system, M.rowStartDate);
  const endDates = rangeDates(e, system, M.rowEndDate);
  return unwrap(coreTimeliness(startDates, endDates, n, holidaysArg(holidays, system))).share;
}

/**
 * Unaccompanied asylum-seeking children at the National Transfer Scheme threshold: the under-18 population times the rate (0.07% from 1 July 2016, 0.1% from 24 August 2022), to the nearest child. Volatile: recalculated whenever Excel recalculates, so without as_of it follows today's date.
 * @customfunction UASC_QUOTA
 * @volatile
 * @helpurl https://localhost:3000/help.html#CSC.UASC_QUOTA
 * @param population Under-18 population (ONS mid-year estimate). Blank or 0 is #VALUE!.
 * @param [as_of] Date whose rate applies. Blank means today.
 * @param [rate] Rate that overrides the date's, e.g. 0.001 for 0.1%. Blank or 0 means the date's rate.
 * @returns Number of children at the threshold.
 */
export function uascQuota(population: unknown, as_of?: unknown, rate?: unknown): number {
  const pop = numberArg(population, "the population");
  if (pop === 0) invalid(M.under18Blank());
  const asOf = optionalDateArg(as_of, "as_of date", functionsDateSystem, today);
  return unwrap(coreUascQuota(pop, asOf, defaultedNumberArg(rate, "the rate", undefined)));
}

/**
 * Percentage change from old to new, (new - old) / old, e.g. 137 to 423 is 2.09 (209%). A blank cell counts as 0, as in Excel's arithmetic, so an old value of 0 or blank is #DIV/0!.
 * @customfunction PCT_CHANGE
 * @helpurl https://localhost:3000/help.html#CSC.PCT_CHANGE
 * @param old_value The earlier value.
 * @param new_value The later value.
 * @returns The change as a share (format as a percentage).
 */
export function pctChange(old_value: unknown, new_value: unknown): number {
  return unwrap(pctChangeOrError(numberArg(old_value, "the old value"), numberArg(new_value, "the new value")));
}

/**
 * A count per 10,000 of a population, e.g. children on a child protection plan per 10,000 children under 18. A blank cell counts as 0, as in Excel's arithmetic, so a population of 0 or blank is #DIV/0!.
 * @customfunction RATE_PER_10K
 * @helpurl https://localhost:3000/help.html#CSC.RATE_PER_10K
 * @param count The count.
 * @param population The population (e.g. under-18s, ONS mid-year estimate).
 * @returns count / population x 10,000.
 */
export function ratePer10k(count: unknown, population: unknown): number {
  return unwrap(coreRatePer10k(numberArg(count, "the count"), numberArg(population, "the population")));
}

/**
 * The financial year (1 April to 31 March) of a date, as the reports write it: "2019-20".
 * @customfunction FINANCIAL_YEAR
 * @helpurl https://localhost:3000/help.html#CSC.FINANCIAL_YEAR
 * @param date A date: an Excel date, 2020-04-01 or 01/04/2020; a time is ignored. Blank is #VALUE!.
 * @returns The financial year, e.g. "2019-20".
 */
export function financialYear(date: unknown): string {
  return formatPeriod(financialYearOf(dateArg(date, "date", functionsDateSystem())));
}

/**
 * The quarter of a date as the reports write it: "Jun-2020" (quarter-end month) or "Apr-Jun 2020" (range).
 * @customfunction QUARTER
 * @helpurl https://localhost:3000/help.html#CSC.QUARTER
 * @param date A date: an Excel date, 2020-04-01 or 01/04/2020; a time is ignored. Blank is #VALUE!.
 * @param [style] "end-month" ("Jun-2020", the default, also when blank) or "range" ("Apr-Jun 2020").
 * @returns The quarter label.
 */
export function quarter(date: unknown, style?: unknown): string {
  const serial = dateArg(date, "date", functionsDateSystem());
  const s = style === 0 || isBlank(style) ? "end-month" : String(style).trim().toLowerCase();
  if (s !== "end-month" && s !== "range") invalid(M.quarterStyle(style));
  return formatPeriod(quarterOf(serial), s as QuarterStyle);
}

/**
 * "Green", "Amber" or "Red" for a value against two thresholds. A blank cell counts as 0, as in Excel's arithmetic. #VALUE! when the thresholds are the wrong way round for the direction.
 * @customfunction RAG
 * @helpurl https://localhost:3000/help.html#CSC.RAG
 * @param value The value to rate.
 * @param green Green at or beyond this threshold.
 * @param amber Amber at or beyond this threshold (and short of green); Red otherwise.
 * @param [higher_is_better] TRUE when higher values are better (the default, also when blank or 0: Excel on Windows passes a blank cell as 0); FALSE when lower are.
 * @returns "Green", "Amber" or "Red".
 */
export function rag(value: unknown, green: unknown, amber: unknown, higher_is_better?: unknown): string {
  return unwrap(
    coreRag(
      numberArg(value, "the value"),
      numberArg(green, "the green threshold"),
      numberArg(amber, "the amber threshold"),
      switchArg(higher_is_better, "higher_is_better", true),
    ),
  );
}

/**
 * A figure DfE published for England, a region or a council (children in need census, children looked after return, social work workforce), from the comparator dataset the add-in carries: no network. #N/A when DfE did not publish it (suppressed, not available), never 0.
 * @customfunction BENCHMARK
 * @helpurl https://localhost:3000/help.html#CSC.BENCHMARK
 * @param indicator One of: referrals, referrals_rate, rereferral_rate, cin, cin_rate, cp, cp_rate, cp_2plus, cp_subsequent, cla, cla_rate, sw_vacancy, sw_turnover, sw_agency.
 * @param year A financial year such as "2019-20", or DfE's year such as 2020 (the year to 31 March 2020).
 * @param [area] "England" (also when blank), a region ("South East") or a council by name or DfE number ("Hampshire", 850).
 * @returns The published figure: a count, a percentage as DfE writes it (22.6 for 22.6%) or a rate per 10,000 children.
 */
export async function benchmark(indicator: unknown, year: unknown, area?: unknown): Promise<number> {
  // The dataset is its own chunk, loaded on the first call (a Promise Excel waits on).
  return benchmarkIn(await loadBenchmarks(), indicator, year, area);
}
