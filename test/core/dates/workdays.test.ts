import fc from "fast-check";
import {
  SortedHolidays,
  bankHolidaysOfYear,
  englandAndWales,
  type HolidayCalendar,
} from "../../../src/core/dates/holidays";
import { dayOfWeek, isoFromSerial, serialFromIso, serialFromYmd } from "../../../src/core/dates/serial";
import { workdayDue, workdaysElapsed } from "../../../src/core/dates/workdays";

const d = (iso: string): number => serialFromIso(iso) ?? NaN;

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
    ["2020-04-01", "2020-06-09", 45], // DESIGN.md: the 45th working day
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
    ["2020-04-01", 45, "2020-06-09"], // DESIGN.md example
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
    expect(isoFromSerial(workdayDue(d(start), n))).toBe(iso);
  });

  it("defaults to 45 working days", () => {
    expect(isoFromSerial(workdayDue(d("2020-04-01")))).toBe("2020-06-09");
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
        const due = workdayDue(start, n, cal);
        expect(workdaysElapsed(start, due, cal)).toBe(n);
        expect(naive(start, due, days)).toBe(n);
        if (n > 0) {
          expect([0, 6]).not.toContain(dayOfWeek(due));
          expect(days.has(due)).toBe(false);
          expect(naive(start, due - 1, days)).toBe(n - 1);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("counting back n working days lands on the n-th working day before start", () => {
    fc.assert(
      fc.property(date, fc.integer({ min: 1, max: 400 }), randomCase, (start, n, { cal, days }) => {
        const back = workdayDue(start, -n, cal);
        expect([0, 6]).not.toContain(dayOfWeek(back));
        expect(days.has(back)).toBe(false);
        expect(naive(back - 1, start - 1, days)).toBe(n); // working days in [back, start)
      }),
      { numRuns: 200 },
    );
  });
});
