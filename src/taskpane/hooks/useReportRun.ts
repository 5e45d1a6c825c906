/**
 * Generating the report from the Report tab: runs the work of each phase of the generate
 * state machine (generate-state.ts) and tells it what came of it. Validate again and plan
 * (checking), read the report sheet once for that plan (planning), ask when the sheet is not
 * ours as written or shows another year (asking), then write (writing).
 */
import { useCallback, useRef, useState } from "react";
import { commitReport, prepareReport, applyReportPlan, type ReportSession } from "../../excel";
import type { ValidationState } from "./useValidation";
import { pageSetupMessage, reportFailureMessage } from "../report-messages";
import { planFromFreshFigures } from "../report-flow";
import type { CompareAs, Comparator } from "../../core/benchmarks";
import { type QuarterStyleChoice, yearFromLabel } from "../report-model";
import { loadBenchmarks } from "../../functions/benchmarks-data";
import {
  generateReducer,
  INITIAL_GENERATE,
  isWorking,
  stepText,
  type GenerateEvent,
  type GenerateState,
} from "../generate-state";

/** The Report tab's generation state and actions. */
export function useReportRun(validation: ValidationState, onBuilt: () => void) {
  const [state, setState] = useState<GenerateState>(INITIAL_GENERATE);
  // The reducer's state as the async work sees it, so each step acts on the phase it led to.
  const current = useRef(state);
  const send = useCallback((e: GenerateEvent): GenerateState => {
    const next = generateReducer(current.current, e);
    current.current = next;
    setState(next);
    return next;
  }, []);

  /** Writes when the state says so: from the session just prepared, or (after a dialog) reading the sheet again. */
  const write = async (s: GenerateState, session?: ReportSession) => {
    if (s.phase.kind !== "writing") return;
    const { plan, replace, prepared } = s.phase;
    try {
      const r =
        prepared && session ? await commitReport(session, { replace }) : await applyReportPlan(plan, { replace });
      const notice = pageSetupMessage(plan.sheetName, r.pageNotSet);
      send({ type: "written", tables: r.tables, charts: r.charts, ...(notice ? { notice } : {}) });
      onBuilt();
    } catch (e) {
      send({ type: "write-failed", notice: reportFailureMessage(e) });
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
    if (send({ type: "start" }).phase.kind !== "checking") return;
    const fresh = await planFromFreshFigures(
      () => validation.run({ fresh: true }),
      { year: yearFromLabel(year), quarterStyle, compare, ...(compareAs ? { compareAs } : {}) },
      loadBenchmarks,
    );
    const planning = send({ type: "planned", fresh });
    if (planning.phase.kind !== "planning") return;
    let session: ReportSession;
    try {
      session = await prepareReport(planning.phase.plan);
    } catch (e) {
      send({ type: "sheet-failed", notice: reportFailureMessage(e) });
      return;
    }
    await write(
      send({ type: "sheet", ownership: session.ownership, shows: session.shows, added: session.added }),
      session,
    );
  };

  const replace = () => void write(send({ type: "replace" }));
  const keep = () => void send({ type: "keep" });
  const ask = state.phase.kind === "asking" ? state.phase.ask : undefined;
  const step = stepText(state.phase);

  return {
    step,
    working: isWorking(state),
    error: state.error,
    dismissError: () => void send({ type: "dismiss-error" }),
    notice: state.notice,
    ask,
    built: state.built,
    noCouncil: state.noCouncil,
    generate,
    replace,
    keep,
  };
}
