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

/**
 * The value, or undefined for a {@link CellError}: for a caller that leaves out what cannot be
 * computed rather than showing an error (the report leaves out a headline whose figure is
 * missing, with the reason, instead of printing #DIV/0!).
 */
export function unlessError<T>(x: T | CellError): T | undefined {
  return isCellError(x) ? undefined : x;
}
