import { thrownError } from "./custom-functions-mock";
import { serialFromIso } from "../../src/core/dates/serial";
import { setClock } from "../../src/functions/clock";
import * as csc from "../../src/functions/functions";

const d = (iso: string): number => serialFromIso(iso) ?? NaN;
const col = (...values: unknown[]): unknown[][] => values.map((v) => [v]);

describe("WORKDAYS", () => {
  it.each<[unknown, unknown, unknown[][] | undefined, number]>([
    [d("2020-04-01"), d("2020-06-09"), undefined, 45],
    ["2020-04-01", "09/06/2020", undefined, 45],
    ["1/4/2020", 43991, undefined, 45],
    [d("2020-06-09"), d("2020-04-01"), undefined, -45],
    [d("2020-04-09"), d("2020-04-14"), undefined, 1],
    [d("2020-04-09"), d("2020-04-14"), col(null), 3], // a holidays range replaces the built-in list
    [d("2020-04-09"), d("2020-04-14"), col("2020-04-10", "", null), 2],
    [d("2020-04-09"), d("2020-04-14"), [["10/04/2020", "13/04/2020"]], 1],
  ])("(%j, %j, %j) = %i", (start, end, holidays, expected) => {
    expect(csc.workdays(start, end, holidays)).toBe(expected);
  });

  it.each<[unknown, unknown, unknown[][] | undefined, string]>([
    ["31/02/2020", d("2020-04-01"), undefined, '"31/02/2020"'],
    [null, d("2020-04-01"), undefined, "The start date is blank"],
    [d("2020-04-01"), "", undefined, "The end date is blank"],
    [d("2020-04-01"), true, undefined, "true"],
    [d("2020-04-01"), d("2020-04-02"), col("2020-04-10", "Easter"), 'Holidays, row 2: "Easter"'],
  ])("(%j, %j, %j) is #VALUE! saying %s", (start, end, holidays, message) => {
    const e = thrownError(() => csc.workdays(start, end, holidays));
    expect(e.code).toBe("#VALUE!");
    expect(e.message).toContain(message);
  });
});

describe("WORKDAY_DUE", () => {
  it.each<[unknown, unknown, unknown[][] | undefined, string]>([
    [d("2020-04-01"), undefined, undefined, "2020-06-09"], // DESIGN.md: the 45th working day
    ["01/04/2020", null, undefined, "2020-06-09"],
    ["2020-04-01", 45, undefined, "2020-06-09"],
    ["2020-04-01", "45", undefined, "2020-06-09"],
    ["2020-04-09", 1, undefined, "2020-04-14"],
    ["2020-04-09", 1, col("2020-04-10"), "2020-04-13"],
    ["2020-04-09", 1.9, undefined, "2020-04-14"], // truncated, as Excel's WORKDAY
  ])("(%j, %j, %j) = %s", (start, days, holidays, iso) => {
    expect(csc.workdayDue(start, days, holidays)).toBe(d(iso));
  });

  it.each<[unknown, unknown, string, string]>([
    ["soon", 45, "#VALUE!", '"soon"'],
    ["2020-04-01", "many", "#VALUE!", "number of working days"],
    [61, -5, "#NUM!", "outside the dates"],
  ])("(%j, %j) is %s", (start, days, code, message) => {
    const e = thrownError(() => csc.workdayDue(start, days));
    expect(e.code).toBe(code);
    expect(e.message).toContain(message);
  });
});

describe("TIMELINESS", () => {
  const starts = col(d("2020-04-01"), "2020-04-01", "01/04/2020", null, d("2020-05-01"));
  const ends = col("2020-06-09", d("2020-06-10"), "", "", null);

  it.each<[unknown[][], unknown[][], unknown, unknown[][] | undefined, number]>([
    [starts, ends, undefined, undefined, 0.5], // one within, one at 46 days; one open; one blank row
    [starts, ends, 46, undefined, 1],
    [starts, ends, null, undefined, 0.5],
    [starts, ends, 45, col(null), 0], // no holidays: 49 and 50 working days
    [[[d("2020-04-01"), d("2020-04-01")]], [[d("2020-06-09"), d("2020-06-10")]], undefined, undefined, 0.5], // a row of cells
  ])("case %#", (s, e, limit, holidays, share) => {
    expect(csc.timeliness(s, e, limit, holidays)).toBe(share);
  });

  it.each<[unknown[][], unknown[][], unknown, string, string]>([
    [col(1, 2), col(1), undefined, "#VALUE!", "same shape (2 x 1 and 1 x 1)"],
    [col(d("2020-04-01"), d("2020-04-01")), [[d("2020-04-02"), d("2020-04-02")]], undefined, "#VALUE!", "same shape"],
    [
      col(d("2020-04-01"), null),
      col(d("2020-04-02"), d("2020-04-02")),
      undefined,
      "#VALUE!",
      "Row 2 has an end date but no start",
    ],
    [col(d("2020-04-03")), col(d("2020-04-02")), undefined, "#VALUE!", "Row 1: the end date is before"],
    [col(d("2020-04-01"), "n/a"), col(d("2020-04-02"), null), undefined, "#VALUE!", 'Row 2: start date "n/a"'],
    [col(d("2020-04-01")), col(null), undefined, "#DIV/0!", "No completed row"],
    [col(d("2020-04-01")), col(d("2020-04-02")), "x", "#VALUE!", "The limit must be a number"],
    [col(d("2020-04-01")), col(d("2020-04-02")), -1, "#NUM!", "0 or more"],
  ])("case %# is %s", (s, e, limit, code, message) => {
    const err = thrownError(() => csc.timeliness(s, e, limit));
    expect(err.code).toBe(code);
    expect(err.message).toContain(message);
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
    [274300, "2022-08-24", undefined, 274],
    [274300, d("2022-08-23"), null, 192],
    [274300, null, 0.001, 274],
    ["274,300", "31/03/2020", undefined, 192],
  ])("(%j, %j, %j) = %i", (population, asOf, rate, expected) => {
    expect(csc.uascQuota(population, asOf, rate)).toBe(expected);
  });

  it("takes today from the clock", () => {
    setClock(() => d("2023-01-01"));
    expect(csc.uascQuota(274300)).toBe(274);
  });

  it.each<[unknown, unknown, unknown, string, string]>([
    [274300, "2016-06-30", undefined, "#N/A", "1 July 2016"],
    ["lots", undefined, undefined, "#VALUE!", '"lots"'],
    [null, undefined, undefined, "#VALUE!", "blank"],
    [-5, undefined, undefined, "#NUM!", "population"],
    [274300, "tomorrow", undefined, "#VALUE!", '"tomorrow"'],
    [274300, undefined, 2, "#NUM!", "rate"],
  ])("(%j, %j, %j) is %s", (population, asOf, rate, code, message) => {
    const e = thrownError(() => csc.uascQuota(population, asOf, rate));
    expect(e.code).toBe(code);
    expect(e.message).toContain(message);
  });
});

