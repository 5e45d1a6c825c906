/**
 * The custom functions in a workbook of Excel's 1904 date system. Excel passes a date argument as
 * the serial the cell holds and shows a returned serial in the workbook's own system ("Custom
 * functions parameter options"; "1900 and 1904 date system in Excel": the same day is 1,462
 * lower in the 1904 system), so once the add-in has learnt the system the functions must give
 * the same answers for the same days in either workbook, and a date they return must show that
 * day. Until it has learnt it, they read the 1900 system (Excel's default) and remember that
 * they did, so the learner knows Excel must recalculate them.
 */
import { BLANK, delivered, PLATFORMS, thrownError } from "./custom-functions-mock";
import { serialFromIso } from "../../src/core/dates";
import { setClock } from "../../src/functions/clock";
import { functionsDateSystem, learnDateSystem, recalculatedIn, resetDateSystem } from "../../src/functions/date-system";
import * as csc from "../../src/functions/functions";

const OFFSET = 1462;
const d = (iso: string): number => serialFromIso(iso) ?? Number.NaN;
const col = (...values: unknown[]): unknown[][] => values.map((v) => [v]);

afterEach(resetDateSystem);

/** A workbook's serial of an ISO day. */
const inSystem = (system: "1900" | "1904", iso: string): number => d(iso) - (system === "1904" ? OFFSET : 0);

describe.each(PLATFORMS)("on Excel %s", (platform) => {
  const call = <R>(f: (...args: never[]) => R, ...args: unknown[]): R =>
    (f as (...a: unknown[]) => R)(...args.map((a) => delivered(a, platform)));
  const error = (f: (...args: never[]) => unknown, ...args: unknown[]) => {
    const e = thrownError(() => call(f, ...args));
    return { code: e.code, message: e.message };
  };

  describe.each(["1900", "1904"] as const)("in a %s workbook, once the system is learnt", (system) => {
    beforeEach(() => learnDateSystem(system));
    const day = (iso: string) => inSystem(system, iso);

    it("WORKDAYS counts the same working days between the same days", () => {
      expect(call(csc.workdays, day("2020-04-01"), day("2020-06-09"))).toBe(45);
      // Easter 2020 (10 and 13 April) falls between these days, not between the days four years later.
      expect(call(csc.workdays, day("2020-04-09"), day("2020-04-14"))).toBe(1);
      expect(call(csc.workdays, day("2020-04-09"), day("2020-04-14"), col(day("2020-04-10"), BLANK))).toBe(2);
      // Text dates name their day in either system.
      expect(call(csc.workdays, "2020-04-01", "09/06/2020")).toBe(45);
    });

    it("WORKDAY_DUE returns the due day as the workbook's own serial", () => {
      expect(call(csc.workdayDue, day("2020-04-01"))).toBe(day("2020-06-09"));
      expect(call(csc.workdayDue, day("2020-04-09"), 1)).toBe(day("2020-04-14"));
      // A holidays range replaces the built-in list: Good Friday alone, so Easter Monday is worked.
      expect(call(csc.workdayDue, "2020-04-09", 1, col(day("2020-04-10")))).toBe(day("2020-04-13"));
      expect(call(csc.workdayDue, day("2020-06-09"), -45)).toBe(day("2020-04-01"));
    });

    it("TIMELINESS judges the same rows the same way", () => {
      const starts = col(day("2020-04-09"), day("2020-04-01"), day("2020-05-01"), BLANK);
      // 45 working days from 9 April 2020 is 15 June (Easter and the May holidays between).
      const ends = col(day("2020-06-15"), day("2020-06-10"), BLANK, BLANK);
      expect(call(csc.timeliness, starts, ends)).toBe(0.5);
      expect(call(csc.timeliness, starts, ends, 46)).toBe(1);
    });

    it("UASC_QUOTA takes the rate of the as_of day", () => {
      expect(call(csc.uascQuota, 274300, day("2022-08-23"))).toBe(192);
      expect(call(csc.uascQuota, 274300, day("2022-08-24"))).toBe(274);
    });

    it("UASC_QUOTA's today is today in either system", () => {
      const restore = setClock(() => d("2023-01-01"));
      try {
        expect(call(csc.uascQuota, 274300)).toBe(274);
        expect(call(csc.uascQuota, 274300, BLANK)).toBe(274);
      } finally {
        setClock(restore);
      }
    });

    it("FINANCIAL_YEAR and QUARTER name the period of the day", () => {
      expect(call(csc.financialYear, day("2020-03-31"))).toBe("2019-20");
      expect(call(csc.financialYear, day("2020-04-01"))).toBe("2020-21");
      expect(call(csc.quarter, day("2020-06-30"))).toBe("Jun-2020");
      expect(call(csc.quarter, day("2020-07-01"), "range")).toBe("Jul-Sep 2020");
    });

    it("a blank date is still a blank", () => {
      expect(error(csc.workdays, BLANK, day("2020-04-01")).message).toBe("The start date is blank.");
    });
  });

  describe("in a 1904 workbook", () => {
    beforeEach(() => learnDateSystem("1904"));

    it("a number that is no date of the workbook is #VALUE! saying why", () => {
      const e = error(csc.workdays, -3, 40_000);
      expect(e.code).toBe("#VALUE!");
      expect(e.message).toContain("-3 is not a date in this workbook, which counts its dates from 1 January 1904");
      expect(error(csc.financialYear, 2_958_465).message).toContain("2958465 is not a date in this workbook");
    });

    it("names the row or the holiday that is not a date", () => {
      expect(error(csc.timeliness, col(40_000, -1), col(40_010, 40_011)).message).toMatch(
        /^Row 2: start date -1 is not a date in this workbook/,
      );
      expect(error(csc.timeliness, col(40_000), col(-2)).message).toMatch(/^Row 1: end date -2 is not a date/);
      expect(error(csc.workdays, 40_000, 40_010, col(40_001, -7)).message).toMatch(
        /^Holidays, row 2: -7 is not a date in this workbook/,
      );
    });

    it("WORKDAY_DUE counting back past 1 January 1904 is #VALUE!, not a date the workbook cannot show", () => {
      const e = error(csc.workdayDue, 3, -10);
      expect(e.code).toBe("#VALUE!");
      expect(e.message).toBe(
        "The date 10 working days before 1904-01-04 would fall before 1 January 1904, the first date this workbook can show (it uses Excel's 1904 date system).",
      );
    });
  });
});

