/**
 * The workbook's date system through Office.js, for the reader and for the custom functions.
 *
 * Office.js has no released member for the system (`Workbook.use1904DateSystem` is in the preview
 * set only, "ExcelApi BETA (PREVIEW ONLY)"), but `Workbook.functions` (ExcelApi 1.2) evaluates a
 * worksheet function without writing a cell ("Call built-in Excel worksheet functions",
 * learn.microsoft.com/office/dev/add-ins/excel/call-built-in-functions), and DATE's year is "a
 * number from 1900 or 1904 (depending on the workbook's date system)" (Excel.Functions.date):
 * DATE(1904, 1, 1) is 0 in a 1904 workbook and 1462 in a 1900 one.
 *
 * Every time the add-in learns the system (the reader's first request, or {@link readDateSystem})
 * it tells the listeners registered with {@link onDateSystemRead}: the task pane passes it on to
 * the custom functions, which cannot ask Excel themselves while it calculates
 * (src/functions/date-system.ts).
 */
import type { DateSystem } from "../core/dates";

/** Queues DATE(1904, 1, 1) in `context`'s next request: the probe of the date system. */
export function queueDateSystemProbe(context: Excel.RequestContext): Excel.FunctionResult<number> {
  return context.workbook.functions.date(1904, 1, 1).load("value,error");
}

/**
 * The system a synced probe shows: "1904" when DATE(1904,1,1) is 0, "1900" when it is 1462, and
 * undefined when Excel answered anything else (an error, which the reader takes for the default
 * 1900 system, but which teaches the functions nothing).
 */
export function probedDateSystem(probe: Excel.FunctionResult<number>): DateSystem | undefined {
  if (probe.error) return undefined;
  return probe.value === 0 ? "1904" : probe.value === 1462 ? "1900" : undefined;
}

type DateSystemListener = (system: DateSystem) => void;
const listeners = new Set<DateSystemListener>();

/**
 * Calls `listener` with the date system each time the add-in reads it from the workbook.
 * @returns a function that stops the calls.
 */
export function onDateSystemRead(listener: DateSystemListener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Tells the listeners what a synced probe showed (nothing when it showed nothing). */
export function reportDateSystem(probe: Excel.FunctionResult<number>): DateSystem | undefined {
  const system = probedDateSystem(probe);
  if (system) for (const listener of [...listeners]) listener(system);
  return system;
}

/** Reads the workbook's date system in a request of its own, and tells the listeners. */
export async function readDateSystem(): Promise<DateSystem | undefined> {
  return Excel.run(async (context) => {
    const probe = queueDateSystemProbe(context);
    await context.sync();
    return reportDateSystem(probe);
  });
}

/**
 * Has Excel recalculate every formula (`Application.calculate(full)`, ExcelApi 1.1: "This will
 * mark all cells as dirty and then recalculate them", Excel.CalculationType), so custom functions
 * that answered before the add-in knew the date system answer again. Excel recalculates the
 * formulas of every open workbook this way (as Ctrl+Alt+F9 does), in manual calculation mode too.
 */
export async function recalculateAllFormulas(): Promise<void> {
  await Excel.run(async (context) => {
    context.workbook.application.calculate(Excel.CalculationType.full);
    await context.sync();
  });
}
