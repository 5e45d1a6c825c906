/**
 * The CSC custom functions, one entry each: the Excel name, the export of functions.ts that
 * implements it, the description and parameters Excel shows (the same text as the function's
 * JSDoc, which custom-functions-metadata turns into functions.json: a test holds the two
 * equal), whether it is volatile, and a worked example with the result it gives. This one list
 * feeds the task pane's Functions tab, the "Functions demo" sheet of the preview, the
 * HyperFormula plugin that computes CSC formulas in the tests and the preview, and the tests
 * that check each example's result. Plain data: no Office, no DOM.
 */
import type * as Implementations from "./functions";

/** One parameter as Excel's formula help lists it. */
export interface FunctionParameter {
  readonly name: string;
  readonly description: string;
  readonly optional: boolean;
}

/** A worked example: a formula to type into a cell and what it gives. */
export interface FunctionExample {
  /** A formula that can be typed into a cell. */
  readonly formula: string;
  /**
   * What the formula gives: a number to two decimal places, or a text. TIMELINESS's example
   * reads the assessment log of the preview's "Functions demo" sheet.
   */
  readonly result: number | string;
  /** What the formula gives and why, in one or two sentences. */
  readonly explanation: string;
}

/** One custom function. */
export interface CscFunction {
  /** The Excel name with its namespace, e.g. "CSC.TIMELINESS". */
  readonly name: `CSC.${string}`;
  /** The export of functions.ts that implements it. */
  readonly implementation: keyof typeof Implementations;
  /** What Excel's formula help says of it (the JSDoc's text). */
  readonly description: string;
  readonly parameters: readonly FunctionParameter[];
  /** Marked @volatile: recalculated at every recalculation. */
  readonly volatile: boolean;
  readonly example: FunctionExample;
}

/** The optional `holidays` argument of the working-day functions. */
const HOLIDAYS: FunctionParameter = {
  name: "holidays",
  description: "Range of holiday dates that replaces the England and Wales bank holidays; blank cells are skipped.",
  optional: true,
};

