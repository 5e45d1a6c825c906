/**
 * FakeWorkbook: the document model (model/workbook.ts) with what a test harness adds around
 * it: injected sync faults, the payload and cell-read limits, the counters in `stats`, saving
 * and reopening, snapshots, and custom functions whose results arrive later (`#BUSY!`). It is
 * the host the proxies' request context talks to (proxy/context.ts's ProxyHost).
 */
import { largeResponseFault } from "./read-faults";
import { jsonBytes } from "../model/cells";
import { FakeErrorCodes, type FakeErrorCode, officeError } from "../model/errors";
import type { Json, SheetState } from "../model/state";
import { WorkbookModel } from "../model/workbook";
import type { PendingOp, ProxyHost } from "../proxy/client-object";
import { applyStatements } from "../proxy/context";
import { type CustomFunctionOptions, CustomFunctionResults } from "./custom-functions";
import { openWorkbookInto, saveWorkbook, type SavedWorkbook } from "./persist";
import { snapshotWorkbook } from "./snapshot";
import type { FailOnSyncOptions, FakeExcelLimits, FakeExcelStats, SyncFault } from "./stats";

/** The in-memory workbook a test or the preview drives through Excel.run (see the package README). */
export class FakeWorkbook extends WorkbookModel implements ProxyHost {
  /**
   * Optional chart renderer for `Chart.getImage()`: the PNG (base64) of a chart, or undefined
   * when it has none ready. The host draws no charts itself, so without it getImage gives a
   * 1x1 placeholder; the browser preview sets it to a canvas render of the chart it shows.
   */
  chartImage: ((sheetName: string, chartName: string) => string | undefined) | undefined;
  /** Custom functions whose results arrive later (custom-functions.ts); none until {@link useCustomFunctions}. */
  private customFunctions: CustomFunctionResults | undefined;
  readonly limits: FakeExcelLimits = { payloadBytes: 5_000_000, cellsPerRead: 5_000_000 };
  stats: FakeExcelStats = FakeWorkbook.emptyStats();
  private readonly faults: SyncFault[] = [];

  /** Opens a saved document (see persist.ts): the same content, every object with a new id. */
  static open(saved: SavedWorkbook): FakeWorkbook {
    const wb = new FakeWorkbook();
    openWorkbookInto(wb, saved);
    return wb;
  }

  /** The document as a file would hold it (see persist.ts). */
  save(): SavedWorkbook {
    return saveWorkbook(this);
  }

  /**
   * Closes and reopens the document: a new workbook with this one's content and new object
   * ids, keeping the limits (they belong to the host). A formula evaluator is bound to one
   * document, so the caller attaches a new one if needed.
   */
  reopen(): FakeWorkbook {
    const wb = FakeWorkbook.open(this.save());
    Object.assign(wb.limits, this.limits);
    return wb;
  }

  private static emptyStats(): FakeExcelStats {
    return { syncs: 0, requests: [], responses: [], loads: [], maxRequestBytes: 0, maxResponseBytes: 0 };
  }

  /** Zeroes the counters. */
  resetStats(): void {
    this.stats = FakeWorkbook.emptyStats();
  }

  // ---- custom functions ------------------------------------------------------------

  /**
   * Models the custom functions of `options.namespaces` as Excel runs them: a formula written
   * through Office.js that calls one reads `#BUSY!` until its result arrives (custom-functions.ts).
   */
  useCustomFunctions(options: CustomFunctionOptions): void {
    this.customFunctions = new CustomFunctionResults(options);
  }

  /** Every custom-function result still awaited arrives now (for `resultAfterSyncs: "manual"`). */
  settleCustomFunctions(): void {
    this.customFunctions?.settle();
  }

  // ---- fault injection ----------------------------------------------------------

  /**
   * Makes the `n`th sync from now (1-based) fail with `code`. By default the failing sync
   * applies none of its queued operations (atomic). Real Excel may stop part-way through
   * a batch, so `{ partial: true }` applies the first half of the queued operations and
   * then throws, to prove callers survive a half-applied batch; `{ atStatement: k }` applies
   * exactly the statements before index k. A batch is not a transaction: Excel runs the queued
   * statements in order and stops at the first that fails, leaving the earlier ones applied
   * (https://learn.microsoft.com/en-us/office/dev/add-ins/excel/excel-add-ins-core-concepts,
   * https://learn.microsoft.com/en-us/office/dev/add-ins/testing/application-specific-api-error-handling).
   */
  failOnSync(n: number, code: FakeErrorCode = FakeErrorCodes.generalException, options: FailOnSyncOptions = {}): void {
    if (!Number.isInteger(n) || n < 1) throw new RangeError("failOnSync: n must be a positive integer");
    const { atStatement } = options;
    if (atStatement !== undefined && (!Number.isInteger(atStatement) || atStatement < 0)) {
      throw new RangeError("failOnSync: atStatement must be a non-negative integer");
    }
    this.faults.push({
      atSync: this.stats.syncs + n,
      code,
      partial: options.partial ?? false,
      ...(atStatement === undefined ? {} : { atStatement }),
    });
  }

