/**
 * Every CellError message in the catalogue, each produced by the function that raises it
 * (core or custom function) and asserted word for word: what the officer reads in the
 * cell's error tooltip.
 */
import { thrownError } from "./custom-functions-mock";
import { ERROR_MESSAGES, type ErrorMessageId, CellError } from "../../src/core/base";
import { toSerial, serialFromIso, workdayDue } from "../../src/core/dates";
import { pctChangeOrError, ratePer10k, rag, toNumber, timeliness, uascQuota } from "../../src/core/indicators";
import * as csc from "../../src/functions/functions";
import { learnDateSystem, resetDateSystem } from "../../src/functions/date-system";
import { DATASET_JSON } from "../../src/core/benchmarks/dataset.generated";
import { parseDataset, benchmarkFigure } from "../../src/core/benchmarks";

const dfe = parseDataset(DATASET_JSON);

const d = (iso: string): number => serialFromIso(iso) ?? NaN;

/** The message of a core result that must be a CellError. */
function core(result: unknown): string {
  if (!(result instanceof CellError)) throw new Error(`expected a CellError, got ${String(result)}`);
  return result.message;
}

/** The message a custom function throws. */
const thrown = (f: () => unknown): string => thrownError(f).message;

/** The message a custom function throws in a workbook of the 1904 date system. */
function thrownIn1904(f: () => unknown): string {
  learnDateSystem("1904");
  try {
    return thrown(f);
  } finally {
    resetDateSystem();
  }
}

/** The message a custom function's Promise rejects with. */
const rejected = async (f: () => Promise<unknown>): Promise<string> =>
  f().then(
    () => "no error",
    (e: unknown) => (e instanceof Error ? e.message : String(e)),
  );

