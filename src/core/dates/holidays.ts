/**
 * England & Wales bank holidays, for any year.
 *
 * Sources: the Banking and Financial Dealings Act 1971, Schedule 1 (Easter Monday, the last
 * Monday in May, the last Monday in August, 26 December if not a Sunday, 27 December when
 * 25 or 26 December is a Sunday); Good Friday and Christmas Day are common-law holidays;
 * New Year's Day (from 1974) and the early May bank holiday (from 1978) are proclaimed
 * each year under section 1(3) of the Act, with substitute weekdays when they fall on a
 * weekend. The irregular changes made by proclamation are listed in IRREGULAR below, as
 * published at https://www.gov.uk/bank-holidays.
 *
 * Working-day counts only need weekday holidays, so a {@link HolidayCalendar} keeps the
 * weekday ones, sorted, and counts those in a range in O(1) through a bucket index.
 */
import { dayOfWeek, serialFromIso, serialFromYmd, ymdFromSerial, type Serial } from "./serial";

/** Easter Sunday of a Gregorian year (the anonymous "Meeus/Jones/Butcher" algorithm). */
export function easterSunday(year: number): Serial {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return serialFromYmd(year, month, day);
}

/** The first Monday on or after a serial. */
function mondayOnOrAfter(serial: Serial): Serial {
  return serial + ((8 - dayOfWeek(serial)) % 7);
}

/** The last Monday on or before a serial. */
function mondayOnOrBefore(serial: Serial): Serial {
  return serial - ((dayOfWeek(serial) + 6) % 7);
}

/** A fixed-date holiday, or the next Monday when it falls on a Saturday or Sunday. */
function substituted(serial: Serial): Serial {
  const dow = dayOfWeek(serial);
  return dow === 6 ? serial + 2 : dow === 0 ? serial + 1 : serial;
}

/** A change made by proclamation: `moved` from one date to another, or an `extra` holiday. */
interface Irregular {
  readonly from?: string;
  readonly to: string;
  readonly why: string;
}

/** Irregular bank holidays (England & Wales), from https://www.gov.uk/bank-holidays and the proclamations. */
const IRREGULAR: readonly Irregular[] = [
  { from: "1995-05-01", to: "1995-05-08", why: "early May moved for the 50th anniversary of VE Day" },
  { to: "1999-12-31", why: "Millennium" },
  { from: "2002-05-27", to: "2002-06-04", why: "spring bank holiday moved for the Golden Jubilee" },
  { to: "2002-06-03", why: "Golden Jubilee" },
  { to: "2011-04-29", why: "wedding of Prince William and Catherine Middleton" },
  { from: "2012-05-28", to: "2012-06-04", why: "spring bank holiday moved for the Diamond Jubilee" },
  { to: "2012-06-05", why: "Diamond Jubilee" },
  { from: "2020-05-04", to: "2020-05-08", why: "early May moved to Friday 8 May for the 75th anniversary of VE Day" },
  { from: "2022-05-30", to: "2022-06-02", why: "spring bank holiday moved for the Platinum Jubilee" },
  { to: "2022-06-03", why: "Platinum Jubilee" },
  { to: "2022-09-19", why: "State Funeral of Queen Elizabeth II" },
  { to: "2023-05-08", why: "Coronation of King Charles III" },
];

function iso(text: string): Serial {
  const s = serialFromIso(text);
  if (s === undefined) throw new Error(`bad date in the bank-holiday table: ${text}`);
  return s;
}

/** The regular bank holidays of a year by rule, with substitute days (weekend dates included as they fall). */
function regularHolidays(year: number): Serial[] {
  const out: Serial[] = [];
  if (year >= 1974) out.push(substituted(serialFromYmd(year, 1, 1))); // New Year's Day, by proclamation since 1974
  const easter = easterSunday(year);
  out.push(easter - 2, easter + 1); // Good Friday, Easter Monday
  if (year >= 1978) out.push(mondayOnOrAfter(serialFromYmd(year, 5, 1))); // early May, since 1978
  if (year >= 1971) {
    out.push(mondayOnOrBefore(serialFromYmd(year, 5, 31))); // spring: last Monday in May (1971 Act)
    out.push(mondayOnOrBefore(serialFromYmd(year, 8, 31))); // summer: last Monday in August (1971 Act)
  } else {
    out.push(easter + 50); // Whit Monday (Bank Holidays Act 1871)
    out.push(mondayOnOrAfter(serialFromYmd(year, 8, 1))); // first Monday in August (1871 Act)
  }
  // Christmas: if either day is a weekend day, the next free weekdays stand in for it.
  const christmas = serialFromYmd(year, 12, 25);
  const dow = dayOfWeek(christmas);
  if (dow === 5)
    out.push(christmas, christmas + 3); // Fri: Boxing Day (Sat) -> Mon 28
  else if (dow === 6)
    out.push(christmas + 2, christmas + 3); // Sat: Mon 27, Tue 28
  else if (dow === 0)
    out.push(christmas + 1, christmas + 2); // Sun: Mon 26, Tue 27
  else out.push(christmas, christmas + 1);
  return out;
}

