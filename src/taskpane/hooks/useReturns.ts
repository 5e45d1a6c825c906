/**
 * The Returns tab's actions over its reducer (src/taskpane/returns-state.ts): read the chosen
 * files (in the pane, never uploaded) with progress and Cancel, read them again for another
 * collection year, plan the fill, fill and undo. The workbook's validated figures and DfE's
 * published ones come in for the reconciliation.
 *
 * The `File` objects stay in a ref for as long as the tab is open (to re-read for another year)
 * and nowhere else; errors are worded without the files' contents.
 */
import { useCallback, useReducer, useRef } from "react";
import { isMatch, matchCouncil } from "../../core/benchmarks";
import type { FinancialYear } from "../../core/dates";
import { analyseReturns, type AnalyseOptions } from "../../core/returns";
import type { PerformanceData } from "../../core/workbook";
import { applyReturnsFill, FillUndoRefused, planFillInExcel, undoReturnsFill } from "../../excel";
import { loadBenchmarks } from "../../functions/benchmarks-data";
import { errorText } from "../errors";
import { cancellableSlicer, fileReturnSource, ReadCancelled, type PickedFile } from "../return-file-source";
import { INITIAL_RETURNS, returnsReducer, settledOf, type ReturnsState } from "../returns-state";

/** What {@link useReturns} gives the tab. */
export interface ReturnsControl {
  readonly state: ReturnsState;
  /** Reads the chosen files (the year told from the dates unless given). */
  readonly choose: (files: readonly PickedFile[], year?: FinancialYear) => Promise<void>;
  /** Reads the same files again as another collection year. */
  readonly chooseYear: (year: FinancialYear) => Promise<void>;
  readonly cancel: () => void;
  /** Reads the workbook and shows the fill's confirmation (with the census's Assessment Log rows when asked). */
  readonly planFill: (assessmentLog?: boolean) => Promise<void>;
  readonly keep: () => void;
  readonly fill: () => Promise<void>;
  readonly undo: () => Promise<void>;
}

/**
 * The reconciliation's sources: the workbook's figures (when valid) and DfE's for the council
 * of its Settings; without one, DfE's are loaded for the council the census header names.
 */
async function reconcileSources(
  workbook: PerformanceData | undefined,
): Promise<Pick<AnalyseOptions, "workbook" | "published" | "loadPublished">> {
  const loadPublished = () => loadBenchmarks().catch(() => undefined);
  if (!workbook) return { loadPublished };
  const la = workbook.settings.localAuthority;
  const published = await loadPublished();
  const m = published ? matchCouncil(published, la) : undefined;
  return {
    workbook: { data: workbook, name: "this workbook" },
    ...(published && m && isMatch(m)
      ? {
          published: {
            data: published,
            council: m.council.code,
            councilName: m.council.name,
            from: `named in the workbook's Settings ("${la}")`,
          },
        }
      : {}),
  };
}

/** The state and actions of the Returns tab. */
export function useReturns(getWorkbook: () => Promise<PerformanceData | undefined>): ReturnsControl {
  const [state, dispatch] = useReducer(returnsReducer, INITIAL_RETURNS);
  const files = useRef<readonly PickedFile[]>([]);
  const abort = useRef<AbortController | undefined>(undefined);
  const stateRef = useRef(state);
  stateRef.current = state;

  const choose = useCallback(
    async (picked: readonly PickedFile[], year?: FinancialYear) => {
      if (picked.length === 0) return;
      files.current = picked;
      const controller = new AbortController();
      abort.current = controller;
      dispatch({ type: "choose", files: picked.map((f) => f.name) });
      try {
        const sources = picked.map((f) =>
          fileReturnSource(f, (progress) => dispatch({ type: "progress", progress }), controller.signal),
        );
        const workbook = await getWorkbook().catch(() => undefined);
        // The census's Assessment Log rows are kept in memory with the analysis (never stored) and
        // written only when the officer ticks for them.
        // DfE's rules and the figures after reading run in slices, with progress; Cancel stops them too.
        const analysis = await analyseReturns(sources, {
          assessmentLog: true,
          slicer: cancellableSlicer(controller.signal),
          onProgress: (progress) => dispatch({ type: "checking", progress }),
          ...(year ? { year } : {}),
          ...(await reconcileSources(workbook)),
        });
        if (controller.signal.aborted) throw new ReadCancelled();
        dispatch({ type: "read", analysis, ...(year ? { chosenYear: year } : {}) });
      } catch (e) {
        if (e instanceof ReadCancelled) dispatch({ type: "cancelled" });
        else dispatch({ type: "failed", error: `Reading the files failed: ${errorText(e)}` });
      } finally {
        if (abort.current === controller) abort.current = undefined;
      }
    },
    [getWorkbook],
  );

  const chooseYear = useCallback((year: FinancialYear) => choose(files.current, year), [choose]);
  const cancel = useCallback(() => abort.current?.abort(), []);

  const figures = () => settledOf(stateRef.current)?.analysis.returns.flatMap((r) => r.figures) ?? [];
  const returnName = () =>
    settledOf(stateRef.current)
      ?.analysis.returns.map((r) => r.name)
      .join(" and ") || "the return";
  const log = () => settledOf(stateRef.current)?.analysis.returns.flatMap((r) => r.assessmentLog ?? []) ?? [];

  const planFill = useCallback(async (assessmentLog?: boolean) => {
    try {
      dispatch({
        type: "plan",
        plan: await planFillInExcel(figures(), returnName(), assessmentLog ? log() : undefined),
      });
    } catch (e) {
      dispatch({ type: "failed", error: `Reading the workbook failed: ${errorText(e)}` });
    }
  }, []);

  const keep = useCallback(() => dispatch({ type: "keep" }), []);

  const fill = useCallback(async () => {
    const s = stateRef.current;
    if (s.phase !== "read" || !s.confirm) return;
    const plan = s.confirm;
    dispatch({ type: "fill" });
    try {
      dispatch({ type: "filled", record: await applyReturnsFill(plan) });
    } catch (e) {
      dispatch({ type: "failed", error: `Filling the workbook failed: ${errorText(e)}` });
    }
  }, []);

  const undo = useCallback(async () => {
    const s = stateRef.current;
    if (s.phase !== "filled") return;
    try {
      await undoReturnsFill(s.record);
      dispatch({ type: "undone", note: "Undone: the workbook is as it was before the fill." });
    } catch (e) {
      dispatch({
        type: "failed",
        error: e instanceof FillUndoRefused ? `Undo refused: ${e.message}` : `Undo failed: ${errorText(e)}`,
      });
    }
  }, []);

  return { state, choose, chooseYear, cancel, planFill, keep, fill, undo };
}
