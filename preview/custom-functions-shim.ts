/**
 * Outside Excel (the preview, Jest) there is no CustomFunctions runtime, yet the custom functions' wrappers
 * (src/functions/convert.ts) build `CustomFunctions.Error` values. This defines the small
 * part they use, with Office's own ErrorCode strings, and a no-op `associate` (the metadata
 * plugin's loader appends associate calls to functions.ts). Imported first by the preview; the unit tests use it too.
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

/** Stand-in for CustomFunctions.Error: an Error carrying an Excel error code. */
export class CustomFunctionError extends Error {
  constructor(
    readonly code: string,
    message?: string,
  ) {
    super(message ?? code);
    this.name = "CustomFunctions.Error";
  }
}

/** Installs the shim unless a real runtime is present. */
export function installCustomFunctionsShim(): void {
  const g = globalThis as unknown as Record<string, unknown>;
  if (g.CustomFunctions !== undefined) return;
  g.CustomFunctions = { Error: CustomFunctionError, ErrorCode, associate: () => undefined };
}

installCustomFunctionsShim();
