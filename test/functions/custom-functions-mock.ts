/**
 * A minimal stand-in for the Office custom-functions runtime's global `CustomFunctions`
 * (Error and ErrorCode only: all the wrappers use), the preview's shim. Importing this
 * module installs it. Also: a BLANK marker for a blank cell in a test's arguments, turned
 * into what each platform passes (null on the web, 0 on Windows desktop).
 */

import {
  blankCell,
  CustomFunctionError,
  installCustomFunctionsShim,
  PLATFORMS,
  type Platform,
} from "../../support/custom-functions-runtime";

export { blankCell, PLATFORMS, type Platform };
/** CustomFunctions.Error as the runtime defines it: a code and a message (kept for #VALUE! and #N/A only). */
export const MockCustomFunctionsError = CustomFunctionError;
export type MockCustomFunctionsError = CustomFunctionError;

installCustomFunctionsShim();

/** A blank cell in a test's arguments (an omitted argument is null, on both platforms). */
export const BLANK: unique symbol = Symbol("blank cell");

/** An argument as `platform` delivers it: each BLANK, in a range too, becomes that platform's blank. */
export function delivered(value: unknown, platform: Platform): unknown {
  if (value === BLANK) return blankCell(platform);
  return Array.isArray(value) ? value.map((v: unknown) => delivered(v, platform)) : value;
}

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
