/**
 * What "Generate report" does before it writes anything: read the workbook again, validate it
 * again, and plan the report from those figures, never from a validation kept since.
 *
 * Why: the add-in runs in a shared runtime, which lives as long as the workbook is open
 * ("Configure your Office Add-in to use a shared runtime", learn.microsoft.com/office/dev/
 * add-ins/develop/configure-your-add-in-to-use-a-shared-runtime), so a validation result held
 * in the pane's state can be hours old and the officer may have changed any figure since. A
 * figure typed after the last check must appear in the report, and an error typed after it
 * must block the report.
 */
import type { Comparator } from "../core/benchmarks/compare";
import type { BenchmarkDataset } from "../core/benchmarks/dataset";
import { buildReportPlan } from "../core/report/build";
import { reportBenchmarks } from "../core/report/comparators";
import type { ReportPlan } from "../core/report/plan";
import type { Issue } from "../core/workbook/issues";
import type { PerformanceData } from "../core/workbook/model";
import type { FinancialYear } from "../core/dates/periods";
import type { QuarterStyleChoice } from "./report-model";
import { errorText } from "./errors";

/** A validation as the pane runs it; undefined when it failed (its message is shown elsewhere). */
export type Revalidate = () => Promise<
  { readonly issues: readonly Issue[]; readonly data?: PerformanceData } | undefined
>;

/** What the officer chose on the Report tab. */
export interface ReportChoice {
  readonly year: FinancialYear | undefined;
  readonly quarterStyle: QuarterStyleChoice;
  /** The comparators chosen under "Compare with" (none: the workbook's figures only). */
  readonly compare?: readonly Comparator[];
}

/** The outcome of {@link planFromFreshFigures}. */
export type FreshPlan =
  | { readonly kind: "plan"; readonly plan: ReportPlan }
  /** The workbook could not be read or checked. */
  | { readonly kind: "not-checked" }
  /** The fresh validation found errors: nothing may be built. */
  | { readonly kind: "blocked"; readonly errors: number }
  /** No error, yet no figures (validation gave no data). */
  | { readonly kind: "no-data" }
  | { readonly kind: "plan-failed"; readonly message: string }
  /** Comparators were chosen but the Settings' council is not one of DfE's: the message names the closest. */
  | { readonly kind: "no-council"; readonly message: string };

/**
 * Re-reads and re-validates the workbook through `revalidate`, then plans the report from the
 * figures just read.
 */
export async function planFromFreshFigures(
  revalidate: Revalidate,
  choice: ReportChoice,
  loadBenchmarks?: () => Promise<BenchmarkDataset>,
): Promise<FreshPlan> {
  const result = await revalidate();
  if (!result) return { kind: "not-checked" };
  const errors = result.issues.filter((i) => i.severity === "error").length;
  if (errors > 0) return { kind: "blocked", errors };
  if (!result.data) return { kind: "no-data" };
  try {
    let benchmarks;
    if (choice.compare && choice.compare.length > 0 && loadBenchmarks) {
      const b = reportBenchmarks(await loadBenchmarks(), result.data.settings.localAuthority, choice.compare);
      if (!("match" in b)) return { kind: "no-council", message: b.message };
      benchmarks = b;
    }
    const plan = buildReportPlan(result.data, {
      ...(choice.year ? { year: choice.year } : {}),
      quarterStyle: choice.quarterStyle,
      ...(benchmarks ? { benchmarks } : {}),
    });
    return { kind: "plan", plan };
  } catch (e) {
    return { kind: "plan-failed", message: errorText(e) };
  }
}
