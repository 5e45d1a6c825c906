/**
 * What the in-memory host's Excel fidelity costs: reading typed strings as Excel does, and
 * checking every Office.js member against an emulated ExcelApi version. Prints throughput and
 * the ratio of validation through the adapter with the requirement-set gate to without it.
 * Run: npx tsx bench/host-gate.bench.ts
 */
import { performance } from "node:perf_hooks";
import { loadWorkbook } from "../support/sample-workbook";
import { emulateExcelApi, installGlobalExcel, parseTypedEntry } from "@csc/fake-excel";
import { validateWorkbookInExcel } from "../src/excel";
import { serialFromYmd } from "../src/core/dates";

const RUNS = 5;
const ROWS = 50_000;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

function parsing(): void {
  const inputs = ["Jun-2019", "2019-20", "Apr-Jun 2019", "1,234", "5%", "12 fewer children", "10:30 PM", "-5", "text"];
  const n = 200_000;
  const times: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const t0 = performance.now();
    for (let i = 0; i < n; i++) parseTypedEntry(inputs[i % inputs.length] ?? "");
    times.push(performance.now() - t0);
  }
  const ms = median(times);
  console.log(
    `typed input: ${n.toLocaleString("en-GB")} strings in ${ms.toFixed(0)} ms (${((n / ms) * 1000).toLocaleString("en-GB", { maximumFractionDigits: 0 })} strings/s)`,
  );
}

/** The sample plus a log of ROWS rows, with the host emulating `excelApi` (undefined: every set). */
function workbookAt(excelApi: string | undefined): ReturnType<typeof loadWorkbook> {
  const wb = loadWorkbook("sample");
  const first = serialFromYmd(2021, 4, 1);
  const rows: unknown[][] = [["Child ID", "Referral date", "Assessment completed"]];
  for (let i = 0; i < ROWS; i++) rows.push([`C${100000 + i}`, first + (i % 330), first + (i % 330) + (i % 70)]);
  wb.addSheet("Assessment Log");
  wb.setValues("Assessment Log", `A1:C${ROWS + 1}`, rows);
  wb.addTable("Assessment Log", `A1:C${ROWS + 1}`, "tblAssessmentLog", true);
  emulateExcelApi(wb, excelApi);
  return wb;
}

async function timeOnce(wb: ReturnType<typeof loadWorkbook>): Promise<number> {
  const uninstall = installGlobalExcel(wb);
  const t0 = performance.now();
  await validateWorkbookInExcel();
  const ms = performance.now() - t0;
  uninstall();
  return ms;
}

async function main(): Promise<void> {
  parsing();
  const open = workbookAt(undefined);
  const gated = workbookAt("1.8");
  const openTimes: number[] = [];
  const gatedTimes: number[] = [];
  await timeOnce(open); // warm-up
  for (let run = 0; run < RUNS; run++) {
    // Alternated, so that warming up and other load on the machine fall on both alike.
    openTimes.push(await timeOnce(open));
    gatedTimes.push(await timeOnce(gated));
  }
  const o = median(openTimes);
  const g = median(gatedTimes);
  console.log(
    `validation through the adapter, ${ROWS.toLocaleString("en-GB")}-row log: median ${o.toFixed(0)} ms with every set, ${g.toFixed(0)} ms at ExcelApi 1.8 (gate: ${(g / o).toFixed(2)}x)`,
  );
}

void main();
