/**
 * Validation through the Excel adapter on the in-memory host: the sample plus a 200,000-row
 * assessment log, read in chunks. Prints time, sync count, the largest request and response
 * against Excel on the web's 5 MB limit, and the adapter's overhead over core alone.
 * Run: npx tsx bench/excel-validation.bench.ts
 */
import { performance } from "node:perf_hooks";
import { loadWorkbook } from "../preview/load-sample";
import { installGlobalExcel } from "../test/fake-excel";
import { readWorkbook, validateWorkbookInExcel, CHUNK_ROWS } from "../src/excel";
import { validateWorkbook } from "../src/core/workbook/validate";
import { serialFromYmd } from "../src/core/dates/serial";

const ROWS = 200_000;
const RUNS = 3;
const MB = 1024 * 1024;

const wb = loadWorkbook("sample");
const first = serialFromYmd(2021, 4, 1);
const rows: unknown[][] = [["Child ID", "Referral date", "Assessment completed"]];
for (let i = 0; i < ROWS; i++) {
  const referral = first + (i % 330);
  rows.push([`C${100000 + i}`, referral, i % 50 === 0 ? "" : referral + ((i * 7) % 70)]);
}
wb.addSheet("Assessment Log");
wb.setValues("Assessment Log", `A1:C${ROWS + 1}`, rows);
wb.addTable("Assessment Log", `A1:C${ROWS + 1}`, "tblAssessmentLog", true);
installGlobalExcel(wb);

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

async function main(): Promise<void> {
  const total: number[] = [];
  const core: number[] = [];
  let syncs = 0;
  let maxReq = 0;
  let maxRes = 0;
  for (let run = 0; run < RUNS; run++) {
    wb.resetStats();
    const t0 = performance.now();
    await validateWorkbookInExcel();
    total.push(performance.now() - t0);
    syncs = wb.stats.syncs;
    maxReq = wb.stats.maxRequestBytes;
    maxRes = wb.stats.maxResponseBytes;
    const raw = await readWorkbook();
    const t1 = performance.now();
    validateWorkbook(raw);
    core.push(performance.now() - t1);
  }
  const t = median(total);
  const c = median(core);
  console.log(
    `Excel adapter on the in-memory host, ${ROWS.toLocaleString("en-GB")}-row log (chunks of ${CHUNK_ROWS.toLocaleString("en-GB")} rows):`,
  );
  console.log(
    `  read + validate: median ${t.toFixed(0)} ms of ${RUNS} runs (core alone ${c.toFixed(0)} ms; the whole is ${(t / c).toFixed(1)}x core alone)`,
  );
  console.log(
    `  syncs: ${syncs}; largest request ${(maxReq / 1024).toFixed(1)} KB; largest response ${(maxRes / MB).toFixed(2)} MB (limit 5 MB: ${((maxRes / (5 * MB)) * 100).toFixed(0)}% of it)`,
  );
}

void main();
