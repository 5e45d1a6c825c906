/**
 * Benchmark: assessment timeliness over 1,000,000 generated (referral, completion) pairs.
 * Run: npm run bench -- timeliness (or npx tsx bench/timeliness.bench.ts)
 *
 * Prints, per 1,000,000 pairs (median of several runs):
 *   1. core timeliness() (the product code: reads and checks every cell, then counts),
 *   2. a reference: a cumulative working-day table over the span of the dates (a prefix
 *      sum: working days between two dates are two table reads), counting only — no cell
 *      checks. Core and reference are timed alternately in the same run, and their ratio
 *      printed: the aim is core within 2x of the reference;
 *   3. a naive day-by-day loop (what the O(1) counts replace),
 *   4. HyperFormula evaluating the formula a user would write instead:
 *      =SUMPRODUCT(--(NETWORKDAYS(A2:A100001,B2:B100001,H1:H200)-1<=45))/COUNT(B2:B100001)
 *   5. HyperFormula evaluating =CSC.TIMELINESS(A2:A100001,B2:B100001) through the plugin.
 * 3-5 run on the first 100,000 pairs (a HyperFormula sheet of a million rows does not fit
 * the machine) and are scaled to 1,000,000. Figures only: nothing here asserts a time.
 */
import "../support/custom-functions-runtime";
import { HyperFormula } from "hyperformula";
import { bankHolidaysOfYear, englandAndWales, dayOfWeek, serialFromYmd } from "../src/core/dates";
import { timeliness, type TimelinessResult } from "../src/core/indicators";
import { buildEngine } from "../support/hyperformula-plugin";
import { prng } from "../support/prng";
import { ASSESSMENT_WORKING_DAYS } from "../src/core/base";

const ROWS = 1_000_000;
const SMALL = 100_000;
const SCALE = ROWS / SMALL;
const LIMIT = ASSESSMENT_WORKING_DAYS;

// Referrals on working days 2015-2025; completions 0-90 calendar days later (about 0-64 working days).
const rand = prng(20200401);
const first = serialFromYmd(2015, 1, 1);
const span = serialFromYmd(2025, 12, 31) - first;
const starts: number[] = [];
const ends: number[] = [];
while (starts.length < ROWS) {
  const s = first + Math.floor(rand() * span);
  if (dayOfWeek(s) === 0 || dayOfWeek(s) === 6 || englandAndWales().isHoliday(s)) continue; // NETWORKDAYS-1 = C2 only from a working day
  starts.push(s);
  ends.push(s + Math.floor(rand() * 91));
}
const holidays: number[] = [];
for (let y = 2015; y <= 2026; y++) holidays.push(...bankHolidaysOfYear(y));
const holidaySet: ReadonlySet<number> = new Set(holidays);

