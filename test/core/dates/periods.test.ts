import {
  comparePeriods,
  financialYearOf,
  formatPeriod,
  parsePeriod,
  type Period,
  periodEndSerial,
  periodFromDate,
  periodOrdinal,
  type Quarter,
  quarterFromOrdinal,
  quarterOf,
  samePeriod,
} from "../../../src/core/dates/periods";
import { serialFromIso } from "../../../src/core/dates/serial";

const fy = (startYear: number): Period => ({ kind: "year", startYear });
const q = (endYear: number, endMonth: Quarter["endMonth"]): Quarter => ({ kind: "quarter", endYear, endMonth });
const d = (iso: string): number => serialFromIso(iso) ?? NaN;

describe("parsePeriod", () => {
  it.each<[string, Period | undefined]>([
    ["2019-20", fy(2019)],
    ["2019/20", fy(2019)],
    ["2019-2020", fy(2019)],
    ["2019/2020", fy(2019)],
    [" 2019-20 ", fy(2019)],
    ["1999-00", fy(1999)],
    ["2019-21", undefined],
    ["2019-2021", undefined],
    ["2019-19", undefined],
    ["Jun-2017", q(2017, 6)],
    ["Jun 2017", q(2017, 6)],
    ["June 2017", q(2017, 6)],
    ["jun-2017", q(2017, 6)],
    ["SEP-2019", q(2019, 9)],
    ["Mar-2020", q(2020, 3)],
    ["December 2019", q(2019, 12)],
    ["Jul-2017", undefined],
    ["Jan 2020", undefined],
    ["Apr-Jun 2019", q(2019, 6)],
    ["Apr - Jun 2019", q(2019, 6)],
    ["Jul-Sep 2019", q(2019, 9)],
    ["Oct-Dec 2019", q(2019, 12)],
    ["Jan-Mar 2020", q(2020, 3)],
    ["  apr-jun 2019  ", q(2019, 6)],
    ["Apr-May 2019", undefined],
    ["May-Jul 2019", undefined],
    ["2020-21 Q1", q(2020, 6)],
    ["2020-21 Q2", q(2020, 9)],
    ["2020-21 Q3", q(2020, 12)],
    ["2020-21 Q4", q(2021, 3)],
    ["2020/21 q1", q(2020, 6)],
    ["2020-22 Q1", undefined],
    ["2020-21 Q5", undefined],
    ["", undefined],
    ["43922", undefined],
    ["hello", undefined],
    // Word and PDF copies bring typographic dashes: en dash, em dash, minus sign, hyphen.
    ["2019\u201320", fy(2019)],
    ["2019 \u2013 20", fy(2019)],
    ["2019\u201420", fy(2019)],
    ["2019\u221220", fy(2019)],
    ["2019\u201020", fy(2019)],
    ["Apr\u2013Jun 2019", q(2019, 6)],
    ["Jun\u20132017", q(2017, 6)],
    ["2020\u201321 Q1", q(2020, 6)],
    ["2019\u201321", undefined],
  ])("%j -> %j", (text, expected) => {
    expect(parsePeriod(text)).toEqual(expected);
  });
});

describe("formatPeriod", () => {
  it.each<[Period, "end-month" | "range" | undefined, string]>([
    [fy(2019), undefined, "2019-20"],
    [fy(2009), "range", "2009-10"],
    [fy(1999), undefined, "1999-00"],
    [q(2017, 6), undefined, "Jun-2017"],
    [q(2017, 6), "end-month", "Jun-2017"],
    [q(2017, 6), "range", "Apr-Jun 2017"],
    [q(2020, 3), "end-month", "Mar-2020"],
    [q(2020, 3), "range", "Jan-Mar 2020"],
    [q(2019, 9), "range", "Jul-Sep 2019"],
    [q(2019, 12), "range", "Oct-Dec 2019"],
  ])("%j (%s) -> %s", (p, style, expected) => {
    expect(style === undefined ? formatPeriod(p) : formatPeriod(p, style)).toBe(expected);
  });

  it.each(["2019-20", "Jun-2017", "Mar-2020", "Dec-2019"])("round-trips %s", (label) => {
    const p = parsePeriod(label);
    expect(p && formatPeriod(p)).toBe(label);
  });
  it.each(["Apr-Jun 2017", "Jan-Mar 2020", "Oct-Dec 2019"])("round-trips %s in range style", (label) => {
    const p = parsePeriod(label);
    expect(p && formatPeriod(p, "range")).toBe(label);
  });
});

