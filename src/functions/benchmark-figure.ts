/**
 * CSC.BENCHMARK's work once the comparator dataset is at hand: the argument checks and the
 * look-up, synchronous. functions.ts loads the dataset (a chunk of its own, on first use) and
 * calls this; the tests and the preview, whose formula engine is synchronous, call it with the
 * dataset they import directly.
 */
import { type BenchmarkDataset, benchmarkFigure } from "../core/benchmarks";
import { isBlank } from "../core/dates";
import { ERROR_MESSAGES as M } from "../core/base";
import { invalid, unwrap } from "./convert";

/**
 * The figure DfE published, as CSC.BENCHMARK returns it.
 * @throws the custom function's #VALUE! or #N/A (see ../core/benchmarks/query.ts).
 */
export function benchmarkIn(data: BenchmarkDataset, indicator: unknown, year: unknown, area?: unknown): number {
  // Excel on Windows passes a blank cell as 0 (office-js #4702): a blank or 0 area is England.
  const text = (v: unknown) => (isBlank(v) || v === 0 ? "" : String(v));
  const y = typeof year === "number" ? year : text(year);
  if (y === "" || y === 0) invalid(M.benchmarkYearBlank());
  return unwrap(benchmarkFigure(data, text(indicator), y, text(area)));
}