  /**
   * Makes the first sync from now that carries at least `minStatements` statements fail, with
   * the same options as {@link failOnSync}. For tests that target a batch by what it does (the
   * large commit of a refresh) rather than by how many syncs come before it, which depends on
   * the reading and validating the pane does first.
   */
  failOnSyncOfSize(
    minStatements: number,
    code: FakeErrorCode = FakeErrorCodes.generalException,
    options: FailOnSyncOptions = {},
  ): void {
    if (!Number.isInteger(minStatements) || minStatements < 1)
      throw new RangeError("failOnSyncOfSize: minStatements must be a positive integer");
    const { atStatement } = options;
    if (atStatement !== undefined && (!Number.isInteger(atStatement) || atStatement < 0)) {
      throw new RangeError("failOnSyncOfSize: atStatement must be a non-negative integer");
    }
    this.faults.push({
      minStatements,
      code,
      partial: options.partial ?? false,
      ...(atStatement === undefined ? {} : { atStatement }),
    });
  }

  /**
   * Called by the context at each sync with its statement count: counts the sync and returns
   * the fault scheduled for it, if any.
   */
  beginSync(statements = 0): SyncFault | undefined {
    this.stats.syncs++;
    const i = this.faults.findIndex(
      (f) => f.atSync === this.stats.syncs || (f.minStatements !== undefined && statements >= f.minStatements),
    );
    if (i < 0) return undefined;
    const [fault] = this.faults.splice(i, 1);
    return fault;
  }

  /** Deep JSON of the whole document (not the stats), for "nothing changed" assertions. */
  snapshot(): Json {
    return snapshotWorkbook(this);
  }

  // ---- the model's hooks -------------------------------------------------------------

  protected override pendingValue(sheet: SheetState, row: number, col: number): boolean {
    // A custom function's result has not arrived yet (custom-functions.ts).
    return this.customFunctions?.busy(sheet, row, col, this.stats.syncs) ?? false;
  }

  protected override cellTyped(sheet: SheetState, row: number, col: number, formula: string | undefined): void {
    this.customFunctions?.written(sheet, row, col, formula, this.stats.syncs);
  }

  // ---- one sync ------------------------------------------------------------------------

  /**
   * Runs one sync's statements (proxy/context.ts): counts the sync and its payload bytes,
   * enforces the limits, honours injected faults, applies the statements in order and
   * delivers loads. Limits (https://learn.microsoft.com/en-us/office/dev/add-ins/concepts/resource-limits-and-performance-optimization,
   * section "Excel add-ins"): Excel on the web rejects a request or a response larger than
   * 5 MB (RequestPayloadSizeLimitExceeded / ResponsePayloadSizeLimitExceeded). We enforce it
   * on every host, so code that passes here also fits Excel on the web. Payload bytes are the
   * UTF-8 length of the JSON of the queued statements / returned values: an approximation of
   * Office.js's wire format.
   */
  runStatements(ops: PendingOp[]): void {
    const fault = this.beginSync(ops.length);
    const requestBytes = jsonBytes(ops.map((o) => o.request));
    this.stats.requests.push({ bytes: requestBytes, statements: ops.length });
    this.stats.maxRequestBytes = Math.max(this.stats.maxRequestBytes, requestBytes);
    for (const o of ops) {
      const r = o.request as { path?: unknown; load?: unknown } | null;
      if (r !== null && typeof r === "object" && "load" in r)
        this.stats.loads.push({ path: String(r.path), load: r.load });
    }
    const respond = (bytes: number): void => {
      this.stats.responses.push({ bytes });
      this.stats.maxResponseBytes = Math.max(this.stats.maxResponseBytes, bytes);
    };
    if (requestBytes > this.limits.payloadBytes) {
      respond(0);
      throw officeError(FakeErrorCodes.requestPayloadSizeLimitExceeded, undefined, "RequestContext.sync");
    }
    if (fault) {
      const applied = fault.atStatement ?? (fault.partial ? Math.floor(ops.length / 2) : 0);
      try {
        applyStatements(ops.slice(0, applied));
      } catch {
        /* the injected fault is what the caller sees */
      }
      respond(0);
      throw officeError(fault.code, undefined, "RequestContext.sync (injected fault)");
    }
    let results;
    try {
      results = applyStatements(ops);
    } catch (e) {
      respond(0);
      throw e;
    }
    const responseBytes = jsonBytes(results.map((r) => r.payload));
    respond(responseBytes);
    if (responseBytes > this.limits.payloadBytes) {
      throw officeError(FakeErrorCodes.responsePayloadSizeLimitExceeded, undefined, "RequestContext.sync");
    }
    const refused = largeResponseFault(this, responseBytes);
    if (refused) throw officeError(refused, undefined, "RequestContext.sync");
    for (const r of results) r.commit();
  }
}

export type { FailOnSyncOptions, FakeExcelLimits, FakeExcelStats, SyncFault };
