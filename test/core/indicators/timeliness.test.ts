import fc from "fast-check";
import {
  englandAndWales,
  SortedHolidays,
  dayOfWeek,
  isoFromSerial,
  serialFromIso,
  serialFromYmd,
} from "../../../src/core/dates";
import { CellError } from "../../../src/core/base";
import { timeliness, type TimelinessResult } from "../../../src/core/indicators/timeliness";

const d = (iso: string): number => serialFromIso(iso) ?? NaN;

describe("timeliness", () => {
  it.each<[string, unknown[], unknown[], TimelinessResult]>([
    [
      "the README example: 45 working days is within, 46 is not",
      [d("2020-04-01"), d("2020-04-01")],
      [d("2020-06-09"), d("2020-06-10")],
      { share: 0.5, completed: 2, within: 1, open: 0 },
    ],
    [
      "same-day completion is day 0 and within",
      ["2020-04-01"],
      ["01/04/2020"],
      { share: 1, completed: 1, within: 1, open: 0 },
    ],
    [
      "open rows (no end date) are not counted; blank rows are skipped",
      [d("2020-04-01"), null, "", d("2020-04-01"), "  ", d("2020-05-01")],
      [d("2020-06-09"), null, "", null, undefined, ""],
      { share: 1, completed: 1, within: 1, open: 2 },
    ],
    [
      "mixed date forms",
      [43922, "2020-04-01", "1/4/2020", d("2020-04-01") + 0.5],
      ["2020-06-10", 43991, "09/06/2020", "2020-04-02"],
      { share: 0.75, completed: 4, within: 3, open: 0 },
    ],
  ])("%s", (_name, starts, ends, expected) => {
    expect(timeliness(starts, ends)).toEqual(expected);
  });

  it.each<[string, number, number]>([
    ["limit 46 takes in 46 working days", 46, 1],
    ["limit 0 takes in same-day only", 0, 0.5],
  ])("%s", (_name, limit, share) => {
    const r = timeliness([d("2020-04-01"), d("2020-04-01")], [d("2020-06-10"), d("2020-04-01")], limit);
    expect((r as TimelinessResult).share).toBe(share);
  });

  it("uses the calendar it is given", () => {
    // Without bank holidays, 1 Apr -> 9 Jun 2020 is 49 working days: outside 45.
    const r = timeliness([d("2020-04-01")], [d("2020-06-09")], 45, new SortedHolidays([]));
    expect(r).toEqual({ share: 0, completed: 1, within: 0, open: 0 });
  });

  it.each<[string, unknown[], unknown[], CellError["type"], string]>([
    ["different sizes", [d("2020-04-01")], [], "#VALUE!", "same size"],
    [
      "an end but no start",
      [d("2020-04-01"), null],
      [d("2020-04-02"), d("2020-04-03")],
      "#VALUE!",
      "Row 2 has an end date but no start",
    ],
    [
      "an end before its start",
      [d("2020-04-01"), d("2020-04-03")],
      [d("2020-04-02"), d("2020-04-02")],
      "#VALUE!",
      "Row 2: the end date is before",
    ],
    [
      "an unreadable start",
      [d("2020-04-01"), d("2020-04-01"), "next week"],
      [d("2020-04-02"), null, null],
      "#VALUE!",
      'Row 3: start date "next week"',
    ],
    ["an unreadable end", ["2020-04-01"], ["31/02/2020"], "#VALUE!", 'Row 1: end date "31/02/2020"'],
    ["an unreadable start on an open row", ["soon"], [null], "#VALUE!", "Row 1"],
    ["a boolean", [true], [d("2020-04-01")], "#VALUE!", "Row 1: start date true"],
    ["no completed row", [d("2020-04-01"), null], [null, null], "#DIV/0!", "1 still open"],
    ["empty ranges", [], [], "#DIV/0!", "No completed row"],
  ])("%s is %s", (_name, starts, ends, type, message) => {
    const r = timeliness(starts, ends);
    expect(r).toBeInstanceOf(CellError);
    expect((r as CellError).type).toBe(type);
    expect((r as CellError).message).toContain(message);
  });

  it.each([-1, Number.NaN])("limit %d is #VALUE! saying why", (limit) => {
    const r = timeliness([1000], [1000], limit) as CellError;
    expect(r.type).toBe("#VALUE!");
    expect(r.message).toContain("0 or more");
  });

  it("counts a fractional limit as its whole part (working days are whole)", () => {
    const r = timeliness([d("2020-04-01")], [d("2020-06-10")], 45.9) as TimelinessResult; // 46 working days
    expect(r.within).toBe(0);
  });

  it("compares date-times as days: 1 Apr 2020 17:00 to 9 Jun 2020 08:00 is 45 working days", () => {
    const r = timeliness(
      [d("2020-04-01") + 17 / 24, "01/04/2020 17:00", d("2020-04-01") + 0.75],
      [d("2020-06-09") + 8 / 24, "2020-06-09T08:00", d("2020-04-01") + 0.25], // the last ends earlier the same day: 0 days
    );
    expect(r).toEqual({ share: 1, completed: 3, within: 3, open: 0 });
  });

  it("takes 0 as a blank date (Excel on Windows passes a blank cell as 0)", () => {
    const r = timeliness([d("2020-04-01"), d("2020-04-01"), 0, null], [d("2020-06-09"), 0, 0, 0]);
    expect(r).toEqual({ share: 1, completed: 1, within: 1, open: 1 });
    expect((timeliness([0], [d("2020-04-01")]) as CellError).message).toContain("Row 1 has an end date but no start");
  });

  it("changes when a cell changes (no constants)", () => {
    const starts = [d("2020-04-01"), d("2020-04-01")];
    expect((timeliness(starts, [d("2020-06-09"), d("2020-06-09")]) as TimelinessResult).share).toBe(1);
    expect((timeliness(starts, [d("2020-06-09"), d("2020-06-10")]) as TimelinessResult).share).toBe(0.5);
  });
});

