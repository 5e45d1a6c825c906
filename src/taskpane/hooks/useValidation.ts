/**
 * The validation state shared by the Validate and Report panels: run, progress, the last
 * result, and any failure as text for a MessageBar.
 */
import { useCallback, useRef, useState } from "react";
import type { PerformanceData } from "../../core/workbook/model";
import type { Issue } from "../../core/workbook/issues";
import { type Progress, validateWorkbookInExcel } from "../../excel";
import { errorText } from "../errors";
import { loadBenchmarks } from "../../functions/benchmarks-data";

/** The outcome of one validation run. */
export interface ValidationResult {
  readonly issues: readonly Issue[];
  readonly data?: PerformanceData;
  readonly errors: number;
}

/** What {@link useValidation} returns. */
export interface ValidationState {
  readonly running: boolean;
  readonly progress: Progress | undefined;
  readonly result: ValidationResult | undefined;
  readonly error: string | undefined;
  /**
   * Runs a validation. A second call while one runs returns the same promise, unless
   * `fresh` is set: then it waits for that run and starts another, which reads the workbook
   * as it is now (the running one may have read it before the officer's last edit).
   */
  readonly run: (options?: { readonly fresh?: boolean }) => Promise<ValidationResult | undefined>;
  readonly dismissError: () => void;
}

/** Validation state and the action that updates it. */
export function useValidation(): ValidationState {
  const [running, setRunning] = useState(false);
  const [progress, setProgress] = useState<Progress | undefined>();
  const [result, setResult] = useState<ValidationResult | undefined>();
  const [error, setError] = useState<string | undefined>();
  const inFlight = useRef<Promise<ValidationResult | undefined> | undefined>(undefined);

  const start = useCallback((): Promise<ValidationResult | undefined> => {
    const p = (async () => {
      setRunning(true);
      setError(undefined);
      setProgress({ done: 0, total: 1, label: "Starting" });
      try {
        // DfE's published figures, to cross-check the workbook's (the add-in's own chunk, loaded
        // on first use); should it fail to load, the workbook is still validated on its own.
        const published = await loadBenchmarks().catch(() => undefined);
        const r = await validateWorkbookInExcel({
          onProgress: (pr) => setProgress(pr),
          ...(published ? { published } : {}),
        });
        const errors = r.issues.filter((i) => i.severity === "error").length;
        const next: ValidationResult = { issues: r.issues, errors, ...(r.data ? { data: r.data } : {}) };
        setResult(next);
        return next;
      } catch (e) {
        setError(`Validation failed: ${errorText(e)}`);
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
    (options?: { readonly fresh?: boolean }): Promise<ValidationResult | undefined> => {
      const current = inFlight.current;
      if (!current) return start();
      return options?.fresh ? current.then(() => inFlight.current ?? start()) : current;
    },
    [start],
  );

  const dismissError = useCallback(() => setError(undefined), []);
  return { running, progress, result, error, run, dismissError };
}
