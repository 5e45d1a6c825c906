/**
 * Benchmark: assessment timeliness over 100,000 generated (referral, completion) pairs.
 * Run: npx tsx bench/timeliness.bench.ts
 *
 * Prints the time per 100,000 rows (median of a few runs) for
 *   1. core timeliness() (weekday arithmetic + binary search in the holiday table),
 *   2. a naive day-by-day loop (what the O(1) count replaces),
 *   3. HyperFormula evaluating the formula a user would write instead:
 *      =SUMPRODUCT(--(NETWORKDAYS(A2:A100001,B2:B100001,H1:H200)-1<=45))/COUNT(B2:B100001)
 *   4. HyperFormula evaluating =CSC.TIMELINESS(A2:A100001,B2:B100001) through the plugin,
 * and the ratios. Figures only: nothing here asserts a time.
 */
import "../test/functions/custom-functions-mock";
import { HyperFormula } from "hyperformula";
import { bankHolidaysOfYear, englandAndWales } from "../src/core/dates/holidays";
import { dayOfWeek, serialFromYmd } from "../src/core/dates/serial";
import { timeliness, type TimelinessResult } from "../src/core/indicators/timeliness";
import { buildEngine } from "../test/functions/hyperformula-plugin";
import { prng } from "./prng";

const ROWS = 100_000;
const LIMIT = 45;

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

function median(xs: number[]): number {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

function time<T>(runs: number, f: () => T): { ms: number; result: T } {
  const times: number[] = [];
  let result = f(); // warm-up (JIT, lazily built holiday table)
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    result = f();
    times.push(performance.now() - t0);
  }
  return { ms: median(times), result };
}

/** The day-by-day count the fast version replaces. */
function naiveShare(): number {
  const off = new Set(holidays);
  let within = 0;
  for (let i = 0; i < ROWS; i++) {
    const s = starts[i] ?? 0;
    const e = ends[i] ?? 0;
    let n = 0;
    for (let d = s + 1; d <= e; d++) {
      const dow = dayOfWeek(d);
      if (dow !== 0 && dow !== 6 && !off.has(d)) n++;
    }
    if (n <= LIMIT) within++;
  }
  return within / ROWS;
}

/** Sheet: A = referral, B = completion (from row 2), H1:H200 = holidays. */
function sheet(formula: string): (number | string | null)[][] {
  const rows: (number | string | null)[][] = [[null, null, formula]];
  for (let i = 0; i < ROWS; i++) rows.push([starts[i] ?? null, ends[i] ?? null]);
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

const core = time(7, () => timeliness(starts, ends, LIMIT));
const naive = time(3, naiveShare);
const plain = (rows: (number | string | null)[][]): HyperFormula =>
  HyperFormula.buildFromArray(rows, { licenseKey: "gpl-v3", maxRows: 1048576, useArrayArithmetic: true });
const userFormula = `=SUMPRODUCT(--(NETWORKDAYS(A2:A${ROWS + 1},B2:B${ROWS + 1},H1:H200)-1<=${LIMIT}))/COUNT(B2:B${ROWS + 1})`;
const hfNetwork = hyperformula(userFormula, 3, plain);
const hfCsc = hyperformula(`=CSC.TIMELINESS(A2:A${ROWS + 1},B2:B${ROWS + 1})`, 3, buildEngine);

const coreShare = (core.result as TimelinessResult).share;
console.log(`Timeliness over ${ROWS.toLocaleString("en-GB")} pairs (time per 100,000 rows, median)`);
console.log(`  core TIMELINESS                     ${fmt(core.ms)}   share ${share(coreShare)}`);
console.log(`  day-by-day loop                     ${fmt(naive.ms)}   share ${share(naive.result)}`);
console.log(`  HyperFormula SUMPRODUCT/NETWORKDAYS ${fmt(hfNetwork.ms)}   share ${share(hfNetwork.result)}`);
console.log(`  HyperFormula =CSC.TIMELINESS        ${fmt(hfCsc.ms)}   share ${share(hfCsc.result)}`);
console.log(
  `Ratios: day-by-day / core = ${(naive.ms / core.ms).toFixed(1)}x; NETWORKDAYS formula / core = ${(hfNetwork.ms / core.ms).toFixed(1)}x`,
);
console.log(`Aim (issue 5): core under 50 ms per 100,000 rows and at least 20x the day-by-day loop.`);
