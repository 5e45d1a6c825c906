/**
 * RequestContext, sync and Excel.run for the fake host.
 *
 * Sync semantics (https://learn.microsoft.com/en-us/office/dev/add-ins/excel/excel-add-ins-core-concepts):
 * statements queue on the context and run, in order, when `sync()` is awaited. If a
 * statement fails, the ones before it have been applied, the rest are dropped and the
 * sync rejects with the statement's error (as in Excel). Loaded values are delivered only
 * when the whole sync succeeds.
 *
 * Limits (https://learn.microsoft.com/en-us/office/dev/add-ins/concepts/resource-limits-and-performance-optimization,
 * section "Excel add-ins"): Excel on the web rejects a request or a response larger than
 * 5 MB (RichApi.Error RequestPayloadSizeLimitExceeded / ResponsePayloadSizeLimitExceeded),
 * and a range read is limited to five million cells (we raise RangeExceedsLimit, the code
 * Excel.ErrorCodes documents as "the cell count in the range has exceeded the maximum
 * supported number"). We enforce both on every host, so code that passes here also fits
 * Excel on the web. Payload bytes are the UTF-8 length of the JSON of the queued
 * statements / returned values: an approximation of Office.js's wire format.
 */
import { emulatedExcelApi, gateContext } from "./api-sets";
import { jsonBytes } from "./cells";
import { FakeErrorCodes, officeError } from "./errors";
import { largeResponseFault } from "./read-faults";
import type { PendingOp, ReadResult } from "./proxy";
import { FakeWorkbookObject, FakeApplication } from "./workbook-proxy";
import type { FakeWorkbook } from "./workbook";

/**
 * The fake `Excel.RequestContext`. Pass it where Excel code expects the real one via
 * `excelRun()` / `installGlobalExcel()` (which cast it once at the boundary).
 */
export class FakeRequestContext {
  /** The document this context talks to. */
  readonly host: FakeWorkbook;
  /** `context.workbook`. */
  readonly workbook: FakeWorkbookObject;
  /** `context.application`. */
  readonly application: FakeApplication;
  /** Accepted and ignored: the fake host never invalidates objects between batches. */
  readonly trackedObjects = { add: (_o: unknown): void => undefined, remove: (_o: unknown): void => undefined };
  /** Accepted and ignored. */
  readonly requestHeaders: Record<string, string> = {};
  private pending: PendingOp[] = [];

  constructor(host: FakeWorkbook) {
    this.host = host;
    this.workbook = new FakeWorkbookObject(this);
    this.application = this.workbook.application;
  }

  /** @internal Queues a statement for the next sync. */
  enqueue(op: PendingOp): void {
    this.pending.push(op);
  }

  /** True when statements are waiting for a sync. */
  hasPending(): boolean {
    return this.pending.length > 0;
  }

  /** The queued statements, as JSON strings (`context.debugInfo`). */
  get debugInfo(): { pendingStatements: string[] } {
    return { pendingStatements: this.pending.map((o) => JSON.stringify(o.request)) };
  }

  /** `context.load(object, option)` = `object.load(option)`. */
  load(object: { load(option?: unknown): unknown }, option?: unknown): void {
    object.load(option);
  }

  /** Accepted; trace messages are not recorded. */
  trace(_message: string): void {
    /* no-op */
  }

  /**
   * Sends the queued statements: counts the sync and its payload bytes, enforces the
   * limits, honours injected faults, applies the statements in order and delivers loads.
   */
  async sync<T>(passThroughValue?: T): Promise<T> {
    await Promise.resolve();
    this.runSync();
    return passThroughValue as T;
  }

  private runSync(): void {
    const ops = this.pending;
    this.pending = [];
    const wb = this.host;
    const fault = wb.beginSync(ops.length);
    const requestBytes = jsonBytes(ops.map((o) => o.request));
    wb.stats.requests.push({ bytes: requestBytes, statements: ops.length });
    wb.stats.maxRequestBytes = Math.max(wb.stats.maxRequestBytes, requestBytes);
    for (const o of ops) {
      const r = o.request as { path?: unknown; load?: unknown } | null;
      if (r !== null && typeof r === "object" && "load" in r)
        wb.stats.loads.push({ path: String(r.path), load: r.load });
    }
    const respond = (bytes: number): void => {
      wb.stats.responses.push({ bytes });
      wb.stats.maxResponseBytes = Math.max(wb.stats.maxResponseBytes, bytes);
    };
    if (requestBytes > wb.limits.payloadBytes) {
      respond(0);
      throw officeError(FakeErrorCodes.requestPayloadSizeLimitExceeded, undefined, "RequestContext.sync");
    }
    if (fault) {
      const applied = fault.atStatement ?? (fault.partial ? Math.floor(ops.length / 2) : 0);
      try {
        for (const op of ops.slice(0, applied)) op.apply();
      } catch {
        /* the injected fault is what the caller sees */
      }
      respond(0);
      throw officeError(fault.code, undefined, "RequestContext.sync (injected fault)");
    }
    const results: ReadResult[] = [];
    try {
      for (const op of ops) {
        const r = op.apply();
        if (r) results.push(r);
      }
    } catch (e) {
      respond(0);
      throw e;
    }
    const responseBytes = jsonBytes(results.map((r) => r.payload));
    respond(responseBytes);
    if (responseBytes > wb.limits.payloadBytes) {
      throw officeError(FakeErrorCodes.responsePayloadSizeLimitExceeded, undefined, "RequestContext.sync");
    }
    const refused = largeResponseFault(wb, responseBytes);
    if (refused) throw officeError(refused, undefined, "RequestContext.sync");
    for (const r of results) r.commit();
  }
}

/** The signature of `Excel.run` in its common form. */
export type ExcelRunFn = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/**
 * `Excel.run` bound to a workbook: a fresh context per batch, and a final sync after the
 * batch resolves when statements are still queued (Excel.run does the same). If the
 * batch throws, its queued statements are dropped, as in Excel.
 */
export function excelRun(workbook: FakeWorkbook): ExcelRunFn {
  return async <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => {
    const ctx = new FakeRequestContext(workbook);
    // An emulated ExcelApi version refuses the members above it (api-sets.ts).
    const emulated = emulatedExcelApi(workbook);
    const api = emulated ? gateContext(ctx, emulated) : ctx;
    // The one cast at the host boundary: the fake implements the subset of
    // Excel.RequestContext our add-in uses, checked member by member with Pick<> types.
    const result = await batch(api as unknown as Excel.RequestContext);
    if (ctx.hasPending()) await ctx.sync();
    return result;
  };
}
