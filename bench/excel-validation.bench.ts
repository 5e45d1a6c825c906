/**
 * Validation through the Excel adapter on the in-memory host:
 * 1. the sample plus a 200,000-row assessment log (3 columns), three runs;
 * 2. the sample plus a wide, text-heavy log: 200,000 rows x 30 columns, 27 of them notes of 100
 *    characters (about 600 MB of text), one run.
 * Prints time, syncs, the largest request and response against Excel on the web's 5 MB limit,
 * and how long the thread was held. In real Excel a sync is a round trip to Excel's own process
 * and the thread is free meanwhile; the in-memory host does that work on the thread. So the
 * validation's slicer runs on a clock that leaves out the host's time (as in Excel), and the
 * bench prints (a) the stretches of the add-in's own work between two yields (median, 95th
 * percentile, longest: on a busy machine a garbage collection or the OS can stretch one), and (b) the
 * longest wall-clock gap a zero-delay timer ticking beside it saw, host work included (an upper
 * bound: what a custom function or a click waits for in the preview).
 * Run: npx tsx bench/excel-validation.bench.ts
 */
import { performance } from "node:perf_hooks";
import { loadWorkbook } from "../support/sample-workbook";
import { installGlobalExcel, type FakeWorkbook, FakeRequestContext } from "@csc/fake-excel";
import { Slicer, formatRange } from "../src/core/base";
import { readWorkbook, validateWorkbookInExcel, yieldToEventLoop, CHUNK_ROWS, SLICE_BUDGET_MS } from "../src/excel";
import { validateWorkbook } from "../src/core/workbook";
import { serialFromYmd } from "../src/core/dates";

const ROWS = 200_000;
const MB = 1024 * 1024;
const LIMIT = 5 * MB;
const first = serialFromYmd(2021, 4, 1);

/** The sample with an assessment log of ROWS rows and `notes` extra text columns of 100 characters. */
function workbookWithLog(notes: number): FakeWorkbook {
  const wb = loadWorkbook("sample");
  const texts = Array.from({ length: 97 }, (_, i) => `Case note ${i}: `.padEnd(100, "home visit recorded; "));
  const noteHeaders = Array.from({ length: notes }, (_, c) => `Note ${c + 1}`);
  const rows: unknown[][] = [["Child ID", "Referral date", "Assessment completed", ...noteHeaders]];
  for (let i = 0; i < ROWS; i++) {
    const referral = first + (i % 330);
    const end = i % 50 === 0 ? "" : referral + ((i * 7) % 70);
    rows.push([`C${100000 + i}`, referral, end, ...noteHeaders.map((_, c) => texts[(i * 31 + c) % 97])]);
  }
  const address = formatRange({ top: 0, left: 0, bottom: ROWS, right: 2 + notes });
  wb.addSheet("Assessment Log");
  wb.setValues("Assessment Log", address, rows);
  wb.addTable("Assessment Log", address, "tblAssessmentLog", true);
  return wb;
}

/** Milliseconds spent inside the in-memory host's syncs so far (its private runSync, timed). */
let hostMs = 0;
{
  const proto = FakeRequestContext.prototype as unknown as { runSync: (this: unknown) => void };
  const runSync = proto.runSync;
  proto.runSync = function (this: unknown) {
    const t = performance.now();
    try {
      runSync.call(this);
    } finally {
      hostMs += performance.now() - t;
    }
  };
}

