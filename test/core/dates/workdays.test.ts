import fc from "fast-check";
import {
  SortedHolidays,
  bankHolidaysOfYear,
  englandAndWales,
  type HolidayCalendar,
} from "../../../src/core/dates/holidays";
import { dayOfWeek, isoFromSerial, serialFromIso, serialFromYmd } from "../../../src/core/dates/serial";
import { workdayDue, workdaysElapsed } from "../../../src/core/dates/workdays";
import { CellError } from "../../../src/core/base";

const d = (iso: string): number => serialFromIso(iso) ?? NaN;

/** workdayDue, for counts known to stay within Excel's dates. */
function due(start: number, n?: number, cal?: HolidayCalendar): number {
  const r = workdayDue(start, n, cal);
  if (r instanceof CellError) throw new Error(r.message);
  return r;
}

/** A calendar with the plain set of its days, so the reference count shares no code with it. */
interface Case {
  readonly cal: HolidayCalendar;
  readonly days: ReadonlySet<number>;
}

/** The DfE table C2 count, one day at a time: the reference the fast version must match. */
function naive(start: number, end: number, days: ReadonlySet<number>): number {
  if (end < start) return 0 - naive(end, start, days); // 0, never -0
  let n = 0;
  for (let s = start + 1; s <= end; s++) {
    const dow = dayOfWeek(s);
    if (dow !== 0 && dow !== 6 && !days.has(s)) n++;
  }
  return n;
}

describe("workdaysElapsed (DfE table C2: start day is day 0)", () => {
  it.each<[string, string, number]>([
    ["2020-04-01", "2020-04-01", 0], // started and finished the same day
    ["2020-04-01", "2020-04-02", 1],
    ["2020-04-03", "2020-04-06", 1], // Fri -> Mon
    ["2020-04-04", "2020-04-05", 0], // Sat -> Sun
    ["2020-04-04", "2020-04-06", 1], // Sat -> Mon
    ["2020-04-09", "2020-04-14", 1], // over Good Friday and Easter Monday
    ["2020-04-01", "2020-06-09", 45], // the 45th working day after a referral on 1 April 2020
    ["2020-04-01", "2020-06-10", 46],
    ["2020-04-02", "2020-04-01", -1], // end before start: negative of the reverse count
    ["2020-06-09", "2020-04-01", -45],
    ["2020-04-14", "2020-04-09", -1],
    ["2022-05-31", "2022-06-06", 2], // Jubilee Thu 2 and Fri 3 June 2022
    ["2022-09-16", "2022-09-20", 1], // State Funeral Mon 19 Sept 2022
    ["2023-05-05", "2023-05-09", 1], // Coronation Mon 8 May 2023
    ["2020-12-24", "2021-01-04", 4], // Christmas 2020: 25, 28 Dec and 1 Jan off; 29, 30, 31 Dec and 4 Jan count
  ])("%s -> %s is %i", (start, end, n) => {
    expect(workdaysElapsed(d(start), d(end))).toBe(n);
  });

  it("drops the time of day", () => {
    expect(workdaysElapsed(d("2020-04-01") + 0.9, d("2020-04-02") + 0.1)).toBe(1);
  });

  it("uses the calendar it is given instead of the built-in one", () => {
    const none = new SortedHolidays([]);
    expect(workdaysElapsed(d("2020-04-09"), d("2020-04-14"), none)).toBe(3);
    expect(workdaysElapsed(d("2020-04-01"), d("2020-04-02"), new SortedHolidays([d("2020-04-02")]))).toBe(0);
  });
});

