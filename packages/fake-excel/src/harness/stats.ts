/**
 * Types of the fake host's counters, limits and injected faults.
 */
import type { FakeErrorCode } from "../model/errors";

/** Per-sync payload counters. Bytes are the UTF-8 length of the JSON queued/returned. */
export interface FakeExcelStats {
  syncs: number;
  /** One entry per sync: its request bytes and how many statements it carried. */
  requests: { bytes: number; statements: number }[];
  responses: { bytes: number }[];
  /** One entry per load sent, in order: the object's statement path and what was loaded. */
  loads: { path: string; load: unknown }[];
  maxRequestBytes: number;
  maxResponseBytes: number;
}

/** Limits enforced at sync. Defaults are Excel on the web's. */
export interface FakeExcelLimits {
  /** Max bytes per request and per response (5 MB). */
  payloadBytes: number;
  /** Max cells in one range read (5,000,000). */
  cellsPerRead: number;
}

/** A scheduled failure (see {@link FakeWorkbook.failOnSync}). */
export interface SyncFault {
  /** The sync (counted from the workbook's start) that fails; absent for a fault by size. */
  atSync?: number;
  /** Fail the first sync from now carrying at least this many statements (see {@link FakeWorkbook.failOnSyncOfSize}). */
  minStatements?: number;
  code: FakeErrorCode;
  partial: boolean;
  /** Apply statements 0..atStatement-1 of the sync, then fail (see {@link FailOnSyncOptions.atStatement}). */
  atStatement?: number;
}

/** Options of {@link FakeWorkbook.failOnSync}. */
export interface FailOnSyncOptions {
  /** Apply the first half (rounded down) of the sync's queued operations, then throw. */
  partial?: boolean;
  /**
   * Fail at statement index `atStatement` (0-based) of the sync: the statements before it are
   * applied, it and the later ones are not, and no load of the sync delivers. An index equal to
   * (or past) the sync's statement count applies them all and still rejects, as when the reply
   * is lost after Excel has run the batch.
   */
  atStatement?: number;
}
