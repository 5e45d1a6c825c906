import Holidays from "date-holidays";
import { bankHolidaysOfYear, easterSunday, englandAndWales, SortedHolidays } from "../../../src/core/dates/holidays";
import { dayOfWeek, isoFromSerial, serialFromIso } from "../../../src/core/dates/serial";

const d = (iso: string): number => serialFromIso(iso) ?? NaN;
const isoYear = (year: number): string[] => bankHolidaysOfYear(year).map(isoFromSerial);

describe("Easter (anonymous Gregorian algorithm)", () => {
  it.each([
    [2000, "2000-04-23"],
    [2008, "2008-03-23"],
    [2011, "2011-04-24"],
    [2019, "2019-04-21"],
    [2020, "2020-04-12"],
    [2038, "2038-04-25"],
    [2285, "2285-03-22"],
  ])("%i: %s", (year, iso) => {
    expect(isoFromSerial(easterSunday(year))).toBe(iso);
  });
});

describe("England & Wales bank holidays by year", () => {
  it.each<[number, string[]]>([
    // 2020: early May moved to Friday 8 May (VE Day); Boxing Day (Sat) substituted on Mon 28 Dec.
    [
      2020,
      ["2020-01-01", "2020-04-10", "2020-04-13", "2020-05-08", "2020-05-25", "2020-08-31", "2020-12-25", "2020-12-28"],
    ],
    // 2021: Christmas Day (Sat) and Boxing Day (Sun) substituted on Mon 27 and Tue 28.
    [
      2021,
      ["2021-01-01", "2021-04-02", "2021-04-05", "2021-05-03", "2021-05-31", "2021-08-30", "2021-12-27", "2021-12-28"],
    ],
    // 2022: New Year's Day (Sat) -> Mon 3 Jan; spring moved to Thu 2 June, Platinum Jubilee Fri 3 June; State Funeral 19 Sept; Christmas (Sun) -> Tue 27.
    [
      2022,
      [
        "2022-01-03",
        "2022-04-15",
        "2022-04-18",
        "2022-05-02",
        "2022-06-02",
        "2022-06-03",
        "2022-08-29",
        "2022-09-19",
        "2022-12-26",
        "2022-12-27",
      ],
    ],
    // 2023: Coronation on Mon 8 May; New Year's Day (Sun) -> Mon 2 Jan.
    [
      2023,
      [
        "2023-01-02",
        "2023-04-07",
        "2023-04-10",
        "2023-05-01",
        "2023-05-08",
        "2023-05-29",
        "2023-08-28",
        "2023-12-25",
        "2023-12-26",
      ],
    ],
    // 2012: spring moved to Mon 4 June, Diamond Jubilee Tue 5 June.
    [
      2012,
      [
        "2012-01-02",
        "2012-04-06",
        "2012-04-09",
        "2012-05-07",
        "2012-06-04",
        "2012-06-05",
        "2012-08-27",
        "2012-12-25",
        "2012-12-26",
      ],
    ],
    // 2002: Golden Jubilee Mon 3 June, spring moved to Tue 4 June.
    [
      2002,
      [
        "2002-01-01",
        "2002-03-29",
        "2002-04-01",
        "2002-05-06",
        "2002-06-03",
        "2002-06-04",
        "2002-08-26",
        "2002-12-25",
        "2002-12-26",
      ],
    ],
    // 1995: early May moved to Mon 8 May for VE Day's 50th anniversary.
    [
      1995,
      ["1995-01-02", "1995-04-14", "1995-04-17", "1995-05-08", "1995-05-29", "1995-08-28", "1995-12-25", "1995-12-26"],
    ],
    // 2026 (gov.uk), and a year far ahead computed by rule: Christmas on a Friday -> Boxing Day Mon 28.
    [
      2026,
      ["2026-01-01", "2026-04-03", "2026-04-06", "2026-05-04", "2026-05-25", "2026-08-31", "2026-12-25", "2026-12-28"],
    ],
    [
      2099,
      ["2099-01-01", "2099-04-10", "2099-04-13", "2099-05-04", "2099-05-25", "2099-08-31", "2099-12-25", "2099-12-28"],
    ],
  ])("%i", (year, expected) => {
    expect(isoYear(year)).toEqual(expected);
  });

  it("every holiday from 1975 to 2100 is a weekday", () => {
    for (let y = 1975; y <= 2100; y++) {
      for (const s of bankHolidaysOfYear(y)) expect([0, 6]).not.toContain(dayOfWeek(s));
    }
  });
});

