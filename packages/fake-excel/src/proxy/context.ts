/**
 * The fake host's RequestContext and its sync.
 *
 * Sync semantics (https://learn.microsoft.com/en-us/office/dev/add-ins/excel/excel-add-ins-core-concepts):
 * statements queue on the context and run, in order, when `sync()` is awaited. If a
 * statement fails, the ones before it have been applied, the rest are dropped and the
 * sync rejects with the statement's error (as in Excel). Loaded values are delivered only
 * when the whole sync succeeds.
 *
 * What the host adds around a sync (counters, payload limits, injected faults) is the
 * harness's (harness/workbook.ts); Excel.run with its API-set gate is harness/run.ts.
 */
import type { PendingOp, ProxyContext, ProxyHost, ReadResult } from "./client-object";
import { FakeWorkbookObject, FakeApplication } from "./workbook-proxy";

/**
 * The fake `Excel.RequestContext`. Pass it where Excel code expects the real one via
 * `excelRun()` / `installGlobalExcel()` (which cast it once at the boundary).
 */
export class FakeRequestContext implements ProxyContext {
  /** The document this context talks to. */
  readonly host: ProxyHost;
  /** `context.workbook`. */
  readonly workbook: FakeWorkbookObject;
  /** `context.application`. */
  readonly application: FakeApplication;
  /** Accepted and ignored: the fake host never invalidates objects between batches. */
  readonly trackedObjects = { add: (_o: unknown): void => undefined, remove: (_o: unknown): void => undefined };
  /** Accepted and ignored. */
  readonly requestHeaders: Record<string, string> = {};
  private pending: PendingOp[] = [];

  constructor(host: ProxyHost) {
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

  /** One sync: the host runs the statements queued since the last (harness/workbook.ts). */
  private runSync(): void {
    const ops = this.pending;
    this.pending = [];
    this.host.runStatements(ops);
  }
}

/**
 * Applies statements in order and returns the reads to deliver. A batch is not a transaction:
 * the first statement that throws stops it, the ones before it stay applied and its error is
 * the sync's; the caller delivers the reads only when every statement ran.
 */
export function applyStatements(ops: readonly PendingOp[]): ReadResult[] {
  const results: ReadResult[] = [];
  for (const op of ops) {
    const r = op.apply();
    if (r) results.push(r);
  }
  return results;
}
