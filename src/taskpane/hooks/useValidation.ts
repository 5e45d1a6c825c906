/**
 * The validation state shared by the Validate and Report panels: run, progress, the last
 * result, and any failure as text for a MessageBar.
 */
import { useCallback, useRef, useState } from "react";
import type { PerformanceData } from "../../core/workbook/model";
import type { Issue } from "../../core/workbook/issues";
import { type Progress, validateWorkbookInExcel } from "../../excel";
import { errorText } from "../errors";

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
  /** Runs a validation (a second call while one runs returns the same promise). */
  readonly run: () => Promise<ValidationResult | undefined>;
  readonly dismissError: () => void;
}

/** Validation state and the action that updates it. */
export function useValidation(): ValidationState {
  const [running, setRunning] = useState(false);
  const [progress, setProgress] = useState<Progress | undefined>();
  const [result, setResult] = useState<ValidationResult | undefined>();
  const [error, setError] = useState<string | undefined>();
  const inFlight = useRef<Promise<ValidationResult | undefined> | undefined>(undefined);

  const run = useCallback((): Promise<ValidationResult | undefined> => {
    if (inFlight.current) return inFlight.current;
    const p = (async () => {
      setRunning(true);
      setError(undefined);
      setProgress({ done: 0, total: 1, label: "Starting" });
      try {
        const r = await validateWorkbookInExcel({ onProgress: (pr) => setProgress(pr) });
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

  const dismissError = useCallback(() => setError(undefined), []);
  return { running, progress, result, error, run, dismissError };
}
