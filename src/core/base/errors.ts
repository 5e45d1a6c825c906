/**
 * Spreadsheet errors as values, not exceptions (the HyperFormula `CellError` style):
 * core functions return a `CellError` and only the custom-function wrappers in
 * `src/functions` turn it into `CustomFunctions.Error`.
 */

/** The Excel error kinds the core can produce. */
export type CellErrorType = "#VALUE!" | "#DIV/0!" | "#NUM!" | "#N/A";

/** An Excel error value with a message a person can act on. */
export class CellError {
  constructor(
    readonly type: CellErrorType,
    readonly message: string,
  ) {}
}

/** True when `x` is a {@link CellError}. */
export function isCellError(x: unknown): x is CellError {
  return x instanceof CellError;
}
