import { validateWorkbook } from "../core/workbook/validate";
import type { Issue } from "../core/workbook/issues";
import type { PerformanceData } from "../core/workbook/model";
import { readWorkbook, type ProgressListener } from "./read";

/** The result of validating the open workbook. */
export interface ValidationResult {
  readonly issues: readonly Issue[];
  /** Present when there is no error: what the report is built from. */
  readonly data?: PerformanceData;
}

/** Reads the open workbook (in chunks) and validates it in core. Writes nothing. */
export async function validateWorkbookInExcel(onProgress?: ProgressListener): Promise<ValidationResult> {
  const raw = await readWorkbook(onProgress);
  return validateWorkbook(raw);
}
