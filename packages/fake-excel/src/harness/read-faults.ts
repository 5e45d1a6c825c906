/**
 * Large reads that Excel refuses with `GeneralException` rather than a payload code.
 *
 * Excel on the web documents a 5 MB limit and `ResponsePayloadSizeLimitExceeded` for a
 * response over it (learn.microsoft.com/office/dev/add-ins/concepts/
 * resource-limits-and-performance-optimization), which the context enforces on its own. But a
 * large read is also reported failing with the generic internal error well below that: "Internal
 * Server Error when getting values of a huge range in Excel Online" (office-js-docs #1247,
 * 20,000 rows of 250 characters) and `GeneralException` "An internal error has occurred" on
 * large batches that a smaller batch then passes (office-js #1012). Microsoft documents
 * `GeneralException` only as "There was an internal error while processing the request"
 * (Excel.ErrorCodes, learn.microsoft.com/office/dev/add-ins/testing/application-specific-api-error-handling),
 * so where the threshold lies is unknown: a test chooses it.
 *
 * {@link failLargeResponses} makes the host refuse, with `GeneralException` (or another code),
 * every sync whose response would be larger than a threshold, as the documented limit does but
 * lower and with the generic code. As with the documented limit, the batch's statements have run and
 * only its loads are lost.
 */
import { FakeErrorCodes, type FakeErrorCode } from "../model/errors";

/** Options of {@link failLargeResponses}. */
export interface LargeResponseFault {
  /** Responses larger than this many bytes (UTF-8 of their JSON) fail. */
  readonly overBytes: number;
  /** The code they fail with: GeneralException unless given. */
  readonly code?: FakeErrorCode;
  /** How many syncs fail at most (every one over the threshold unless given). */
  readonly times?: number;
}

interface FaultState {
  overBytes: number;
  code: FakeErrorCode;
  left: number;
}

const faults = new WeakMap<object, FaultState>();

/**
 * From now on, a sync of `wb` whose response would exceed `fault.overBytes` bytes rejects with
 * `fault.code` (GeneralException) instead of delivering, up to `fault.times` times. Pass
 * `undefined` to stop.
 */
export function failLargeResponses(wb: object, fault: LargeResponseFault | undefined): void {
  if (!fault) {
    faults.delete(wb);
    return;
  }
  if (!(fault.overBytes >= 0)) throw new RangeError("failLargeResponses: overBytes must be 0 or more");
  faults.set(wb, {
    overBytes: fault.overBytes,
    code: fault.code ?? FakeErrorCodes.generalException,
    left: fault.times ?? Infinity,
  });
}

/**
 * @internal Called by the context with a sync's response size: the code to fail it with, or
 * undefined to deliver.
 */
export function largeResponseFault(wb: object, responseBytes: number): FakeErrorCode | undefined {
  const f = faults.get(wb);
  if (!f || f.left <= 0 || responseBytes <= f.overBytes) return undefined;
  f.left--;
  return f.code;
}
