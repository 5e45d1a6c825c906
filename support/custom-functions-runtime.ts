/**
 * Outside Excel (the preview, Jest) there is no CustomFunctions runtime, yet the custom functions' wrappers
 * (src/functions/convert.ts) build `CustomFunctions.Error` values. This defines the small
 * part they use, with Office's own ErrorCode strings, and a no-op `associate` (the metadata
 * plugin's loader appends associate calls to functions.ts). Imported first by the preview; the unit tests and the HyperFormula plugin use it too.
 *
 * It models two things Excel does that the functions must live with:
 * - only #VALUE! and #N/A show a custom message; any other code is shown bare
 *   (https://learn.microsoft.com/office/dev/add-ins/excel/custom-functions-errors:
 *   "The #VALUE! and #N/A errors also support custom error messages"), so the shim's
 *   error drops the message of every other code;
 * - a blank cell reaches a custom function as null on the web and as 0 on Windows desktop
 *   (office-js #4702 https://github.com/OfficeDev/office-js/issues/4702, office-js #5262 for range
 *   arguments, office-js #1951), so tests run each function as both platforms deliver it.
 */

/** Office's CustomFunctions.ErrorCode values are the error literals Excel shows. */
export const ErrorCode = {
  invalidValue: "#VALUE!",
  notAvailable: "#N/A",
  divisionByZero: "#DIV/0!",
  invalidNumber: "#NUM!",
  nullReference: "#NULL!",
  invalidName: "#NAME?",
  invalidReference: "#REF!",
} as const;

/** The codes whose custom message Excel shows (custom-functions-errors, above). */
export const CODES_WITH_MESSAGE: ReadonlySet<string> = new Set([ErrorCode.invalidValue, ErrorCode.notAvailable]);

/**
 * Stand-in for CustomFunctions.Error: an Error carrying an Excel error code. `message` is
 * what the user can see: the custom message for #VALUE! and #N/A, "" for any other code.
 */
export class CustomFunctionError extends Error {
  constructor(
    readonly code: string,
    message?: string,
  ) {
    super(CODES_WITH_MESSAGE.has(code) ? (message ?? "") : "");
    this.name = "CustomFunctions.Error";
  }
}

/** Where the add-in's functions run, as far as blank cells are concerned. */
export type Platform = "web" | "desktop";

/** Both platforms, for tests that run each case on each. */
export const PLATFORMS: readonly Platform[] = ["web", "desktop"];

/** What a custom function receives for a blank cell: null on the web, 0 on Windows desktop (office-js #4702, office-js #5262, office-js #1951). */
export function blankCell(platform: Platform): null | 0 {
  return platform === "web" ? null : 0;
}

/**
 * Installs the shim unless a real runtime is present. Outside Excel the real Office.js (which
 * the preview loads) defines a `CustomFunctions` object without `Error` and `ErrorCode`: that
 * is not a runtime, so the shim's members are added to it.
 */
export function installCustomFunctionsShim(): void {
  const g = globalThis as unknown as Record<string, unknown>;
  const existing = g.CustomFunctions as Record<string, unknown> | undefined;
  if (existing?.Error !== undefined && existing.ErrorCode !== undefined) return;
  g.CustomFunctions = { associate: () => undefined, ...existing, Error: CustomFunctionError, ErrorCode };
}

installCustomFunctionsShim();
