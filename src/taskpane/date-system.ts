/**
 * Keeps the custom functions reading dates in the workbook's date system. They cannot ask Excel
 * themselves while it calculates (src/functions/date-system.ts), so the pane's code, which runs
 * in the same shared runtime from the moment it starts (with the pane shown or not), tells them:
 * it reads the system once at start-up and hears it again from every read of the workbook
 * (src/excel/date-system.ts). When the functions have already answered in the other system (a
 * 1904 workbook whose formulas Excel calculated before the start-up read came back), it has Excel
 * recalculate every formula, once; should that fail (Excel refuses requests while a cell is being
 * edited), the next read of the system tries again.
 */
import { onDateSystemRead, readDateSystem, recalculateAllFormulas } from "../excel";
import { learnDateSystem, recalculatedIn } from "../functions/date-system";
import type { DateSystem } from "../core/dates";

let recalculating: Promise<void> | undefined;

/** Passes `system` to the functions, and has Excel recalculate when their answers are stale. */
function learn(system: DateSystem): void {
  if (!learnDateSystem(system) || recalculating) return;
  recalculating = recalculateAllFormulas()
    .then(() => recalculatedIn(system))
    .catch(() => undefined) // still stale: the next read of the system asks again
    .finally(() => (recalculating = undefined));
}

/**
 * Starts following the workbook's date system: from now on every read of it reaches the custom
 * functions, and one read starts at once (its failure, e.g. with no workbook, is no error: the
 * functions keep to the 1900 system until a later read).
 * @returns a function that stops following, and a promise of the start-up read's end (tests).
 */
export function followWorkbookDateSystem(): { stop: () => void; started: Promise<void> } {
  const stop = onDateSystemRead(learn);
  const started = readDateSystem().then(
    () => recalculating,
    () => undefined,
  );
  return { stop, started };
}
