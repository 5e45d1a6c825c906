/**
 * The validation state shared by the Validate and Report panels: run, progress, the last
 * result, and any failure as text for a MessageBar.
 */
import { useCallback, useRef, useState } from "react";
import type { WorkbookValidation } from "../../excel";
import { type Progress, validateWorkbookInExcel } from "../../excel";
import { errorText } from "../errors";
import { loadBenchmarks } from "../../functions/benchmarks-data";

/** One validation run as the pane shows it: core's result and how many issues are errors. */
export interface PaneValidation extends WorkbookValidation {
  readonly errors: number;
}

/** What {@link useValidation} returns. */
export interface ValidationState {
  readonly running: boolean;
  readonly progress: Progress | undefined;
  readonly result: PaneValidation | undefined;
  readonly error: string | undefined;
  /**
   * Runs a validation. A second call while one runs returns the same promise, unless
   * `fresh` is set: then it waits for that run and starts another, which reads the workbook
   * as it is now (the running one may have read it before the officer's last edit).
   */
  readonly run: (options?: { readonly fresh?: boolean }) => Promise<PaneValidation | undefined>;
  readonly dismissError: () => void;
  /** Stops the running validation at its next progress report; the previous result is kept. */
  readonly cancel: () => void;
  /** True when the last run was cancelled (cleared by the next run). */
  readonly cancelled: boolean;
}

/** Thrown from the progress listener to stop a validation the officer cancelled. */
class Cancelled extends Error {}

/** Validation state and the action that updates it. */
export function useValidation(): ValidationState {
  const [running, setRunning] = useState(false);
  const [progress, setProgress] = useState<Progress | undefined>();
  const [result, setResult] = useState<PaneValidation | undefined>();
  const [error, setError] = useState<string | undefined>();
  const inFlight = useRef<Promise<PaneValidation | undefined> | undefined>(undefined);
  const cancelRequested = useRef(false);
  const [cancelled, setCancelled] = useState(false);

  const start = useCallback((): Promise<PaneValidation | undefined> => {
    const p = (async () => {
      setRunning(true);
      setError(undefined);
      setCancelled(false);
      cancelRequested.current = false;
      setProgress({ done: 0, total: 1, label: "Starting" });
      try {
        // Validation writes nothing, so stopping it part way leaves the workbook as it was.
        // DfE's published figures, to cross-check the workbook's (the add-in's own chunk, loaded
        // on first use); should it fail to load, the workbook is still validated on its own.
        const published = await loadBenchmarks().catch(() => undefined);
        const r = await validateWorkbookInExcel({
          ...(published ? { published } : {}),
          onProgress: (pr) => {
            if (cancelRequested.current) throw new Cancelled("cancelled");
            setProgress(pr);
          },
        });
        const errors = r.issues.filter((i) => i.severity === "error").length;
        const next: PaneValidation = {
          issues: r.issues,
          errors,
          sheets: r.sheets,
          yearsNamed: r.yearsNamed,
          ...(r.data ? { data: r.data } : {}),
        };
        setResult(next);
        return next;
      } catch (e) {
        if (e instanceof Cancelled) setCancelled(true);
        else setError(`Validation failed: ${errorText(e)}`);
        return undefined;
      } finally {
        setRunning(false);
        setProgress(undefined);
        inFlight.current = undefined;
      }
    })();
    inFlight.current = p;
    return p;
  }, []);

  const run = useCallback(
    (options?: { readonly fresh?: boolean }): Promise<PaneValidation | undefined> => {
      const current = inFlight.current;
      if (!current) return start();
      return options?.fresh ? current.then(() => inFlight.current ?? start()) : current;
    },
    [start],
  );

  const dismissError = useCallback(() => setError(undefined), []);
  const cancel = useCallback(() => {
    cancelRequested.current = true;
  }, []);
  return { running, progress, result, error, run, dismissError, cancel, cancelled };
}