/** The longest gap between the ticks of a zero-delay timer while `work` runs. */
async function withTimerProbe<T>(work: () => Promise<T>): Promise<{ value: T; longestGapMs: number }> {
  let running = true;
  let last = performance.now();
  let longestGapMs = 0;
  const tick = () => {
    const t = performance.now();
    longestGapMs = Math.max(longestGapMs, t - last);
    last = t;
    if (running) setTimeout(tick, 0);
  };
  setTimeout(tick, 0);
  const value = await work();
  running = false;
  return { value, longestGapMs };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const kb = (b: number) => `${(b / 1024).toFixed(1)} KB`;
const mb = (b: number) => `${(b / MB).toFixed(2)} MB (${((b / LIMIT) * 100).toFixed(0)}% of the 5 MB limit)`;

interface Run {
  ms: number;
  syncs: number;
  maxReq: number;
  maxRes: number;
  longestSliceMs: number;
  /** Every stretch between yields, for the median and the 95th percentile. */
  stretches: number[];
  yields: number;
  longestGapMs: number;
}

async function runOnce(wb: FakeWorkbook): Promise<Run> {
  wb.resetStats();
  // The add-in's own clock: wall time less the host's (which real Excel spends in its own process).
  const now = () => performance.now() - hostMs;
  const stretches: number[] = [];
  let resumed = now();
  const slicer = new Slicer({
    budgetMs: SLICE_BUDGET_MS,
    now,
    yieldNow: async () => {
      stretches.push(now() - resumed);
      await yieldToEventLoop();
      resumed = now();
    },
  });
  const t0 = performance.now();
  const { longestGapMs } = await withTimerProbe(() => validateWorkbookInExcel({ slicer }));
  const ms = performance.now() - t0;
  const { yields, longestMs } = slicer.stats();
  const s = wb.stats;
  return {
    ms,
    syncs: s.syncs,
    maxReq: s.maxRequestBytes,
    maxRes: s.maxResponseBytes,
    longestSliceMs: longestMs,
    stretches,
    yields,
    longestGapMs,
  };
}

function print(title: string, runs: Run[], coreMs?: number): void {
  const ms = median(runs.map((r) => r.ms));
  const worst = (f: (r: Run) => number) => Math.max(...runs.map(f));
  const all = runs.flatMap((r) => r.stretches).sort((a, b) => a - b);
  const quantile = (q: number) => (all[Math.min(all.length - 1, Math.floor(q * all.length))] ?? 0).toFixed(0);
  console.log(title);
  console.log(
    `  read + validate: median ${ms.toFixed(0)} ms of ${runs.length} run(s)` +
      (coreMs ? ` (core alone ${coreMs.toFixed(0)} ms; the whole is ${(ms / coreMs).toFixed(1)}x core alone)` : ""),
  );
  console.log(
    `  thread held by the add-in's own work between yields (budget ${SLICE_BUDGET_MS} ms, ${worst((r) => r.yields)} yields): median ${quantile(0.5)} ms, 95th percentile ${quantile(0.95)} ms, longest ${worst((r) => r.longestSliceMs).toFixed(0)} ms`,
  );
  console.log(
    `  longest wait of a zero-delay timer, the in-memory host's own work included: ${worst((r) => r.longestGapMs).toFixed(0)} ms`,
  );
  console.log(
    `  syncs: ${runs[0]?.syncs}; largest request ${kb(worst((r) => r.maxReq))}; largest response ${mb(worst((r) => r.maxRes))}`,
  );
}

async function main(): Promise<void> {
  const narrow = workbookWithLog(0);
  let uninstall = installGlobalExcel(narrow);
  const runs: Run[] = [];
  const core: number[] = [];
  for (let run = 0; run < 3; run++) {
    runs.push(await runOnce(narrow));
    const raw = await readWorkbook();
    const t1 = performance.now();
    validateWorkbook(raw);
    core.push(performance.now() - t1);
  }
  uninstall();
  print(
    `Excel adapter on the in-memory host, ${ROWS.toLocaleString("en-GB")}-row log, 3 columns (at most ${CHUNK_ROWS.toLocaleString("en-GB")} rows a request):`,
    runs,
    median(core),
  );

  const wide = workbookWithLog(27);
  uninstall = installGlobalExcel(wide);
  const wideRun = await runOnce(wide);
  uninstall();
  print(
    `Wide, text-heavy log: ${ROWS.toLocaleString("en-GB")} rows x 30 columns, 27 of them 100-character notes (requests sized by measured bytes):`,
    [wideRun],
  );
}

void main();