describe("workdayDue", () => {
  it.each<[string, number, string]>([
    ["2020-04-01", 45, "2020-06-09"], // the README example
    ["2020-04-01", 1, "2020-04-02"],
    ["2020-04-09", 1, "2020-04-14"], // skips Easter
    ["2020-04-03", 1, "2020-04-06"],
    ["2020-04-04", 0, "2020-04-04"],
    ["2020-04-04", 1, "2020-04-06"], // from a Saturday
    ["2020-05-07", 1, "2020-05-11"], // skips VE Day Fri 8 May 2020
    ["2022-06-01", 1, "2022-06-06"], // skips 2 and 3 June 2022
    ["2020-04-14", -1, "2020-04-09"], // counting back, as Excel's WORKDAY
    ["2020-06-09", -45, "2020-04-01"],
  ])("%s + %i working days is %s", (start, n, iso) => {
    expect(isoFromSerial(due(d(start), n))).toBe(iso);
  });

  it("defaults to 45 working days", () => {
    expect(isoFromSerial(due(d("2020-04-01")))).toBe("2020-06-09");
  });

  it("takes a date-time as its day", () => {
    expect(isoFromSerial(due(d("2020-04-01") + 17 / 24, 45))).toBe("2020-06-09");
  });

  it.each<[string, number, string]>([
    ["9999-12-30", 1, "9999-12-31"], // the last date Excel can show (a Friday)
    ["1900-03-02", -1, "1900-03-01"], // the first date these functions take
  ])("%s + %i working days is %s, at the edge of Excel's dates", (start, n, iso) => {
    expect(isoFromSerial(due(d(start), n))).toBe(iso);
  });
});

/** A calendar that counts the lookups the loop makes and the furthest date it asks about. */
function counting(inner: HolidayCalendar): HolidayCalendar & { calls: number; lowest: number; highest: number } {
  const c = {
    calls: 0,
    lowest: Infinity,
    highest: -Infinity,
    countBetween(after: number, upTo: number): number {
      c.calls++;
      c.lowest = Math.min(c.lowest, after, upTo);
      c.highest = Math.max(c.highest, after, upTo);
      return inner.countBetween(after, upTo);
    },
    isHoliday: (serial: number): boolean => inner.isHoliday(serial),
  };
  return c;
}

