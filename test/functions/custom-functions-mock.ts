/**
 * A minimal stand-in for the Office custom-functions runtime's global `CustomFunctions`
 * (Error and ErrorCode only: all the wrappers use). Importing this module installs it.
 */

/** The error codes, with the values the real runtime uses. */
export const ErrorCode = {
  invalidValue: "#VALUE!",
  notAvailable: "#N/A",
  divisionByZero: "#DIV/0!",
  invalidNumber: "#NUM!",
  nullReference: "#NULL!",
  invalidName: "#NAME?",
  invalidReference: "#REF!",
} as const;

/** CustomFunctions.Error as the runtime defines it: a code and an optional message. */
export class MockCustomFunctionsError {
  constructor(
    readonly code: string,
    readonly message?: string,
  ) {}
}

(globalThis as unknown as { CustomFunctions: unknown }).CustomFunctions = {
  Error: MockCustomFunctionsError,
  ErrorCode,
};

/** Runs `f` and returns the CustomFunctions.Error it throws (fails the test when it returns instead). */
export function thrownError(f: () => unknown): MockCustomFunctionsError {
  try {
    f();
  } catch (e) {
    if (e instanceof MockCustomFunctionsError) return e;
    throw e;
  }
  throw new Error("expected a CustomFunctions.Error");
}
