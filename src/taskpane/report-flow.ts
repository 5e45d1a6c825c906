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
import {
  type Comparator,
  type BenchmarkDataset,
  type CompareAs,
  type CouncilOption,
  comparedAsText,
  councilOptions,
} from "../core/benchmarks";
import { planReport, reportBenchmarks, type ReportPlan } from "../core/report";
import type { Issue, PerformanceData } from "../core/workbook";
import type { FinancialYear } from "../core/dates";
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
  /**
   * The council the officer chose to compare as when the Settings' local authority (`given`) is
   * not one of DfE's, as the CLI's --la: used only while the Settings still hold that name.
   */
  readonly compareAs?: CompareAs;
}

/** A council the officer can choose to compare as. */
export interface CouncilChoice {
  readonly code: string;
  readonly name: string;
}

/** The outcome of {@link planFromFreshFigures}. */
export type FreshPlan =
  | {
      readonly kind: "plan";
      readonly plan: ReportPlan;
      /** Which council, region and neighbour model the comparison uses, when comparators were chosen. */
      readonly comparedAs?: string;
    }
  /** The workbook could not be read or checked. */
  | { readonly kind: "not-checked" }
  /** The fresh validation found errors: nothing may be built. */
  | { readonly kind: "blocked"; readonly errors: number }
  /** No error, yet no figures (validation gave no data). */
  | { readonly kind: "no-data" }
  | { readonly kind: "plan-failed"; readonly message: string }
  /** Comparators were chosen but the Settings' council is not one of DfE's: the message names the closest. */
  | {
      readonly kind: "no-council";
      /** The Settings' local authority, as written. */
      readonly given: string;
      readonly message: string;
      readonly suggestions: readonly CouncilChoice[];
      /** Every council DfE publishes, for the officer to search. */
      readonly councils: readonly CouncilOption[];
    };

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
    let comparedAs: string | undefined;
    if (choice.compare && choice.compare.length > 0 && loadBenchmarks) {
      const data = await loadBenchmarks();
      const given = result.data.settings.localAuthority.trim();
      let b = reportBenchmarks(data, given, choice.compare);
      let chosen = "";
      if (!("match" in b) && choice.compareAs?.given.trim() === given) {
        b = reportBenchmarks(data, choice.compareAs.code, choice.compare);
        chosen = ` You chose this council for “${given}” in the Settings table, which is unchanged.`;
      }
      if (!("match" in b)) {
        const suggestions = b.suggestions.map((a) => ({ code: a.code, name: a.name }));
        return { kind: "no-council", given, message: b.message, suggestions, councils: councilOptions(data) };
      }
      benchmarks = b;
      comparedAs = comparedAsText(data, b.match) + chosen;
    }
    const planned = planReport(result.data, {
      ...(choice.year ? { year: choice.year } : {}),
      quarterStyle: choice.quarterStyle,
      ...(benchmarks ? { benchmarks } : {}),
    });
    if ("failure" in planned)
      return { kind: "plan-failed", message: `${planned.failure.message}; ${planned.failure.hint}.` };
    return { kind: "plan", plan: planned.plan, ...(comparedAs ? { comparedAs } : {}) };
  } catch (e) {
    return { kind: "plan-failed", message: errorText(e) };
  }
}