describe("agreement with date-holidays (GB/ENG, public, weekdays) 2000-2035", () => {
  // date-holidays misses these irregular changes; gov.uk/bank-holidays and the proclamations list them.
  // extra: ours and not theirs; missing: theirs and not ours.
  const knownDifferences: Record<number, { extra: string[]; missing: string[] }> = {
    2002: { extra: ["2002-06-03", "2002-06-04"], missing: ["2002-05-27"] }, // Golden Jubilee
    2011: { extra: ["2011-04-29"], missing: [] }, // royal wedding
    2012: { extra: ["2012-06-04"], missing: ["2012-05-28"] }, // Diamond Jubilee: spring moved to 4 June
  };
  const hd = new Holidays("GB", "ENG");
  const years = Array.from({ length: 36 }, (_, i) => 2000 + i);

  it.each(years)("%i", (year) => {
    const theirs = new Set(
      hd
        .getHolidays(year)
        .filter((h) => h.type === "public")
        .map((h) => h.date.slice(0, 10))
        .filter((iso) => {
          const dow = dayOfWeek(d(iso));
          return dow !== 0 && dow !== 6;
        }),
    );
    const diff = knownDifferences[year] ?? { extra: [], missing: [] };
    for (const iso of diff.missing) theirs.delete(iso);
    for (const iso of diff.extra) theirs.add(iso);
    expect(isoYear(year)).toEqual([...theirs].sort());
  });
});

describe("SortedHolidays", () => {
  const cal = new SortedHolidays([
    d("2020-05-08"),
    d("2020-04-10"),
    d("2020-04-10"),
    d("2020-05-09"),
    d("2020-04-13") + 0.5,
  ]);

  it("keeps weekday holidays only, sorted and unique", () => {
    expect(cal.serials.map(isoFromSerial)).toEqual(["2020-04-10", "2020-04-13", "2020-05-08"]);
  });

  it.each<[string, string, number]>([
    ["2020-04-09", "2020-04-10", 1], // (after, upTo]: upTo included
    ["2020-04-10", "2020-04-13", 1], // after excluded
    ["2020-04-01", "2020-06-01", 3],
    ["2020-05-08", "2020-05-08", 0],
    ["2020-06-01", "2020-04-01", 0], // empty range
    ["2019-01-01", "2020-01-01", 0],
  ])("counts holidays in (%s, %s] = %i", (after, upTo, n) => {
    expect(cal.countBetween(d(after), d(upTo))).toBe(n);
  });

  it.each<[string, boolean]>([
    ["2020-04-10", true],
    ["2020-05-09", false],
    ["2020-04-11", false],
  ])("isHoliday(%s) is %s", (iso, yes) => {
    expect(cal.isHoliday(d(iso))).toBe(yes);
  });
});

describe("built-in calendar", () => {
  it.each<[string, string, number]>([
    ["2019-12-31", "2020-12-31", 8],
    ["2021-12-31", "2022-12-31", 10],
    // Before the 1971 Act (1871 Act): Good Fri 13 Apr, Easter Mon 16 Apr, Whit Mon 4 Jun, Mon 6 Aug, 25 and 26 Dec.
    ["1899-12-31", "1900-12-31", 6],
    ["2199-12-31", "2200-12-31", 8], // far ahead: computed on demand
    ["9998-12-31", "9999-12-31", 8],
  ])("counts weekday holidays in (%s, %s] = %i", (after, upTo, n) => {
    expect(englandAndWales().countBetween(d(after), d(upTo))).toBe(n);
  });

  it.each(["2020-05-08", "2022-06-02", "2022-06-03", "2022-09-19", "2023-05-08"])("knows the irregular %s", (iso) => {
    expect(englandAndWales().isHoliday(d(iso))).toBe(true);
  });
  it.each(["2020-05-04", "2022-05-30"])("knows %s was moved away", (iso) => {
    expect(englandAndWales().isHoliday(d(iso))).toBe(false);
  });
});