describe("workdayDue answers at once for any count", () => {
  it.each<[number, string]>([
    [1e9, "The date 1,000,000,000 working days after 2020-04-01 would fall after 31 December 9999"],
    [-1e9, "The date 1,000,000,000 working days before 2020-04-01 would fall before 1 March 1900"],
    [2_100_000, "after 31 December 9999"], // about 2,080,000 weekdays are left
    [-40_000, "before 1 March 1900"], // about 31,500 weekdays lie between
  ])("%d working days is #VALUE! before any holiday is looked up", (n, message) => {
    const cal = counting(englandAndWales());
    const r = workdayDue(d("2020-04-01"), n, cal);
    expect(r).toBeInstanceOf(CellError);
    expect((r as CellError).type).toBe("#VALUE!");
    expect((r as CellError).message).toContain(message);
    expect(cal.calls).toBe(0);
  });

  it.each([Number.NaN, Number.POSITIVE_INFINITY])("%d working days is #VALUE!", (n) => {
    expect((workdayDue(d("2020-04-01"), n) as CellError).type).toBe("#VALUE!");
  });

  it("stops at the last date when the holidays push the count past it", () => {
    // 44 weekdays are left after 1 Nov 9999, but with Christmas and Boxing Day only 42 working days.
    const cal = counting(englandAndWales());
    const r = workdayDue(d("9999-11-01"), 43, cal);
    expect((r as CellError).type).toBe("#VALUE!");
    expect(cal.calls).toBeLessThanOrEqual(2);
    expect(cal.highest).toBeLessThanOrEqual(d("9999-12-31"));
  });

  it("loops at most once per holiday crossed, and never asks about dates past the edges (property)", () => {
    const last = d("9999-12-31");
    const first = d("1900-03-01");
    const holidays = fc.uniqueArray(fc.integer({ min: first, max: last }), { maxLength: 400 });
    const dense = fc
      .tuple(fc.integer({ min: first, max: last - 3000 }), fc.integer({ min: 0, max: 2000 }))
      .map(([from, n]) => Array.from({ length: n }, (_, i) => from + i)); // every day of a stretch: the worst case
    fc.assert(
      fc.property(
        fc.integer({ min: first, max: last }),
        fc.integer({ min: -3_000_000, max: 3_000_000 }),
        fc.oneof(holidays, dense),
        (start, n, days) => {
          const cal = counting(new SortedHolidays(days));
          const r = workdayDue(start, n, cal);
          expect(cal.calls).toBeLessThanOrEqual(days.length + 1);
          if (cal.calls > 0) {
            expect(cal.highest).toBeLessThanOrEqual(last);
            expect(cal.lowest).toBeGreaterThanOrEqual(first - 1);
          }
          if (r instanceof CellError) {
            // Refused only when the working days left to the edge are too few.
            if (n > 0) expect(workdaysElapsed(start, last, cal)).toBeLessThan(n);
            else expect(workdaysElapsed(first - 1, start - 1, cal)).toBeLessThan(-n);
          } else {
            expect(r).toBeGreaterThanOrEqual(first);
            expect(r).toBeLessThanOrEqual(last);
            if (n >= 0) expect(workdaysElapsed(start, r, cal)).toBe(n);
            else expect(workdaysElapsed(r - 1, start - 1, cal)).toBe(-n); // working days in [r, start)
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe("properties (fast-check)", () => {
  const from = serialFromYmd(2000, 1, 1);
  const to = serialFromYmd(2035, 12, 31);
  const date = fc.integer({ min: from, max: to });
  const builtIn: Case = {
    cal: englandAndWales(),
    days: new Set(Array.from({ length: 40 }, (_, i) => bankHolidaysOfYear(1998 + i)).flat()),
  };
  const randomCase = fc
    .uniqueArray(fc.integer({ min: from, max: to }), { maxLength: 60 })
    .map((days): Case => ({ cal: new SortedHolidays(days), days: new Set(days) }));
  const anyCase = fc.oneof(randomCase, fc.constant(builtIn));

  it("agrees with a day-by-day count over spans up to a year", () => {
    fc.assert(
      fc.property(date, fc.integer({ min: -400, max: 400 }), anyCase, (start, span, { cal, days }) => {
        expect(workdaysElapsed(start, start + span, cal)).toBe(naive(start, start + span, days));
      }),
      { numRuns: 300 },
    );
  });

  it("agrees with a day-by-day count for a random pair 2000-2035", () => {
    fc.assert(
      fc.property(date, date, anyCase, (a, b, { cal, days }) => {
        expect(workdaysElapsed(a, b, cal)).toBe(naive(a, b, days));
      }),
      { numRuns: 40 },
    );
  });

  it("workdaysElapsed(start, workdayDue(start, n)) = n, landing on the first such working day", () => {
    fc.assert(
      fc.property(date, fc.integer({ min: 0, max: 400 }), anyCase, (start, n, { cal, days }) => {
        const at = due(start, n, cal);
        expect(workdaysElapsed(start, at, cal)).toBe(n);
        expect(naive(start, at, days)).toBe(n);
        if (n > 0) {
          expect([0, 6]).not.toContain(dayOfWeek(at));
          expect(days.has(at)).toBe(false);
          expect(naive(start, at - 1, days)).toBe(n - 1);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("counting back n working days lands on the n-th working day before start", () => {
    fc.assert(
      fc.property(date, fc.integer({ min: 1, max: 400 }), randomCase, (start, n, { cal, days }) => {
        const back = due(start, -n, cal);
        expect([0, 6]).not.toContain(dayOfWeek(back));
        expect(days.has(back)).toBe(false);
        expect(naive(back - 1, start - 1, days)).toBe(n); // working days in [back, start)
      }),
      { numRuns: 200 },
    );
  });
});
