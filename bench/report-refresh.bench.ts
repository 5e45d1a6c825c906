/**
 * Refreshing the report through the Excel adapter on the in-memory host (sample workbook,
 * 2021-22 report refreshed to 2019-20): time, syncs and statements per sync, the largest
 * request, the size of what the add-in keeps in the document's settings, and what a failure
 * costs (a refresh failing in its commit sync, then recovered) against a clean refresh.
 * Run: npx tsx bench/report-refresh.bench.ts
 */
import { performance } from "node:perf_hooks";
import { loadWorkbook } from "../support/sample-workbook";
import { FakeWorkbook, installGlobalExcel } from "@csc/fake-excel";
import { applyReportPlan, validateWorkbookInExcel } from "../src/excel";
import { REPORT_SETTING } from "../src/excel/report";
import { buildReportPlan } from "../src/core/report";
import { type FinancialYear, parsePeriod } from "../src/core/dates";

const RUNS = 7;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

async function main(): Promise<void> {
  const base = loadWorkbook("sample");
  let uninstall = installGlobalExcel(base);
  const { data } = await validateWorkbookInExcel();
  if (!data) throw new Error("the sample did not validate");
  const first = buildReportPlan(data, { year: parsePeriod("2021-22") as FinancialYear, quarterStyle: "range" });
  const next = buildReportPlan(data, { year: parsePeriod("2019-20") as FinancialYear, quarterStyle: "end-month" });
  await applyReportPlan(first, { replace: false });
  const saved = base.save();
  uninstall();

  const clean: number[] = [];
  const failed: number[] = [];
  let statements: number[] = [];
  let maxRequest = 0;
  let settingBytes = 0;
  for (let run = 0; run < RUNS; run++) {
    for (const fail of [false, true]) {
      const wb = FakeWorkbook.open(saved);
      uninstall = installGlobalExcel(wb);
      if (fail) wb.failOnSync(5, "GeneralException", { atStatement: 60 }); // the commit sync, part applied
      const t0 = performance.now();
      await applyReportPlan(next, { replace: false }).catch(() => undefined);
      (fail ? failed : clean).push(performance.now() - t0);
      if (!fail) {
        statements = wb.stats.requests.map((r) => r.statements);
        maxRequest = wb.stats.maxRequestBytes;
        settingBytes = JSON.stringify(wb.settings.get(REPORT_SETTING)).length;
      }
      uninstall();
    }
  }
  const c = median(clean);
  const f = median(failed);
  console.log("Report refresh on the in-memory host (2021-22 -> 2019-20, sample workbook):");
  console.log(`  clean refresh: median ${c.toFixed(0)} ms of ${RUNS} runs; ${statements.length} syncs`);
  console.log(`  statements per sync: ${statements.join(", ")}; largest request ${(maxRequest / 1024).toFixed(1)} KB`);
  console.log(
    `  failed in the commit sync and restored: median ${f.toFixed(0)} ms (${(f / c).toFixed(1)}x a clean refresh)`,
  );
  console.log(`  report description kept in the document's settings: ${(settingBytes / 1024).toFixed(1)} KB`);
}

void main();