function median(xs: number[]): number {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

/** Times `f` once, returning the time and its result. */
function once<T>(f: () => T): { ms: number; result: T } {
  const t0 = performance.now();
  const result = f();
  return { ms: performance.now() - t0, result };
}

/**
 * The reference: working days (DfE table C2, start = day 0) from a cumulative table over
 * the span of the dates, cum[d - lo] = working days in (lo, d]. Counting only: it trusts
 * its input (whole serials, end >= start), which core may not.
 */
function prefixReference(s: readonly number[], e: readonly number[], limit: number, off: ReadonlySet<number>): number {
  let lo = Infinity;
  let hi = -Infinity;
  for (let i = 0; i < s.length; i++) {
    const a = s[i] as number;
    const b = e[i] as number;
    if (a < lo) lo = a;
    if (b > hi) hi = b;
  }
  const cum = new Int32Array(hi - lo + 1);
  let n = 0;
  for (let d = lo + 1; d <= hi; d++) {
    const dow = dayOfWeek(d);
    if (dow !== 0 && dow !== 6 && !off.has(d)) n++;
    cum[d - lo] = n;
  }
  let within = 0;
  for (let i = 0; i < s.length; i++) {
    if ((cum[(e[i] as number) - lo] as number) - (cum[(s[i] as number) - lo] as number) <= limit) within++;
  }
  return within / s.length;
}

/** The day-by-day count, over the first `rows` pairs. */
function naiveShare(rows: number): number {
  let within = 0;
  for (let i = 0; i < rows; i++) {
    const s = starts[i] ?? 0;
    const e = ends[i] ?? 0;
    let n = 0;
    for (let d = s + 1; d <= e; d++) {
      const dow = dayOfWeek(d);
      if (dow !== 0 && dow !== 6 && !holidaySet.has(d)) n++;
    }
    if (n <= LIMIT) within++;
  }
  return within / rows;
}

/** Sheet: A = referral, B = completion (from row 2, the first SMALL pairs), H1:H200 = holidays. */
function sheet(formula: string): (number | string | null)[][] {
  const rows: (number | string | null)[][] = [[null, null, formula]];
  for (let i = 0; i < SMALL; i++) rows.push([starts[i] ?? null, ends[i] ?? null]);
  for (let i = 0; i < 200; i++) {
    const row = rows[i] ?? [];
    while (row.length < 7) row.push(null);
    row[7] = holidays[i] ?? null;
  }
  return rows;
}

/** Builds the sheet without the formula, then times only setting and evaluating the formula. */
function hyperformula(
  formula: string,
  runs: number,
  engine: (rows: (number | string | null)[][]) => HyperFormula,
): { ms: number; result: unknown } {
  const times: number[] = [];
  let result: unknown;
  for (let i = 0; i < runs; i++) {
    const hf = engine(sheet(""));
    const t0 = performance.now();
    hf.setCellContents({ sheet: 0, row: 0, col: 2 }, formula);
    result = hf.getCellValue({ sheet: 0, row: 0, col: 2 });
    times.push(performance.now() - t0);
    hf.destroy();
  }
  return { ms: median(times), result };
}

const fmt = (ms: number): string => `${ms.toFixed(1).padStart(9)} ms`;
const share = (x: unknown): string => (typeof x === "number" ? x.toFixed(6) : JSON.stringify(x));

// Core and reference alternately, after a warm-up of each (JIT, the lazily built holiday table).
const runCore = () => (timeliness(starts, ends, LIMIT) as TimelinessResult).share;
const runReference = () => prefixReference(starts, ends, LIMIT, holidaySet);
runCore();
runReference();
const coreTimes: number[] = [];
const refTimes: number[] = [];
let coreShare = NaN;
let refShare = NaN;
for (let r = 0; r < 9; r++) {
  const c = once(runCore);
  const p = once(runReference);
  coreTimes.push(c.ms);
  refTimes.push(p.ms);
  coreShare = c.result;
  refShare = p.result;
}
const core = median(coreTimes);
const reference = median(refTimes);

naiveShare(1000); // warm-up
const naive = once(() => naiveShare(SMALL));
const plain = (rows: (number | string | null)[][]): HyperFormula =>
  HyperFormula.buildFromArray(rows, { licenseKey: "gpl-v3", maxRows: 1048576, useArrayArithmetic: true });
const userFormula = `=SUMPRODUCT(--(NETWORKDAYS(A2:A${SMALL + 1},B2:B${SMALL + 1},H1:H200)-1<=${LIMIT}))/COUNT(B2:B${SMALL + 1})`;
const hfNetwork = hyperformula(userFormula, 3, plain);
const hfCsc = hyperformula(`=CSC.TIMELINESS(A2:A${SMALL + 1},B2:B${SMALL + 1})`, 3, buildEngine);

console.log(`Timeliness over ${ROWS.toLocaleString("en-GB")} pairs (time per 1,000,000 pairs, median)`);
console.log(`  core TIMELINESS                          ${fmt(core)}   share ${share(coreShare)}`);
console.log(`  reference: cumulative working-day table  ${fmt(reference)}   share ${share(refShare)}`);
console.log(`  day-by-day loop (x${SCALE} of 100,000)         ${fmt(naive.ms * SCALE)}`);
console.log(
  `  HyperFormula SUMPRODUCT/NETWORKDAYS (x${SCALE}) ${fmt(hfNetwork.ms * SCALE)}   share ${share(hfNetwork.result)}`,
);
console.log(`  HyperFormula =CSC.TIMELINESS (x${SCALE})       ${fmt(hfCsc.ms * SCALE)}   share ${share(hfCsc.result)}`);
console.log(
  `Ratios: core / reference = ${(core / reference).toFixed(2)}x (aim: at most 2x); ` +
    `day-by-day / core = ${((naive.ms * SCALE) / core).toFixed(1)}x; NETWORKDAYS formula / core = ${((hfNetwork.ms * SCALE) / core).toFixed(1)}x`,
);
if (coreShare !== refShare) console.log(`Note: core and reference disagree (${coreShare} and ${refShare}).`);
