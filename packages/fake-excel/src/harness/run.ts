/**
 * `Excel.run` over a FakeWorkbook, behind the API-set gate when an ExcelApi version is emulated.
 */
import { FakeRequestContext } from "../proxy/context";
import { emulatedExcelApi, gateContext } from "./api-sets";
import type { FakeWorkbook } from "./workbook";

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