describe("periods of a date", () => {
  it.each<[string, number, Quarter]>([
    ["2019-04-01", 2019, q(2019, 6)],
    ["2020-03-31", 2019, q(2020, 3)],
    ["2020-01-01", 2019, q(2020, 3)],
    ["2020-12-31", 2020, q(2020, 12)],
    ["2010-02-14", 2009, q(2010, 3)],
    ["2019-09-30", 2019, q(2019, 9)],
    ["2019-10-01", 2019, q(2019, 12)],
  ])("%s is in financial year %i and quarter %j", (iso, startYear, quarter) => {
    expect(financialYearOf(d(iso))).toEqual(fy(startYear));
    expect(quarterOf(d(iso))).toEqual(quarter);
  });
});

describe("periodFromDate", () => {
  // Excel turns "Jun-2017" typed in a General cell into 1 June 2017; a typed 31/03/2020 is itself.
  it.each<[string, "year" | "quarter" | "period", boolean, Period | undefined]>([
    ["2017-06-01", "quarter", false, q(2017, 6)],
    ["2017-06-30", "quarter", true, q(2017, 6)],
    ["2020-03-31", "quarter", true, q(2020, 3)],
    ["2017-07-01", "quarter", true, undefined],
    // Looked after: years at 31 March and quarters at quarter ends. 31 March is the year's count.
    ["2020-03-31", "period", true, fy(2019)],
    ["2020-03-01", "period", true, q(2020, 3)],
    ["2020-06-30", "period", true, q(2020, 6)],
    ["2020-05-31", "period", true, undefined],
    // A year column of a snapshot (children on a plan at 31 March) takes 31 March only.
    ["2020-03-31", "year", true, fy(2019)],
    ["2020-03-30", "year", true, undefined],
    // A year of flows (assessments completed in 2019-20) is not a date.
    ["2020-03-31", "year", false, undefined],
  ])("%s in a %s column (snapshot %s) -> %j", (iso, kind, snapshot, expected) => {
    expect(periodFromDate(d(iso), kind, snapshot)).toEqual(expected);
  });

  it.each([0, 60, -5, 3e6, NaN])("%p is no date", (serial) => {
    expect(periodFromDate(serial, "period", true)).toBeUndefined();
  });
});

describe("ordering", () => {
  it.each<[Period, number]>([
    [fy(2019), 2019],
    [q(2017, 3), 2017 * 4],
    [q(2017, 6), 2017 * 4 + 1],
    [q(2017, 12), 2017 * 4 + 3],
  ])("ordinal of %j is %i", (p, ord) => {
    expect(periodOrdinal(p)).toBe(ord);
  });

  it("consecutive quarters differ by 1 and quarterFromOrdinal inverts", () => {
    let p: Quarter = q(2015, 3);
    for (let i = 0; i < 40; i++) {
      const next = quarterFromOrdinal(periodOrdinal(p) + 1);
      expect(periodOrdinal(next) - periodOrdinal(p)).toBe(1);
      expect(quarterFromOrdinal(periodOrdinal(next))).toEqual(next);
      p = next;
    }
    expect(p).toEqual(q(2025, 3));
  });

  it.each<[Quarter, Quarter]>([
    [q(2019, 12), q(2020, 3)],
    [q(2020, 3), q(2020, 6)],
  ])("the quarter after %j is %j", (p, next) => {
    expect(quarterFromOrdinal(periodOrdinal(p) + 1)).toEqual(next);
  });

  it.each<[Period, Period, number]>([
    [fy(2019), fy(2020), -1],
    [fy(2020), fy(2019), 1],
    [q(2020, 3), fy(2019), -1],
    [fy(2019), q(2020, 3), 1],
    [q(2020, 6), fy(2019), 1],
    [q(2019, 12), fy(2019), -1],
    [q(2019, 6), q(2019, 6), 0],
  ])("compare %j with %j has sign %i", (a, b, sign) => {
    expect(Math.sign(comparePeriods(a, b))).toBe(sign);
  });

  it.each<[Period, Period, boolean]>([
    [fy(2019), fy(2019), true],
    [fy(2019), fy(2020), false],
    [q(2019, 6), q(2019, 6), true],
    [q(2019, 6), q(2019, 9), false],
    [fy(2019), q(2019, 6), false],
  ])("samePeriod(%j, %j) is %s", (a, b, same) => {
    expect(samePeriod(a, b)).toBe(same);
  });
});

describe("period ends", () => {
  it.each<[Period, string]>([
    [fy(2019), "2020-03-31"],
    [q(2017, 6), "2017-06-30"],
    [q(2020, 3), "2020-03-31"],
    [q(2019, 9), "2019-09-30"],
    [q(2019, 12), "2019-12-31"],
  ])("%j ends on %s", (p, end) => {
    expect(periodEndSerial(p)).toBe(d(end));
  });
});
