/**
 * Errors shaped like the ones Office.js raises: `OfficeExtension.Error` with name
 * "RichApi.Error", a `code` from `Excel.ErrorCodes` / `OfficeExtension.ErrorCodes`, and
 * `debugInfo`. See
 * https://learn.microsoft.com/en-us/office/dev/add-ins/testing/application-specific-api-error-handling
 */

/** The error codes the fake host raises (string values as in Excel.ErrorCodes). */
export const FakeErrorCodes = {
  accessDenied: "AccessDenied",
  apiNotFound: "ApiNotFound",
  generalException: "GeneralException",
  invalidArgument: "InvalidArgument",
  invalidOperation: "InvalidOperation",
  invalidReference: "InvalidReference",
  invalidSelection: "InvalidSelection",
  itemAlreadyExists: "ItemAlreadyExists",
  itemNotFound: "ItemNotFound",
  propertyNotLoaded: "PropertyNotLoaded",
  valueNotLoaded: "ValueNotLoaded",
  invalidObjectPath: "InvalidObjectPath",
  rangeExceedsLimit: "RangeExceedsLimit",
  requestPayloadSizeLimitExceeded: "RequestPayloadSizeLimitExceeded",
  responsePayloadSizeLimitExceeded: "ResponsePayloadSizeLimitExceeded",
  unsupportedOperation: "UnsupportedOperation",
} as const;

/** One of {@link FakeErrorCodes}, or any other code a test injects. */
export type FakeErrorCode = (typeof FakeErrorCodes)[keyof typeof FakeErrorCodes] | (string & {});

const DEFAULT_MESSAGES: Record<string, string> = {
  GeneralException: "There was an internal error while processing the request.",
  InvalidArgument: "The argument is invalid or missing or has an incorrect format.",
  InvalidOperation: "The operation attempted is invalid on the object.",
  InvalidReference: "This reference is not valid for the current operation.",
  ItemAlreadyExists: "The resource being created already exists.",
  ItemNotFound: "The requested resource doesn't exist.",
  InvalidObjectPath: "The object path isn't working for what you're trying to do.",
  RangeExceedsLimit:
    "The cell count in the range has exceeded the maximum supported number. See the Resource limits and performance optimization for Office Add-ins article for more information.",
  RequestPayloadSizeLimitExceeded:
    "The request payload size has exceeded the limit. See the Resource limits and performance optimization for Office Add-ins article for more information.",
  ResponsePayloadSizeLimitExceeded:
    "The response payload size has exceeded the limit. See the Resource limits and performance optimization for Office Add-ins article for more information.",
};

/**
 * An `OfficeExtension.Error` look-alike. `instanceof Error` holds (so Jest prints it well),
 * and `name`, `code`, `message`, `debugInfo`, `traceMessages` match the real object.
 */
export class FakeOfficeError
  extends Error
  implements Pick<OfficeExtension.Error, "name" | "code" | "message" | "debugInfo" | "traceMessages">
{
  /** Always "RichApi.Error", as Office.js reports API errors. */
  override name = "RichApi.Error";
  /** The Excel.ErrorCodes string. */
  code: string;
  /** Code, message and where the failing statement was. */
  debugInfo: OfficeExtension.DebugInfo;
  /** Office.js fills this from `context.trace()`; always empty here. */
  traceMessages: string[] = [];

  constructor(code: FakeErrorCode, message?: string, errorLocation?: string) {
    const msg = message ?? DEFAULT_MESSAGES[code] ?? code;
    super(msg);
    this.code = code;
    this.debugInfo = errorLocation === undefined ? { code, message: msg } : { code, message: msg, errorLocation };
  }
}

/** Creates an error with the given code. */
export function officeError(code: FakeErrorCode, message?: string, errorLocation?: string): FakeOfficeError {
  return new FakeOfficeError(code, message, errorLocation);
}

/** InvalidArgument with an optional detail message. */
export function invalidArgument(message?: string, errorLocation?: string): FakeOfficeError {
  return officeError(FakeErrorCodes.invalidArgument, message, errorLocation);
}

/** ItemNotFound with an optional detail message. */
export function itemNotFound(message?: string, errorLocation?: string): FakeOfficeError {
  return officeError(FakeErrorCodes.itemNotFound, message, errorLocation);
}

/** Type guard for errors raised by the fake host (or anything with a string `code`). */
export function isOfficeError(e: unknown): e is FakeOfficeError {
  return typeof e === "object" && e !== null && typeof (e as { code?: unknown }).code === "string";
}
