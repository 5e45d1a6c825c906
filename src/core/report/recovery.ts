/**
 * When a host may recover an interrupted refresh of the report sheet: one rule, decided from
 * what the host read (its journal, and whether its reserved staging sheets are there). The
 * add-in (src/excel/report.ts) journals each refresh in a document setting; recovery acts only
 * on that journal:
 * - No journal: nothing to recover. Sheets at the reserved staging names are not the add-in's
 *   to delete then (an officer may have made or renamed one, or another tool): they are left
 *   alone, and a refresh, which needs those names, does not start.
 * - A journal this session wrote: recover (finish or undo it).
 * - A journal another session wrote (a co-author in the same workbook, or another window)
 *   less than {@link JOURNAL_FRESH_MS} ago: that refresh may still be running, so it is not
 *   recovered from under it; the officer is told to wait.
 * - A journal another session wrote longer ago, or one without a session or readable time
 *   (written by an older add-in): its refresh is over, finished or interrupted, so it is recovered.
 */

/** How long a journal written by another session is taken to belong to a refresh still running. */
export const JOURNAL_FRESH_MS = 10 * 60 * 1000;

/** Who wrote a journal and when (ISO 8601), as the journal records it; either may be missing in an older one. */
export interface JournalWriter {
  readonly session?: string;
  readonly at?: string;
}

/** What a host does about a refresh left over. */
export type RecoveryAction =
  | { readonly kind: "nothing" }
  | { readonly kind: "leave-reserved" }
  | { readonly kind: "recover" }
  | { readonly kind: "other-session"; readonly minutesAgo: number };

/**
 * Decides what to do about a refresh left over.
 * @param journal the journal's writer, or undefined when there is no (readable) journal.
 * @param reservedSheets whether a sheet at a reserved staging name is in the workbook.
 * @param me this session's id and the time now (ms since the epoch).
 */
export function recoveryAction(
  journal: JournalWriter | undefined,
  reservedSheets: boolean,
  me: { readonly session: string; readonly now: number },
): RecoveryAction {
  if (!journal) return reservedSheets ? { kind: "leave-reserved" } : { kind: "nothing" };
  if (journal.session === undefined || journal.session === me.session) return { kind: "recover" };
  const at = journal.at === undefined ? NaN : Date.parse(journal.at);
  // Without a readable time the journal could never be taken for stale: recover it, as an old one.
  if (Number.isNaN(at)) return { kind: "recover" };
  const age = me.now - at;
  if (age < JOURNAL_FRESH_MS) return { kind: "other-session", minutesAgo: Math.max(0, Math.floor(age / 60000)) };
  return { kind: "recover" };
}