const CASES: readonly [ErrorMessageId, () => string | Promise<string>, string][] = [
  ["notANumber", () => core(toNumber("lots", "the old value")), 'The old value must be a number (got "lots").'],
  [
    "notADate",
    () => core(toSerial("31/02/2020")),
    '"31/02/2020" is not a date: use an Excel date, ISO text (2020-04-01) or UK text (01/04/2020).',
  ],
  [
    "dateBefore1900",
    () => thrown(() => csc.quarter(12)),
    "12 is 12 January 1900, before 1 March 1900, the first date these functions take: use an Excel date, ISO text (2020-04-01) or UK text (01/04/2020).",
  ],
  [
    "dateOutOfRange",
    () => core(toSerial(-12)),
    "-12 is not a date from 1 March 1900 to 31 December 9999: use an Excel date, ISO text (2020-04-01) or UK text (01/04/2020).",
  ],
  [
    "not1904Date",
    () => thrownIn1904(() => csc.quarter(-12)),
    "-12 is not a date in this workbook, which counts its dates from 1 January 1904 (Excel's 1904 date system): use an Excel date, ISO text (2020-04-01) or UK text (01/04/2020).",
  ],
  ["dateBlank", () => thrown(() => csc.quarter(null)), "The date is blank."],
  ["notSwitch", () => thrown(() => csc.rag(5, 10, 3, "yes")), 'higher_is_better must be TRUE or FALSE (got "yes").'],
  [
    "quarterStyle",
    () => thrown(() => csc.quarter(d("2020-05-01"), "long")),
    'style must be "end-month" or "range" (got "long").',
  ],
  [
    "holiday",
    () => thrown(() => csc.workdays(d("2020-04-01"), d("2020-05-01"), [["soon"]])),
    'Holidays, row 1: "soon" is not a date: use an Excel date, ISO text (2020-04-01) or UK text (01/04/2020).',
  ],
  [
    "workingDaysNotNumber",
    () => core(workdayDue(d("2020-04-01"), NaN)),
    "The number of working days must be a number (got NaN).",
  ],
  [
    "dueAfterLastDate",
    () => core(workdayDue(d("9999-12-01"), 1000000)),
    "The date 1,000,000 working days after 9999-12-01 would fall after 31 December 9999, the last date Excel can show.",
  ],
  [
    "dueBeforeFirstDate",
    () => core(workdayDue(d("1900-03-05"), -10)),
    "The date 10 working days before 1900-03-05 would fall before 1 March 1900, the first date these functions take.",
  ],
  [
    "dueBefore1904",
    () => thrownIn1904(() => csc.workdayDue(3, -10)),
    "The date 10 working days before 1904-01-04 would fall before 1 January 1904, the first date this workbook can show (it uses Excel's 1904 date system).",
  ],
  [
    "rangesNotSameShape",
    () => thrown(() => csc.timeliness([[1], [2]], [[1, 2]])),
    "starts and ends must be the same shape (2 x 1 and 1 x 2).",
  ],
  [
    "rangesNotSameSize",
    () => core(timeliness([1, 2], [1])),
    "The start and end ranges must be the same size (2 and 1 cells).",
  ],
  [
    "limitNotDays",
    () => core(timeliness([], [], -1)),
    "The limit must be a number of working days, 0 or more (got -1).",
  ],
  [
    "rowStartDate",
    () => core(timeliness(["soon"], [d("2020-05-01")])),
    'Row 1: start date "soon" is not a date: use an Excel date, ISO text (2020-04-01) or UK text (01/04/2020).',
  ],
  [
    "rowEndDate",
    () => core(timeliness([d("2020-04-01"), d("2020-04-01")], [d("2020-05-01"), "later"])),
    'Row 2: end date "later" is not a date: use an Excel date, ISO text (2020-04-01) or UK text (01/04/2020).',
  ],
  ["rowNoStart", () => core(timeliness([null], [d("2020-05-01")])), "Row 1 has an end date but no start date."],
  [
    "rowEndBeforeStart",
    () => core(timeliness([d("2020-05-01")], [d("2020-04-01")])),
    "Row 1: the end date is before the start date.",
  ],
  [
    "noCompletedRow",
    () => core(timeliness([d("2020-04-01"), d("2020-04-02")], [null, null])),
    "No completed row (with both a start and an end date) to measure: 2 still open.",
  ],
  ["changeNotNumbers", () => core(pctChangeOrError(NaN, 5)), "Both values must be numbers."],
  [
    "changeFromZero",
    () => core(pctChangeOrError(0, 5)),
    "The old value is 0, so a percentage change cannot be computed.",
  ],
  ["rateNotNumbers", () => core(ratePer10k(Infinity, 5)), "The count and the population must be numbers."],
  ["populationZero", () => core(ratePer10k(5, 0)), "The population is 0."],
  ["populationNegative", () => core(ratePer10k(5, -3)), "The population must be more than 0 (got -3)."],
  ["ragNotNumbers", () => core(rag(NaN, 1, 2)), "The value and both thresholds must be numbers."],
  [
    "ragHigherOrder",
    () => core(rag(5, 0.9, 0.95)),
    "When higher is better the amber threshold (0.95) must not be above the green one (0.9); give FALSE as higher_is_better when lower values are better.",
  ],
  [
    "ragLowerOrder",
    () => core(rag(5, 10, 8, false)),
    "When lower is better the amber threshold (8) must not be below the green one (10).",
  ],
  [
    "under18Blank",
    () => thrown(() => csc.uascQuota(0)),
    "The under-18 population is blank or 0: give the ONS mid-year estimate.",
  ],
  [
    "under18NotCount",
    () => core(uascQuota(-5, d("2020-04-01"))),
    "The under-18 population must be a number, 0 or more (got -5).",
  ],
  [
    "rateNotShare",
    () => core(uascQuota(274300, d("2020-04-01"), 2)),
    "The rate must be a share from 0 to 1%, e.g. 0.001 for 0.1% (got 2). The NTS protocol's rates are 0.07% and 0.1%; above 1% is almost surely a percentage typed as a whole number.",
  ],
  [
    "beforeTransferScheme",
    () => core(uascQuota(274300, d("2016-06-30"))),
    "The National Transfer Scheme began on 1 July 2016: there is no threshold before then. Give a date from 1 July 2016 or a rate.",
  ],
  ["benchmarkYearBlank", () => rejected(() => csc.benchmark("cla", null)), "The year is blank."],
  [
    "benchmarkYear",
    () => core(benchmarkFigure(dfe, "cla", "last year")),
    'The year must be a financial year such as "2019-20" or DfE\'s year such as 2020 (got "last year").',
  ],
  [
    "benchmarkIndicator",
    () => core(benchmarkFigure(dfe, "lac", "2019-20")),
    'Unknown indicator "lac": use one of referrals, referrals_rate, rereferral_rate, cin, cin_rate, cp, cp_rate, cp_2plus, cp_subsequent, cla, cla_rate, sw_vacancy, sw_turnover, sw_agency.',
  ],
  [
    "benchmarkSuppressed",
    () => core(benchmarkFigure(dfe, "cp", "2024-25", "Isles of Scilly")),
    "DfE did not publish cp for Isles of Scilly in 2024-25: suppressed to protect confidentiality.",
  ],
  [
    "benchmarkAbsent",
    () => core(benchmarkFigure(dfe, "cla", "2013-14", "Hampshire")),
    "DfE's files have no cla figure for Hampshire in 2013-14.",
  ],
];

it.each(CASES)("words %s exactly where it is raised", async (_id, raise, text) => {
  expect(await raise()).toBe(text);
});

it("raises every message in the catalogue somewhere", () => {
  expect(CASES.map(([id]) => id).sort()).toEqual((Object.keys(ERROR_MESSAGES) as ErrorMessageId[]).sort());
});
