/**
 * Validation of the open workbook: read in chunks, then checked in core, the whole in slices
 * of about {@link SLICE_BUDGET_MS} so the shared runtime's one thread stays free for the
 * custom functions and the pane (core/base/slices.ts says why).
 */
import { drive, Slicer } from "../core/base";
import { validationSteps, type ValidationResult, yearsNamedIn } from "../core/workbook";
import type { BenchmarkDataset } from "../core/benchmarks";
import type { FinancialYear } from "../core/dates";
import { readWorkbook, type ProgressListener } from "./read";
import { createYield, type Yielder } from "./yield";

/**
 * Milliseconds of work before the thread is given back: a quarter of the 100 ms after which a
 * pause is felt, leaving room for one step to overrun and for Office.js's own work.
 */
export const SLICE_BUDGET_MS = 25;

/** Core's result for the open workbook, with what the pane needs of the workbook itself. */
export interface WorkbookValidation extends ValidationResult {
  /** The workbook's sheet names: an issue on a sheet not among them cannot be selected. */
  readonly sheets: readonly string[];
  /** The financial years the tables name, newest first (known even when errors block the figures). */
  readonly yearsNamed: readonly FinancialYear[];
}

/** Options of {@link validateWorkbookInExcel}. */
export interface ValidateOptions {
  readonly onProgress?: ProgressListener;
  /** Cuts the work into slices; by default one over performance.now and {@link yieldToEventLoop}. */
  readonly slicer?: Slicer;
  /** DfE's published figures to cross-check the workbook's against (core/workbook/rules/published.ts). */
  readonly published?: BenchmarkDataset;
}

let pageYield: Yielder | undefined;

/**
 * Gives the thread back: pending events, rendering and other callers run first. Through a
 * posted message, not a timer, so a hidden pane's timer throttling does not slow it (./yield.ts).
 */
export function yieldToEventLoop(): Promise<void> {
  pageYield ??= createYield();
  return pageYield();
}

/** A slicer over the real clock, with the default budget. */
export function realTimeSlicer(budgetMs = SLICE_BUDGET_MS): Slicer {
  return new Slicer({ budgetMs, now: () => performance.now(), yieldNow: yieldToEventLoop });
}

/** Reads the open workbook (in chunks) and validates it in core, in slices. Writes nothing. */
export async function validateWorkbookInExcel(options: ValidateOptions = {}): Promise<WorkbookValidation> {
  const { onProgress } = options;
  const slicer = options.slicer ?? realTimeSlicer();
  const raw = await readWorkbook({ slicer, ...(onProgress ? { onProgress } : {}) });
  // Work units: each table's rows once, the log's up to twice (read, then timeliness).
  const rows = raw.sheets.reduce((n, s) => n + s.tables.reduce((m, t) => m + t.rows.length, 0), 0);
  const total = Math.max(1, 2 * rows);
  let done = 0;
  const label = "Checking the figures";
  onProgress?.({ done, total, label });
  const steps = validationSteps(raw, options.published ? { published: options.published } : {});
  const checked = await drive(steps, slicer, (n) => {
    done = Math.min(total, done + n);
    if (n > 0) onProgress?.({ done, total, label });
  });
  return { ...checked, sheets: raw.sheets.map((s) => s.name), yearsNamed: yearsNamedIn(raw) };
}
