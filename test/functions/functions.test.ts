import { BLANK, delivered, MockCustomFunctionsError, PLATFORMS, thrownError } from "./custom-functions-mock";
import { serialFromIso } from "../../src/core/dates";
import { setClock } from "../../src/functions/clock";
import * as csc from "../../src/functions/functions";

const d = (iso: string): number => serialFromIso(iso) ?? NaN;
const col = (...values: unknown[]): unknown[][] => values.map((v) => [v]);
/** 17:00 and 08:00 as fractions of a day, for date-times. */
const FIVE_PM = 17 / 24;
const EIGHT_AM = 8 / 24;

// Every case runs as Excel on the web and as Excel on Windows desktop deliver its
// arguments: a BLANK cell arrives as null on the web and as 0 on desktop (office-js #4702,
// office-js #5262, office-js #1951); an omitted argument (null here) is null on both. The answers must agree.
describe.each(PLATFORMS)("on Excel %s", (platform) => {
  /** Calls a CSC function with its arguments as this platform delivers them. */
  const call = <R>(f: (...args: never[]) => R, ...args: unknown[]): R =>
    (f as (...a: unknown[]) => R)(...args.map((a) => delivered(a, platform)));
  /** The error a call throws: its code and the message the user can see. */
  const error = (f: (...args: never[]) => unknown, ...args: unknown[]): { code: string; message: string } => {
    const e = thrownError(() => call(f, ...args));
    return { code: e.code, message: e.message };
  };

  describe("WORKDAYS", () => {
    it.each<[unknown, unknown, unknown, number]>([
      [d("2020-04-01"), d("2020-06-09"), undefined, 45],
      ["2020-04-01", "09/06/2020", undefined, 45],
      ["1/4/2020", 43991, undefined, 45],
      [d("2020-04-01") + FIVE_PM, d("2020-06-09") + EIGHT_AM, undefined, 45], // date-times are their days
      ["01/04/2020 17:00", "2020-06-09 08:00", undefined, 45],
      [d("2020-06-09"), d("2020-04-01"), undefined, -45],
      [d("2020-04-09"), d("2020-04-14"), undefined, 1],
      [d("2020-04-09"), d("2020-04-14"), col(BLANK), 3], // a holidays range replaces the built-in list
      [d("2020-04-09"), d("2020-04-14"), col("2020-04-10", "", BLANK, BLANK), 2],
      [d("2020-04-09"), d("2020-04-14"), [["10/04/2020", "13/04/2020"]], 1],
    ])("(%j, %j, %j) = %i", (start, end, holidays, expected) => {
      expect(call(csc.workdays, start, end, holidays)).toBe(expected);
    });

    it.each<[unknown, unknown, unknown, string]>([
      ["31/02/2020", d("2020-04-01"), undefined, '"31/02/2020"'],
      [BLANK, d("2020-04-01"), undefined, "The start date is blank."],
      [d("2020-04-01"), BLANK, undefined, "The end date is blank."],
      [d("2020-04-01"), "", undefined, "The end date is blank."],
      [d("2020-04-01"), true, undefined, "true"],
      [d("2020-04-01"), d("2020-04-02"), col("2020-04-10", "Easter"), 'Holidays, row 2: "Easter"'],
    ])("(%j, %j, %j) is #VALUE! saying %s", (start, end, holidays, message) => {
      const e = error(csc.workdays, start, end, holidays);
      expect(e.code).toBe("#VALUE!");
      expect(e.message).toContain(message);
    });
  });

  describe("WORKDAY_DUE", () => {
    it.each<[unknown, unknown, unknown, string]>([
      [d("2020-04-01"), undefined, undefined, "2020-06-09"], // the 45th working day
      ["01/04/2020", null, undefined, "2020-06-09"],
      ["2020-04-01", BLANK, undefined, "2020-06-09"], // a blank count is the default
      ["2020-04-01", 0, undefined, "2020-06-09"], // so is 0, which is how desktop passes a blank
      ["2020-04-01", 45, undefined, "2020-06-09"],
      ["2020-04-01", "45", undefined, "2020-06-09"],
      [d("2020-04-01") + FIVE_PM, 45, undefined, "2020-06-09"],
      ["01/04/2020 17:00", 45, undefined, "2020-06-09"],
      ["2020-04-09", 1, undefined, "2020-04-14"],
      ["2020-04-09", 1, col("2020-04-10", BLANK), "2020-04-13"],
      ["2020-04-09", 1.9, undefined, "2020-04-14"], // truncated, as Excel's WORKDAY
      ["2020-04-14", -1, undefined, "2020-04-09"],
    ])("(%j, %j, %j) = %s", (start, days, holidays, iso) => {
      expect(call(csc.workdayDue, start, days, holidays)).toBe(d(iso));
    });

    it.each<[unknown, unknown, string]>([
      ["soon", 45, '"soon"'],
      [BLANK, 45, "The start date is blank."],
      ["2020-04-01", "many", "number of working days"],
      [61, -5, "before 1 March 1900"],
      ["2020-04-01", 1e9, "The date 1,000,000,000 working days after 2020-04-01 would fall after 31 December 9999"],
      ["2020-04-01", -1e9, "The date 1,000,000,000 working days before 2020-04-01 would fall before 1 March 1900"],
    ])("(%j, %j) is #VALUE! saying %s", (start, days, message) => {
      const e = error(csc.workdayDue, start, days);
      expect(e.code).toBe("#VALUE!");
      expect(e.message).toContain(message);
    });
  });

  describe("TIMELINESS", () => {
    // One within (45 days), one late (46), one open, a blank row in the middle and blank rows at the end.
    const starts = col(d("2020-04-01"), "2020-04-01", "01/04/2020", BLANK, d("2020-05-01"), BLANK, BLANK);
    const ends = col("2020-06-09", d("2020-06-10"), BLANK, BLANK, "", BLANK, BLANK);

    it.each<[unknown[][], unknown[][], unknown, unknown, number]>([
      [starts, ends, undefined, undefined, 0.5],
      [starts, ends, 46, undefined, 1],
      [starts, ends, null, undefined, 0.5],
      [starts, ends, BLANK, undefined, 0.5], // a blank limit is 45
      [starts, ends, 45, col(BLANK, BLANK), 0], // a holidays range of blanks: no holidays, 49 and 50 working days
      [starts, ends, 45, col("2020-04-10", BLANK, "2020-04-13", "2020-05-08", "2020-05-25"), 0.5],
      [col(d("2020-04-01") + FIVE_PM), col(d("2020-06-09") + EIGHT_AM), undefined, undefined, 1], // 45 days
      [col("01/04/2020 17:00"), col("2020-06-10 08:00"), undefined, undefined, 0], // 46 days
      [[[d("2020-04-01"), d("2020-04-01")]], [[d("2020-06-09"), d("2020-06-10")]], undefined, undefined, 0.5], // a row of cells
    ])("case %#", (s, e, limit, holidays, share) => {
      expect(call(csc.timeliness, s, e, limit, holidays)).toBe(share);
    });

    it.each<[unknown[][], unknown[][], unknown, string]>([
      [col(1, 2), col(1), undefined, "same shape (2 x 1 and 1 x 1)"],
      [col(d("2020-04-01"), d("2020-04-01")), [[d("2020-04-02"), d("2020-04-02")]], undefined, "same shape"],
      [
        col(d("2020-04-01"), BLANK),
        col(d("2020-04-02"), d("2020-04-02")),
        undefined,
        "Row 2 has an end date but no start",
      ],
      [col(d("2020-04-03")), col(d("2020-04-02")), undefined, "Row 1: the end date is before"],
      [col(d("2020-04-01"), "n/a"), col(d("2020-04-02"), BLANK), undefined, 'Row 2: start date "n/a"'],
      [col(d("2020-04-01")), col(d("2020-04-02")), "x", "The limit must be a number"],
      [col(d("2020-04-01")), col(d("2020-04-02")), -1, "0 or more"],
    ])("case %# is #VALUE! saying %s", (s, e, limit, message) => {
      const err = error(csc.timeliness, s, e, limit);
      expect(err.code).toBe("#VALUE!");
      expect(err.message).toContain(message);
    });

    it("is #DIV/0!, which Excel shows without a message, when no row is completed", () => {
      expect(error(csc.timeliness, col(d("2020-04-01"), BLANK), col(BLANK, BLANK))).toEqual({
        code: "#DIV/0!",
        message: "",
      });
    });
  });

  describe("UASC_QUOTA", () => {
    let restore: ReturnType<typeof setClock>;
    beforeEach(() => {
      restore = setClock(() => d("2020-03-31"));
    });
    afterEach(() => setClock(restore));

    it.each<[unknown, unknown, unknown, number]>([
      [274300, undefined, undefined, 192], // as_of omitted: today (fixed at 31 March 2020): 0.07%
      [274300, BLANK, undefined, 192], // a blank as_of is today too
      [274300, "2022-08-24", undefined, 274],
      [274300, d("2022-08-24") + EIGHT_AM, undefined, 274],
      [274300, "2022-08-24 08:00", undefined, 274],
      [274300, d("2022-08-23"), null, 192],
      [274300, d("2022-08-23"), BLANK, 192], // a blank rate is the date's
      [274300, null, 0.001, 274],
      ["274,300", "31/03/2020", undefined, 192],
    ])("(%j, %j, %j) = %i", (population, asOf, rate, expected) => {
      expect(call(csc.uascQuota, population, asOf, rate)).toBe(expected);
    });

    it("takes today from the clock", () => {
      setClock(() => d("2023-01-01"));
      expect(call(csc.uascQuota, 274300)).toBe(274);
    });

    it.each<[unknown, unknown, unknown, string, string]>([
      [274300, "2016-06-30", undefined, "#N/A", "1 July 2016"],
      ["lots", undefined, undefined, "#VALUE!", '"lots"'],
      [BLANK, undefined, undefined, "#VALUE!", "The under-18 population is blank or 0"],
      [0, undefined, undefined, "#VALUE!", "The under-18 population is blank or 0"],
      [-5, undefined, undefined, "#VALUE!", "population must be a number, 0 or more (got -5)"],
      [274300, "tomorrow", undefined, "#VALUE!", '"tomorrow"'],
      [274300, undefined, 2, "#VALUE!", "The rate must be a share from 0 to 1%"],
      // 0.1 is 10% (a percentage typed as a whole number): the workbook's Settings check refuses it too.
      [274300, undefined, 0.1, "#VALUE!", "(got 0.1)"],
    ])("(%j, %j, %j) is %s saying %s", (population, asOf, rate, code, message) => {
      const e = error(csc.uascQuota, population, asOf, rate);
      expect(e.code).toBe(code);
      expect(e.message).toContain(message);
    });
  });

  describe("PCT_CHANGE and RATE_PER_10K", () => {
    it.each<[unknown, unknown, number]>([
      [137, 423, 209], // +209%
      [126153, 153033, 21], // +21%
      ["137", "423", 209],
      [137, BLANK, -100], // a blank counts as 0, as in =(B1-A1)/A1
    ])("PCT_CHANGE(%j, %j) is %i%%", (a, b, percent) => {
      expect(Math.round(call(csc.pctChange, a, b) * 100)).toBe(percent);
    });

    it.each<[unknown, unknown, number]>([
      [1000, 274300, 36.4564],
      [1, 10000, 1],
      [BLANK, 10000, 0],
    ])("RATE_PER_10K(%j, %j) is %d", (count, population, rate) => {
      expect(call(csc.ratePer10k, count, population)).toBeCloseTo(rate, 4);
    });

    it.each<[(...args: never[]) => unknown, unknown[], string, string]>([
      [csc.pctChange, [0, 5], "#DIV/0!", ""], // Excel shows #DIV/0! without a message
      [csc.pctChange, [BLANK, 5], "#DIV/0!", ""],
      [csc.pctChange, ["n/a", 5], "#VALUE!", 'The old value must be a number (got "n/a")'],
      [csc.pctChange, [5, "none"], "#VALUE!", 'The new value must be a number (got "none")'],
      [csc.ratePer10k, [5, 0], "#DIV/0!", ""],
      [csc.ratePer10k, [5, BLANK], "#DIV/0!", ""],
      [csc.ratePer10k, [5, -1], "#VALUE!", "The population must be more than 0 (got -1)"],
      [csc.ratePer10k, ["five", 100], "#VALUE!", "The count must be a number"],
    ])("case %# is %s", (f, args, code, message) => {
      expect(error(f, ...args)).toEqual({ code, message: expect.stringContaining(message) });
      if (message === "") expect(error(f, ...args).message).toBe("");
    });
  });

  describe("FINANCIAL_YEAR and QUARTER", () => {
    it.each<[unknown, string]>([
      [d("2019-04-01"), "2019-20"],
      ["2020-03-31", "2019-20"],
      [d("2020-03-31") + 23 / 24, "2019-20"], // 31 March 23:00 is still 31 March
      ["31/03/2020 23:00", "2019-20"],
      ["01/04/2020", "2020-21"],
      ["2009-12-25", "2009-10"],
    ])("FINANCIAL_YEAR(%j) = %s", (date, label) => {
      expect(call(csc.financialYear, date)).toBe(label);
    });

    it.each<[unknown, unknown, string]>([
      ["2020-05-15", undefined, "Jun-2020"],
      ["2020-05-15", "end-month", "Jun-2020"],
      ["2020-05-15", "range", "Apr-Jun 2020"],
      ["2020-05-15", " RANGE ", "Apr-Jun 2020"],
      ["2020-05-15", "", "Jun-2020"],
      ["2020-05-15", BLANK, "Jun-2020"],
      ["2020-02-01", "range", "Jan-Mar 2020"],
      [d("2020-06-30") + FIVE_PM, undefined, "Jun-2020"],
      ["30/06/2020 17:00", "range", "Apr-Jun 2020"],
      [d("2017-06-30"), undefined, "Jun-2017"],
    ])("QUARTER(%j, %j) = %s", (date, style, label) => {
      expect(call(csc.quarter, date, style)).toBe(label);
    });

    it.each<[(...args: never[]) => unknown, unknown[], string]>([
      [csc.financialYear, ["March"], '"March"'],
      [csc.financialYear, [BLANK], "The date is blank."],
      [csc.quarter, [BLANK], "The date is blank."],
      [csc.quarter, ["2020-05-15", "long"], 'style must be "end-month" or "range"'],
    ])("case %# is #VALUE!", (f, args, message) => {
      const e = error(f, ...args);
      expect(e.code).toBe("#VALUE!");
      expect(e.message).toContain(message);
    });
  });

  describe("RAG", () => {
    it.each<[unknown, unknown, unknown, unknown, string]>([
      [0.9261, 0.9, 0.8, undefined, "Green"],
      [0.85, 0.9, 0.8, true, "Amber"],
      [0.7, 0.9, 0.8, true, "Red"],
      [0.95, 0.9, 0.8, BLANK, "Green"], // a blank switch is the default, TRUE
      [12, 10, 20, false, "Amber"],
      [12, 10, 20, "FALSE", "Amber"],
      [BLANK, 0.9, 0.8, undefined, "Red"], // a blank value counts as 0
      [BLANK, 10, 20, false, "Green"],
      ["0.95", 0.9, 0.8, undefined, "Green"],
    ])("RAG(%j, %j, %j, %j) = %s", (value, green, amber, higher, expected) => {
      expect(call(csc.rag, value, green, amber, higher)).toBe(expected);
    });

    it.each<[unknown[], string]>([
      [["high", 0.9, 0.8], "The value must be a number"],
      [[0.5, 0.8, 0.9], "amber threshold (0.9) must not be above the green one (0.8); give FALSE"],
      [[5, 10, 20, BLANK], "amber threshold (20) must not be above the green one (10)"], // blank is TRUE
      [[5, 10, 20, 1], "higher_is_better must be TRUE or FALSE (got 1)"],
    ])("RAG(%j) is #VALUE! saying %s", (args, message) => {
      const e = error(csc.rag, ...args);
      expect(e.code).toBe("#VALUE!");
      expect(e.message).toContain(message);
    });
  });
});

describe("the shim shows what Excel shows", () => {
  it("keeps the message of #VALUE! and #N/A only", () => {
    expect(new MockCustomFunctionsError("#VALUE!", "why").message).toBe("why");
    expect(new MockCustomFunctionsError("#N/A", "why").message).toBe("why");
    for (const code of ["#DIV/0!", "#NUM!", "#NULL!"])
      expect(new MockCustomFunctionsError(code, "why").message).toBe("");
  });
});
