/**
 * A minimal stand-in for the Office custom-functions runtime's global `CustomFunctions`
 * (Error and ErrorCode only: all the wrappers use), the preview's shim. Importing this module installs it.
 */

import { CustomFunctionError, ErrorCode, installCustomFunctionsShim } from "../../preview/custom-functions-shim";

export { ErrorCode };
/** CustomFunctions.Error as the runtime defines it: a code and an optional message. */
export const MockCustomFunctionsError = CustomFunctionError;
export type MockCustomFunctionsError = CustomFunctionError;

installCustomFunctionsShim();

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
