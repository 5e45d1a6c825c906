/**
 * Generating the report from the Report tab: validate again, plan, check the sheet, ask when
 * the sheet is not ours as written or shows another year, then write. Keeps the step being
 * done (for the spinner), the last summary (kept when the officer cancels), and messages.
 */
import { useRef, useState } from "react";
import type { ReportPlan } from "../../core/report";
import { applyReportPlan, inspectReportSheet, reportSheetYear } from "../../excel";
import { errorText } from "../errors";
import type { ValidationState } from "./useValidation";
import { type PaneMessage, reportFailureMessage } from "../report-messages";
import { type FreshPlan, planFromFreshFigures } from "../report-flow";
import type { CompareAs, Comparator } from "../../core/benchmarks";
import { type QuarterStyleChoice, yearFromLabel } from "../report-model";
import { loadBenchmarks } from "../../functions/benchmarks-data";

/** Why the pane asks before writing: the sheet was edited, is not ours, or shows another year. */
export type ReportAsk = (
  | { readonly found: "edited" | "foreign"; readonly plan: ReportPlan }
  | { readonly found: "other-year"; readonly shows: string; readonly plan: ReportPlan }
) & { readonly comparedAs?: string };

/** What a generation built. */
export interface Built {
  readonly plan: ReportPlan;
  readonly tables: number;
  readonly charts: number;
  /** Counts the generations, so each one's message is new (and announced). */
  readonly seq: number;
  /** Which council, region and neighbour model the comparison used, when comparators were chosen. */
  readonly comparedAs?: string;
}

/** The Settings' council is not DfE's: the message and the councils the officer can compare as. */
export type NoCouncil = Extract<FreshPlan, { kind: "no-council" }>;

/** The Report tab's generation state and actions. */
export function useReportRun(validation: ValidationState, onBuilt: () => void) {
  const [step, setStep] = useState<string | undefined>();
  const [error, setError] = useState<string | undefined>();
  const [notice, setNotice] = useState<PaneMessage | undefined>();
  const [ask, setAsk] = useState<ReportAsk | undefined>();
  const [built, setBuilt] = useState<Built | undefined>();
  const [noCouncil, setNoCouncil] = useState<NoCouncil | undefined>();
  const seq = useRef(0);

  const apply = async (plan: ReportPlan, replace: boolean, comparedAs?: string) => {
    setStep(`Writing the ${plan.reportYear} report on the sheet “${plan.sheetName}”…`);
    try {
      const r = await applyReportPlan(plan, { replace });
      setBuilt({ plan, ...r, seq: ++seq.current, ...(comparedAs ? { comparedAs } : {}) });
      onBuilt();
    } catch (e) {
      setNotice(reportFailureMessage(e));
    } finally {
      setStep(undefined);
    }
  };

  // Generate reads and validates the workbook again: the figures are those in the workbook
  // now, never a validation kept from before the officer's last edits (report-flow.ts).
  const generate = async (
    year: string,
    quarterStyle: QuarterStyleChoice,
    compare: readonly Comparator[] = [],
    compareAs?: CompareAs,
  ) => {
    if (step) return;
    setError(undefined);
    setNotice(undefined);
    setNoCouncil(undefined);
    setStep("Checking the workbook again…");
    const fresh = await planFromFreshFigures(
      () => validation.run({ fresh: true }),
      { year: yearFromLabel(year), quarterStyle, compare, ...(compareAs ? { compareAs } : {}) },
      loadBenchmarks,
    );
    if (fresh.kind !== "plan") {
      setStep(undefined);
      // "blocked" and "no-data" show in the message above the button, from the fresh result.
      if (fresh.kind === "not-checked")
        setError("The workbook could not be checked again, so no report was built. The Validate tab says why.");
      if (fresh.kind === "plan-failed") setError(`The report could not be planned: ${fresh.message}`);
      if (fresh.kind === "no-council" && fresh.suggestions.length > 0) setNoCouncil(fresh);
      else if (fresh.kind === "no-council")
        setError(`${fresh.message} Correct the Local authority in the Settings table, or clear "Compare with".`);
      return;
    }
    const { plan, comparedAs } = fresh;
    try {
      setStep("Checking the report sheet…");
      const found = await inspectReportSheet();
      if (found === "edited" || found === "foreign") {
        setStep(undefined);
        setAsk({ found, plan, ...(comparedAs ? { comparedAs } : {}) });
        return;
      }
      const shows = found === "ours" ? await reportSheetYear() : undefined;
      if (shows && shows !== plan.reportYear) {
        setStep(undefined);
        setAsk({ found: "other-year", shows, plan, ...(comparedAs ? { comparedAs } : {}) });
        return;
      }
      await apply(plan, found === "ours", comparedAs);
    } catch (e) {
      setStep(undefined);
      setError(`Checking the report sheet failed: ${errorText(e)}`);
    }
  };

  const replace = () => {
    const plan = ask?.plan;
    const comparedAs = ask?.comparedAs;
    setAsk(undefined);
    if (plan) void apply(plan, true, comparedAs);
  };

  const keep = () => {
    setAsk(undefined);
    setNotice({
      intent: "info",
      title: "Nothing changed",
      text: `The sheet “${ask?.plan.sheetName ?? "Safeguarding Report"}” is as it was; no report was written.`,
    });
  };

  return {
    step,
    working: step !== undefined,
    error,
    dismissError: () => setError(undefined),
    notice,
    ask,
    built,
    noCouncil,
    generate,
    replace,
    keep,
  };
}
