/**
 * Runs src/excel against the in-memory Excel host: installs the Excel/Office globals over a
 * workbook for the duration of a test.
 */
import { installGlobalExcel } from "../fake-excel";
import type { FakeWorkbook } from "../fake-excel";
import { loadWorkbook, type SampleVariant } from "../../preview/load-sample";

/** A workbook (the sample by default) with the globals installed; call `done()` after. */
export function withHost(variant: SampleVariant | FakeWorkbook = "sample"): { wb: FakeWorkbook; done: () => void } {
  const wb = typeof variant === "string" ? loadWorkbook(variant) : variant;
  const uninstall = installGlobalExcel(wb);
  return { wb, done: uninstall };
}

/** The workbook's sheets other than `except`, as JSON, for "nothing else changed" checks. */
export function sheetsSnapshot(wb: FakeWorkbook, except: readonly string[] = []): unknown {
  const snap = wb.snapshot() as { sheets?: { name: string }[] };
  return (snap.sheets ?? []).filter((s) => !except.includes(s.name));
}