describe("PCT_CHANGE and RATE_PER_10K", () => {
  it.each<[unknown, unknown, number]>([
    [137, 423, 209], // seed: +209%
    [126153, 153033, 21], // seed: +21%
    ["137", "423", 209],
  ])("PCT_CHANGE(%j, %j) is %i%%", (a, b, percent) => {
    expect(Math.round(csc.pctChange(a, b) * 100)).toBe(percent);
  });

  it.each<[unknown, unknown, number]>([
    [1000, 274300, 36.4564],
    [1, 10000, 1],
  ])("RATE_PER_10K(%j, %j) is %d", (count, population, rate) => {
    expect(csc.ratePer10k(count, population)).toBeCloseTo(rate, 4);
  });

  it.each<[() => unknown, string, string]>([
    [() => csc.pctChange(0, 5), "#DIV/0!", "old value is 0"],
    [() => csc.pctChange("n/a", 5), "#VALUE!", "The old value must be a number"],
    [() => csc.pctChange(5, null), "#VALUE!", "The new value must be a number"],
    [() => csc.ratePer10k(5, 0), "#DIV/0!", "population must be more than 0"],
    [() => csc.ratePer10k(5, -1), "#DIV/0!", "population"],
    [() => csc.ratePer10k("five", 100), "#VALUE!", "The count must be a number"],
  ])("case %# is %s", (f, code, message) => {
    const e = thrownError(f);
    expect(e.code).toBe(code);
    expect(e.message).toContain(message);
  });
});

describe("FINANCIAL_YEAR and QUARTER", () => {
  it.each<[unknown, string]>([
    [d("2019-04-01"), "2019-20"],
    ["2020-03-31", "2019-20"],
    ["01/04/2020", "2020-21"],
    ["2009-12-25", "2009-10"],
  ])("FINANCIAL_YEAR(%j) = %s", (date, label) => {
    expect(csc.financialYear(date)).toBe(label);
  });

  it.each<[unknown, string | undefined, string]>([
    ["2020-05-15", undefined, "Jun-2020"],
    ["2020-05-15", "end-month", "Jun-2020"],
    ["2020-05-15", "range", "Apr-Jun 2020"],
    ["2020-05-15", " RANGE ", "Apr-Jun 2020"],
    ["2020-05-15", "", "Jun-2020"],
    ["2020-02-01", "range", "Jan-Mar 2020"],
    [d("2017-06-30"), undefined, "Jun-2017"],
  ])("QUARTER(%j, %j) = %s", (date, style, label) => {
    expect(csc.quarter(date, style)).toBe(label);
  });

  it.each<[() => unknown, string]>([
    [() => csc.financialYear("March"), '"March"'],
    [() => csc.financialYear(null), "The date is blank"],
    [() => csc.quarter("2020-05-15", "long"), 'style must be "end-month" or "range"'],
  ])("case %# is #VALUE!", (f, message) => {
    const e = thrownError(f);
    expect(e.code).toBe("#VALUE!");
    expect(e.message).toContain(message);
  });
});

describe("RAG", () => {
  it.each<[unknown, unknown, unknown, boolean | undefined, string]>([
    [0.9261, 0.9, 0.8, undefined, "Green"],
    [0.85, 0.9, 0.8, true, "Amber"],
    [0.7, 0.9, 0.8, true, "Red"],
    [12, 10, 20, false, "Amber"],
    ["0.95", 0.9, 0.8, undefined, "Green"],
  ])("RAG(%j, %j, %j, %j) = %s", (value, green, amber, higher, expected) => {
    expect(csc.rag(value, green, amber, higher)).toBe(expected);
  });

  it.each<[() => unknown, string, string]>([
    [() => csc.rag("high", 0.9, 0.8), "#VALUE!", "The value must be a number"],
    [() => csc.rag(0.5, 0.8, 0.9), "#NUM!", "amber threshold (0.9) must not be above the green one (0.8)"],
  ])("case %# is %s", (f, code, message) => {
    const e = thrownError(f);
    expect(e.code).toBe(code);
    expect(e.message).toContain(message);
  });
});