describe("timeliness agrees with a day-by-day count (property)", () => {
  const cal = englandAndWales();
  /** DfE table C2 by walking the days: start is day 0, each later weekday that is not a holiday adds one. */
  const naive = (a: number, b: number) => {
    let n = 0;
    for (let d = a + 1; d <= b; d++) if (dayOfWeek(d) !== 0 && dayOfWeek(d) !== 6 && !cal.isHoliday(d)) n++;
    return n;
  };
  it("on random referrals 2015-2030 and completions up to 120 days later, for limits 0-60", () => {
    const first = serialFromYmd(2015, 1, 1);
    const pair = fc.tuple(fc.integer({ min: first, max: first + 5800 }), fc.integer({ min: 0, max: 120 }));
    fc.assert(
      fc.property(fc.array(pair, { minLength: 1, maxLength: 40 }), fc.integer({ min: 0, max: 60 }), (pairs, limit) => {
        const result = timeliness(
          pairs.map(([s]) => s),
          pairs.map(([s, d]) => s + d),
          limit,
        ) as TimelinessResult;
        const within = pairs.filter(([s, d]) => naive(s, s + d) <= limit).length;
        expect(result.within).toBe(within);
        expect(result.share).toBeCloseTo(within / pairs.length, 12);
      }),
      { numRuns: 300 },
    );
  });

  /** A pair as a sheet may hold it: serials with a time of day, text, or blanks (0 or null). */
  const cell = (serial: number, form: number): unknown =>
    form === 0 ? serial : form === 1 ? serial + 0.6 : form === 2 ? isoFromSerial(serial) : serial + 0.2;

  it("through the table and its fallback: date-times, text, blank and open rows, spans of centuries", () => {
    const first = serialFromYmd(1905, 1, 1);
    const last = serialFromYmd(2395, 12, 31); // wider than one table, so rows far apart take the fallback
    const row = fc.oneof(
      { weight: 8, arbitrary: fc.tuple(fc.integer({ min: first, max: last }), fc.integer({ min: 0, max: 400 })) },
      { weight: 1, arbitrary: fc.constant<[number, number]>([0, -1]) }, // blank row
      { weight: 1, arbitrary: fc.tuple(fc.integer({ min: first, max: last }), fc.constant(-1)) }, // open row
    );
    fc.assert(
      fc.property(
        fc.array(fc.tuple(row, fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 3 })), {
          minLength: 1,
          maxLength: 60,
        }),
        fc.integer({ min: 0, max: 300 }),
        (rows, limit) => {
          const starts = rows.map(([[s], f]) => (s === 0 ? null : cell(s, f)));
          const ends = rows.map(([[s, span], , f]) => (s === 0 || span < 0 ? 0 : cell(s + span, f)));
          const done = rows.filter(([[s, span]]) => s !== 0 && span >= 0);
          const within = done.filter(([[s, span]]) => naive(s, s + span) <= limit).length;
          const open = rows.filter(([[s, span]]) => s !== 0 && span < 0).length;
          const result = timeliness(starts, ends, limit);
          if (done.length === 0) expect((result as CellError).type).toBe("#DIV/0!");
          else expect(result).toEqual({ share: within / done.length, completed: done.length, within, open });
        },
      ),
      { numRuns: 150 },
    );
  });
});
