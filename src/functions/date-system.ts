/**
 * The date system of the workbook the custom functions calculate in, as far as the add-in knows.
 *
 * A custom function receives a date as the serial the cell holds, in the workbook's own date
 * system, and Excel shows the serial it returns in that system too; nothing in the call says
 * which system that is ("Custom functions parameter options", learn.microsoft.com/office/dev/
 * add-ins/excel/custom-functions-parameter-options). A function could ask Excel itself (a shared
 * runtime may call Excel.run from a custom function: "Call Excel JavaScript APIs from a custom
 * function"), but an Office.js request made while Excel calculates is reported to hang: context.sync
 * never settling on file load in workbooks with many custom functions (office-js #6150, #6678),
 * functions left at #BUSY! until the task pane does something (office-js #1395), and a large async
 * recalculation never completing when functions call Excel.run (office-js #6841). So the functions
 * never wait on Excel: they stay synchronous and read the system from here, and the pane's code
 * learns it outside any calculation (a probe when the shared runtime starts, and every read of the
 * workbook: src/excel/date-system.ts) and tells this module. If the functions have already answered
 * in another system by then, the learner has Excel recalculate (src/taskpane/date-system.ts).
 *
 * Why a global: the functions and the pane are separate webpack entries in one shared runtime
 * (one window), so a module-level variable would exist once per bundle; the state lives on
 * `globalThis` under a registered symbol both resolve to (as the ribbon's command bus does).
 */
import { type DateSystem } from "../core/dates";

interface DateSystemState {
  /** What the pane's code last learnt, or undefined before it has. */
  known: DateSystem | undefined;
  /** The systems the functions have answered in (less those a recalculation has done away with). */
  readonly answeredIn: Set<DateSystem>;
}

const KEY = Symbol.for("csc.functions.dateSystem");

function state(): DateSystemState {
  const g = globalThis as unknown as Record<symbol, DateSystemState | undefined>;
  let s = g[KEY];
  if (!s) {
    s = { known: undefined, answeredIn: new Set() };
    g[KEY] = s;
  }
  return s;
}

/**
 * The system a function should read its dates in: the one learnt, or the 1900 system (Excel's
 * default on every platform) until then. Noted as answered in, so a later discovery that the
 * workbook is otherwise knows there are results to recalculate.
 */
export function functionsDateSystem(): DateSystem {
  const s = state();
  const system = s.known ?? "1900";
  s.answeredIn.add(system);
  return system;
}

/**
 * Records the workbook's date system, as the pane's code has read it.
 * @returns true when the functions have answered in another system and no recalculation has
 * been done since ({@link recalculatedIn}): their results are wrong until Excel recalculates.
 */
export function learnDateSystem(system: DateSystem): boolean {
  const s = state();
  s.known = system;
  return [...s.answeredIn].some((a) => a !== system);
}

/**
 * Records that Excel has recalculated every formula since the functions learnt `system`: their
 * answers in any other system are gone.
 */
export function recalculatedIn(system: DateSystem): void {
  const s = state();
  for (const a of [...s.answeredIn]) if (a !== system) s.answeredIn.delete(a);
}

/** Forgets what was learnt and answered (tests: each starts as a freshly loaded runtime). */
export function resetDateSystem(): void {
  const s = state();
  s.known = undefined;
  s.answeredIn.clear();
}