describe("the functions' date system", () => {
  it("is the 1900 system until learnt, and then the one learnt", () => {
    expect(functionsDateSystem()).toBe("1900");
    learnDateSystem("1904");
    expect(functionsDateSystem()).toBe("1904");
  });

  it("before it is learnt, a 1904 workbook's date is read as the 1900 system's, four years and a day later", () => {
    // What Excel shows until the add-in has learnt the system and had Excel recalculate.
    expect(csc.financialYear(d("2020-03-31") - OFFSET)).toBe("2015-16");
    expect(learnDateSystem("1904")).toBe(true);
    expect(csc.financialYear(d("2020-03-31") - OFFSET)).toBe("2019-20");
  });

  it("asks for a recalculation only when the functions answered in another system, and until one is done", () => {
    expect(learnDateSystem("1904")).toBe(false); // nothing answered yet
    resetDateSystem();
    csc.workdays(40_000, 40_010);
    expect(learnDateSystem("1900")).toBe(false); // answered in the system learnt
    resetDateSystem();
    csc.workdays(40_000, 40_010);
    expect(learnDateSystem("1904")).toBe(true);
    expect(learnDateSystem("1904")).toBe(true); // still stale: no recalculation yet
    recalculatedIn("1904");
    expect(learnDateSystem("1904")).toBe(false);
  });

  it("functions that read no date do not count as answers in a system", () => {
    csc.pctChange(100, 150);
    csc.ratePer10k(10, 1000);
    csc.rag(5, 4, 2);
    csc.uascQuota(274300); // today's date, from the clock: the same day in either system
    expect(learnDateSystem("1904")).toBe(false);
  });

  it("is one state for every bundle of the shared runtime (a registered symbol on globalThis)", () => {
    learnDateSystem("1904");
    const slot = (globalThis as unknown as Record<symbol, { known?: string }>)[Symbol.for("csc.functions.dateSystem")];
    expect(slot?.known).toBe("1904");
  });
});
