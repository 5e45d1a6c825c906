/**
 * Validation speed in core: the sample workbook plus a 200,000-row assessment log.
 * Run: npx tsx bench/validation.bench.ts   (prints the median of 5 runs and rows/s).
 * The Excel-adapter half (sync count, largest payload) lives with the adapter.
 */
import { performance } from "node:perf_hooks";
import { validateWorkbook, type RawValue, type RawWorkbook } from "../src/core/workbook";
import { serialFromYmd } from "../src/core/dates";
import { prng as rng } from "../support/prng";
import { sampleRaw } from "../support/sample-workbook";

const ROWS = 200_000;
const RUNS = 5;

function logRows(n: number): RawValue[][] {
  const next = rng(42);
  const first = serialFromYmd(2017, 4, 1);
  const span = serialFromYmd(2022, 3, 1) - first;
  const rows: RawValue[][] = [];
  for (let i = 0; i < n; i++) {
    const referral = first + Math.floor(next() * span);
    const open = next() < 0.02;
    rows.push([`C${100000 + i}`, referral, open ? null : referral + Math.floor(next() * 80)]);
  }
  return rows;
}

const sample = sampleRaw();
const workbook: RawWorkbook = {
  sheets: [
    ...sample.sheets,
    {
      name: "Assessment Log",
      tables: [
        {
          name: "tblAssessmentLog",
          sheet: "Assessment Log",
          top: 0,
          left: 0,
          headers: ["Child ID", "Referral date", "Assessment completed"],
          rows: logRows(ROWS),
        },
      ],
    },
  ],
};

const times: number[] = [];
let issues = 0;
for (let run = 0; run < RUNS; run++) {
  const t0 = performance.now();
  const result = validateWorkbook(workbook);
  times.push(performance.now() - t0);
  issues = result.issues.length;
}
times.sort((a, b) => a - b);
const median = times[Math.floor(RUNS / 2)] ?? NaN;
console.log(
  `core validation, ${ROWS.toLocaleString("en-GB")}-row assessment log: median ${median.toFixed(0)} ms of ${RUNS} runs ` +
    `(${Math.round((ROWS / median) * 1000).toLocaleString("en-GB")} rows/s; runs ${times.map((t) => t.toFixed(0)).join(", ")} ms; ${issues} issues)`,
);
