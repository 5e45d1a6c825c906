/**
 * One worked example per CSC custom function, for the task pane's Functions panel
 * ("Insert example" writes `formula` into the selected cell). Plain data; the figures come
 * from the worked examples in docs/domain.md and the sample reports.
 */

/** An example formula for one function. */
export interface FunctionExample {
  /** The function's Excel name with its namespace, e.g. "CSC.TIMELINESS". */
  readonly name: string;
  /** A formula that can be typed into a cell. */
  readonly formula: string;
  /** What the formula gives and why, in one or two sentences. */
  readonly explanation: string;
}

/** The examples, in the order of the README's table. */
export const FUNCTION_EXAMPLES: readonly FunctionExample[] = [
  {
    name: "CSC.WORKDAYS",
    formula: '=CSC.WORKDAYS("2020-04-01","2020-06-09")',
    explanation:
      "45: working days from a referral on 1 April 2020 to 9 June 2020, skipping weekends and the bank holidays between (the referral day is day 0).",
  },
  {
    name: "CSC.WORKDAY_DUE",
    formula: '=CSC.WORKDAY_DUE("2020-04-01")',
    explanation:
      "9 June 2020: the 45th working day after a referral on 1 April 2020, when the assessment is due. Format the cell as a date.",
  },
  {
    name: "CSC.TIMELINESS",
    formula: "=CSC.TIMELINESS(B2:B9,C2:C9)",
    explanation:
      "The share of completed assessments (referral dates in B, completion dates in C) done within 45 working days. Rows with no completion date are open and not counted.",
  },
  {
    name: "CSC.UASC_QUOTA",
    formula: '=CSC.UASC_QUOTA(274300,"2020-03-31")',
    explanation:
      "192: unaccompanied asylum-seeking children at the National Transfer Scheme threshold, 0.07% of an under-18 population of 274,300 (0.1% from 24 August 2022).",
  },
  {
    name: "CSC.PCT_CHANGE",
    formula: "=CSC.PCT_CHANGE(137,423)",
    explanation:
      "2.09, that is a 209% increase (UASC care leavers, June 2017 to June 2022). Format the cell as a percentage.",
  },
  {
    name: "CSC.RATE_PER_10K",
    formula: "=CSC.RATE_PER_10K(1000,274300)",
    explanation: "36.46: 1,000 children are 36.46 per 10,000 of an under-18 population of 274,300.",
  },
  {
    name: "CSC.FINANCIAL_YEAR",
    formula: '=CSC.FINANCIAL_YEAR("2020-03-31")',
    explanation: '"2019-20": the financial year runs from 1 April to 31 March.',
  },
  {
    name: "CSC.QUARTER",
    formula: '=CSC.QUARTER("2020-05-15","range")',
    explanation: '"Apr-Jun 2020"; without "range" the quarter-end month style gives "Jun-2020".',
  },
  {
    name: "CSC.RAG",
    formula: "=CSC.RAG(0.9261,0.9,0.8)",
    explanation: '"Green": 92.61% is at or above the green threshold of 90%. Add FALSE when lower values are better.',
  },
  {
    name: "CSC.BENCHMARK",
    formula: '=CSC.BENCHMARK("cla","2019-20")',
    explanation:
      '80,000: children looked after in England at 31 March 2020, as DfE publishes it. Add a region or council ("Hampshire") as the third argument.',
  },
];
