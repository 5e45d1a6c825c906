import fc from "fast-check";
import { englandAndWales, SortedHolidays } from "../../../src/core/dates/holidays";
import { dayOfWeek, serialFromIso, serialFromYmd } from "../../../src/core/dates/serial";
import { CellError } from "../../../src/core/errors";
import { timeliness, type TimelinessResult } from "../../../src/core/indicators/timeliness";

const d = (iso: string): number => serialFromIso(iso) ?? NaN;

describe("timeliness", () => {
  it.each<[string, unknown[], unknown[], TimelinessResult]>([
    [
      "the DESIGN.md example: 45 working days is within, 46 is not",
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

  it.each([-1, Number.NaN])("limit %d is #NUM!", (limit) => {
    expect((timeliness([1000], [1000], limit) as CellError).type).toBe("#NUM!");
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
});