/**
 * England & Wales bank holidays that fall in a year, as sorted serials: the regular ones by
 * rule with substitute days, adjusted by the irregular table. (All are weekdays.)
 */
export function bankHolidaysOfYear(year: number): Serial[] {
  const days = new Set(regularHolidays(year));
  for (const change of IRREGULAR) {
    if (!change.to.startsWith(`${year}-`)) continue;
    if (change.from !== undefined) days.delete(iso(change.from));
    days.add(iso(change.to));
  }
  return [...days].sort((a, b) => a - b);
}

/** Non-working weekdays, sorted, with O(1) range counts. */
export interface HolidayCalendar {
  /** How many holidays falling on a weekday lie in the half-open range (after, upTo]. */
  countBetween(after: Serial, upTo: Serial): number;
  /** True when the serial is a holiday on a weekday. */
  isHoliday(serial: Serial): boolean;
}

/** Days per bucket of the index (2^5: a shift finds the bucket); 32 days hold at most a few holidays. */
const BUCKET_BITS = 5;
const BUCKET = 1 << BUCKET_BITS;

/**
 * A fixed list of holidays (e.g. a council's own calendar). Weekend dates are dropped: they
 * are never working days anyway. Counting holidays up to a date looks up the date's
 * 32-day bucket in an index (how many holidays fall before each bucket) and steps over
 * the few holidays inside it: O(1), and several times faster than a binary search,
 * whose unpredictable branches dominated the timeliness benchmark.
 */
export class SortedHolidays implements HolidayCalendar {
  private readonly days: Int32Array;
  private readonly base: number;
  /** before[k] = how many holidays fall before base + k * BUCKET. */
  private readonly before: Int32Array;

  constructor(serials: Iterable<Serial>) {
    const weekdays = [...new Set([...serials].map(Math.floor))].filter((s) => {
      const dow = dayOfWeek(s);
      return dow !== 0 && dow !== 6;
    });
    this.days = Int32Array.from(weekdays.sort((a, b) => a - b));
    const n = this.days.length;
    this.base = n > 0 ? (this.days[0] as number) : 0;
    const buckets = n > 0 ? Math.floor(((this.days[n - 1] as number) - this.base) / BUCKET) + 1 : 0;
    this.before = new Int32Array(buckets);
    let i = 0;
    for (let k = 0; k < buckets; k++) {
      const start = this.base + k * BUCKET;
      while (i < n && (this.days[i] as number) < start) i++;
      this.before[k] = i;
    }
  }

  /** The weekday holidays, sorted. */
  get serials(): readonly Serial[] {
    return [...this.days];
  }

  /** How many holidays fall on or before x. */
  private through(x: number): number {
    // Serials fit in 32 bits; for x below base the shift gives 0 or less, and the scan below
    // then stops at once, so truncation instead of floor is harmless.
    const k = (x - this.base) >> BUCKET_BITS;
    if (k < 0) return 0;
    if (k >= this.before.length) return this.days.length;
    let i = this.before[k] as number;
    while (i < this.days.length && (this.days[i] as number) <= x) i++;
    return i;
  }

  countBetween(after: Serial, upTo: Serial): number {
    return upTo <= after ? 0 : this.through(upTo) - this.through(after);
  }

  isHoliday(serial: Serial): boolean {
    return this.countBetween(serial - 1, serial) === 1;
  }
}

/**
 * The built-in England & Wales calendar. It covers years as they are asked for: a query
 * outside the years computed so far rebuilds the table over the wider span, so the list
 * never runs out and each query stays O(1).
 */
class EnglandAndWales implements HolidayCalendar {
  /** Serials covered: 1 January of the first year computed to 31 December of the last. */
  private lo = 0;
  private hi = -1;
  private table = new SortedHolidays([]);

  private cover(a: Serial, b: Serial): void {
    const fromYear = Math.min(ymdFromSerial(a).year, this.hi < this.lo ? 1990 : ymdFromSerial(this.lo).year);
    const toYear = Math.max(ymdFromSerial(b).year, this.hi < this.lo ? 2040 : ymdFromSerial(this.hi).year);
    const all: Serial[] = [];
    for (let y = fromYear; y <= toYear; y++) all.push(...bankHolidaysOfYear(y));
    this.table = new SortedHolidays(all);
    this.lo = serialFromYmd(fromYear, 1, 1);
    this.hi = serialFromYmd(toYear, 12, 31);
  }

  countBetween(after: Serial, upTo: Serial): number {
    // (after, upTo] needs after + 1 .. upTo covered; the check is two comparisons in the common case.
    if (after + 1 < this.lo || upTo > this.hi) this.cover(Math.min(after + 1, upTo), Math.max(after + 1, upTo));
    return this.table.countBetween(after, upTo);
  }

  isHoliday(serial: Serial): boolean {
    return this.countBetween(serial - 1, serial) === 1;
  }
}

let builtIn: EnglandAndWales | undefined;

/** The England & Wales bank-holiday calendar (shared; computed lazily). */
export function englandAndWales(): HolidayCalendar {
  builtIn ??= new EnglandAndWales();
  return builtIn;
}
