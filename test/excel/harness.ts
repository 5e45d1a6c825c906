/**
 * Runs src/excel against the in-memory Excel host: installs the Excel/Office globals over a
 * workbook for the duration of a test. The host emulates the ExcelApi version the manifest
 * requires, so a call above it fails here as it would in the oldest Excel the add-in accepts.
 */
import * as fs from "fs";
import * as path from "path";
import { emulateExcelApi, installGlobalExcel, type FakeWorkbook } from "@csc/fake-excel";
import { loadWorkbook, type SampleVariant } from "../../support/sample-workbook";
import { type FinancialYear, parsePeriod, type QuarterStyle } from "../../src/core/dates";
import { buildReportPlan, type ReportPlan } from "../../src/core/report";
import { validateWorkbookInExcel } from "../../src/excel";

/** The `MinVersion` of `<Set Name="ExcelApi">` in manifest.xml's `<Requirements>` ("1.8"). */
export function manifestExcelApi(manifestPath = path.join(__dirname, "../../manifest.xml")): string {
  const xml = fs.readFileSync(manifestPath, "utf8");
  const requirements = /<Requirements>([\s\S]*?)<\/Requirements>/.exec(xml)?.[1] ?? "";
  const set = /<Set\s+Name="ExcelApi"\s+MinVersion="([\d.]+)"\s*\/>/.exec(requirements)?.[1];
  if (set === undefined) throw new Error(`${manifestPath} requires no ExcelApi version`);
  return set;
}

/**
 * A workbook (the sample by default) with the globals installed; call `done()` after.
 * `excelApi` is the version the host emulates: the manifest's unless given (`"latest"`: all).
 */
export function withHost(
  variant: SampleVariant | FakeWorkbook = "sample",
  excelApi: string = manifestExcelApi(),
): { wb: FakeWorkbook; done: () => void } {
  const wb = typeof variant === "string" ? loadWorkbook(variant) : variant;
  emulateExcelApi(wb, excelApi === "latest" ? undefined : excelApi);
  const uninstall = installGlobalExcel(wb);
  return { wb, done: uninstall };
}

/** The workbook's sheets other than `except`, as JSON, for "nothing else changed" checks. */
export function sheetsSnapshot(wb: FakeWorkbook, except: readonly string[] = []): unknown {
  const snap = wb.snapshot() as { sheets?: { name: string }[] };
  return (snap.sheets ?? []).filter((s) => !except.includes(s.name));
}

/**
 * The report's plan for `year` from the workbook the host holds, read and validated through the
 * adapter as the pane does; the workbook must validate.
 */
export async function planInExcel(year = "2021-22", quarterStyle: QuarterStyle = "range"): Promise<ReportPlan> {
  const { data } = await validateWorkbookInExcel();
  if (!data) throw new Error("the workbook did not validate");
  return buildReportPlan(data, { year: parsePeriod(year) as FinancialYear, quarterStyle });
}