/** The functions, in the order of the README's table (and of functions.ts). */
export const CSC_FUNCTIONS: readonly CscFunction[] = [
  {
    name: "CSC.WORKDAYS",
    implementation: "workdays",
    description:
      "Working days elapsed from start to end as the DfE counts them (CIN census table C2): the start day is day 0 and each later weekday that is not a bank holiday adds one; negative when end is before start. A date-time counts as its day.",
    parameters: [
      {
        name: "start",
        description:
          "Start date (e.g. the referral): an Excel date, 2020-04-01 or 01/04/2020; a time is ignored. Blank is #VALUE!.",
        optional: false,
      },
      { name: "end", description: "End date (e.g. the assessment completed), in the same forms.", optional: false },
      HOLIDAYS,
    ],
    volatile: false,
    example: {
      formula: '=CSC.WORKDAYS("2020-04-01","2020-06-09")',
      result: 45,
      explanation:
        "45: working days from a referral on 1 April 2020 to 9 June 2020, skipping weekends and the bank holidays between (the referral day is day 0).",
    },
  },
  {
    name: "CSC.WORKDAY_DUE",
    implementation: "workdayDue",
    description:
      "The date of the given working day after start (default the 45th, the Working Together limit for an assessment), skipping weekends and bank holidays. #VALUE! when it would fall after 31 December 9999 (or, counting back, before 1 March 1900).",
    parameters: [
      {
        name: "start",
        description: "Start date (e.g. the referral): an Excel date, 2020-04-01 or 01/04/2020; a time is ignored.",
        optional: false,
      },
      {
        name: "days",
        description:
          "Working days after start; negative counts back. Blank or 0 means 45 (Excel on Windows passes a blank cell as 0).",
        optional: true,
      },
      HOLIDAYS,
    ],
    volatile: false,
    example: {
      formula: '=CSC.WORKDAY_DUE("2020-04-01")',
      result: 43991,
      explanation:
        "9 June 2020: the 45th working day after a referral on 1 April 2020, when the assessment is due. Format the cell as a date.",
    },
  },
  {
    name: "CSC.TIMELINESS",
    implementation: "timeliness",
    description:
      "Share of completed assessments done within the limit of working days (default 45) from start to end, as the DfE counts timeliness. Rows with no end date are open and not counted; blank rows are skipped; a date-time counts as its day. #DIV/0! when no row is completed.",
    parameters: [
      { name: "starts", description: "Start dates (referrals), one per row.", optional: false },
      {
        name: "ends",
        description: "End dates (assessments completed), the same shape as starts; blank while open.",
        optional: false,
      },
      {
        name: "limit",
        description: "Working-day limit. Blank or 0 means 45 (Excel on Windows passes a blank cell as 0).",
        optional: true,
      },
      HOLIDAYS,
    ],
    volatile: false,
    example: {
      formula: "=CSC.TIMELINESS(B2:B9,C2:C9)",
      result: 0.86,
      explanation:
        "The share of completed assessments (referral dates in B, completion dates in C) done within 45 working days. Rows with no completion date are open and not counted.",
    },
  },
  {
    name: "CSC.UASC_QUOTA",
    implementation: "uascQuota",
    description:
      "Unaccompanied asylum-seeking children at the National Transfer Scheme threshold: the under-18 population times the rate (0.07% from 1 July 2016, 0.1% from 24 August 2022), to the nearest child. Volatile: recalculated whenever Excel recalculates, so without as_of it follows today's date.",
    parameters: [
      {
        name: "population",
        description: "Under-18 population (ONS mid-year estimate). Blank or 0 is #VALUE!.",
        optional: false,
      },
      { name: "as_of", description: "Date whose rate applies. Blank means today.", optional: true },
      {
        name: "rate",
        description: "Rate that overrides the date's, e.g. 0.001 for 0.1%. Blank or 0 means the date's rate.",
        optional: true,
      },
    ],
    volatile: true,
    example: {
      formula: '=CSC.UASC_QUOTA(274300,"2020-03-31")',
      result: 192,
      explanation:
        "192: unaccompanied asylum-seeking children at the National Transfer Scheme threshold, 0.07% of an under-18 population of 274,300 (0.1% from 24 August 2022).",
    },
  },
  {
    name: "CSC.PCT_CHANGE",
    implementation: "pctChange",
    description:
      "Percentage change from old to new, (new - old) / old, e.g. 137 to 423 is 2.09 (209%). A blank cell counts as 0, as in Excel's arithmetic, so an old value of 0 or blank is #DIV/0!.",
    parameters: [
      { name: "old_value", description: "The earlier value.", optional: false },
      { name: "new_value", description: "The later value.", optional: false },
    ],
    volatile: false,
    example: {
      formula: "=CSC.PCT_CHANGE(137,423)",
      result: 2.09,
      explanation:
        "2.09, that is a 209% increase (UASC care leavers, June 2017 to June 2022). Format the cell as a percentage.",
    },
  },
  {
    name: "CSC.RATE_PER_10K",
    implementation: "ratePer10k",
    description:
      "A count per 10,000 of a population, e.g. children on a child protection plan per 10,000 children under 18. A blank cell counts as 0, as in Excel's arithmetic, so a population of 0 or blank is #DIV/0!.",
    parameters: [
      { name: "count", description: "The count.", optional: false },
      { name: "population", description: "The population (e.g. under-18s, ONS mid-year estimate).", optional: false },
    ],
    volatile: false,
    example: {
      formula: "=CSC.RATE_PER_10K(1000,274300)",
      result: 36.46,
      explanation: "36.46: 1,000 children are 36.46 per 10,000 of an under-18 population of 274,300.",
    },
  },
  {
    name: "CSC.FINANCIAL_YEAR",
    implementation: "financialYear",
    description: 'The financial year (1 April to 31 March) of a date, as the reports write it: "2019-20".',
    parameters: [
      {
        name: "date",
        description: "A date: an Excel date, 2020-04-01 or 01/04/2020; a time is ignored. Blank is #VALUE!.",
        optional: false,
      },
    ],
    volatile: false,
    example: {
      formula: '=CSC.FINANCIAL_YEAR("2020-03-31")',
      result: "2019-20",
      explanation: '"2019-20": the financial year runs from 1 April to 31 March.',
    },
  },
  {
    name: "CSC.QUARTER",
    implementation: "quarter",
    description:
      'The quarter of a date as the reports write it: "Jun-2020" (quarter-end month) or "Apr-Jun 2020" (range).',
    parameters: [
      {
        name: "date",
        description: "A date: an Excel date, 2020-04-01 or 01/04/2020; a time is ignored. Blank is #VALUE!.",
        optional: false,
      },
      {
        name: "style",
        description: '"end-month" ("Jun-2020", the default, also when blank) or "range" ("Apr-Jun 2020").',
        optional: true,
      },
    ],
    volatile: false,
    example: {
      formula: '=CSC.QUARTER("2020-05-15","range")',
      result: "Apr-Jun 2020",
      explanation: '"Apr-Jun 2020"; without "range" the quarter-end month style gives "Jun-2020".',
    },
  },
  {
    name: "CSC.RAG",
    implementation: "rag",
    description:
      '"Green", "Amber" or "Red" for a value against two thresholds. A blank cell counts as 0, as in Excel\'s arithmetic. #VALUE! when the thresholds are the wrong way round for the direction.',
    parameters: [
      { name: "value", description: "The value to rate.", optional: false },
      { name: "green", description: "Green at or beyond this threshold.", optional: false },
      {
        name: "amber",
        description: "Amber at or beyond this threshold (and short of green); Red otherwise.",
        optional: false,
      },
      {
        name: "higher_is_better",
        description:
          "TRUE when higher values are better (the default, also when blank or 0: Excel on Windows passes a blank cell as 0); FALSE when lower are.",
        optional: true,
      },
    ],
    volatile: false,
    example: {
      formula: "=CSC.RAG(0.9261,0.9,0.8)",
      result: "Green",
      explanation: '"Green": 92.61% is at or above the green threshold of 90%. Add FALSE when lower values are better.',
    },
  },
  {
    name: "CSC.BENCHMARK",
    implementation: "benchmark",
    description:
      "A figure DfE published for England, a region or a council (children in need census, children looked after return, social work workforce), from the comparator dataset the add-in carries: no network. #N/A when DfE did not publish it (suppressed, not available), never 0.",
    parameters: [
      {
        name: "indicator",
        description:
          "One of: referrals, referrals_rate, rereferral_rate, cin, cin_rate, cp, cp_rate, cp_2plus, cp_subsequent, cla, cla_rate, sw_vacancy, sw_turnover, sw_agency.",
        optional: false,
      },
      {
        name: "year",
        description: 'A financial year such as "2019-20", or DfE\'s year such as 2020 (the year to 31 March 2020).',
        optional: false,
      },
      {
        name: "area",
        description:
          '"England" (also when blank), a region ("South East") or a council by name or DfE number ("Hampshire", 850).',
        optional: true,
      },
    ],
    volatile: false,
    example: {
      formula: '=CSC.BENCHMARK("cla","2019-20")',
      result: 80000,
      explanation:
        '80,000: children looked after in England at 31 March 2020, as DfE publishes it. Add a region or council ("Hampshire") as the third argument.',
    },
  },
];
