/**
 * Selections that are not one range: several areas (Ctrl+click), or a chart (or another
 * drawing object) clicked on the sheet. What the officer may have selected when the pane reads
 * "the selected cells".
 *
 * - `Workbook.getSelectedRange()`: "Gets the currently selected single range from the workbook.
 *   If there are multiple ranges selected, this method will throw an error."
 *   (https://learn.microsoft.com/en-us/javascript/api/excel/excel.workbook#excel-excel-workbook-getselectedrange-member).
 *   Which code is not documented; the host throws `InvalidSelection`, the code Excel.ErrorCodes
 *   has for "The current selection is invalid for this operation" (office-js #399), and the
 *   add-in must not rely on it.
 * - `Workbook.getSelectedRanges()` (ExcelApi 1.9): "Gets the currently selected one or more
 *   ranges from the workbook. Unlike `getSelectedRange()`, this method returns a `RangeAreas`
 *   object that represents all the selected ranges." `RangeAreas.areaCount` and `address`
 *   (ExcelApi 1.9) are modelled.
 * - With a chart selected, both throw `InvalidSelection`, by design (office-js #2268, and #8 for
 *   shapes and pictures).
 *
 * The state lives beside the workbook (not in its model), set by {@link selectAreas} and
 * {@link selectChart}; a range's `select()` (or {@link clearSpecialSelection}) ends it.
 */
import { formatA1, parseA1, type CellRect } from "../model/address";
import type { ProxyContext } from "./client-object";
import { FakeErrorCodes, officeError } from "../model/errors";
import { defineProxyProperties, FakeClientObject, type PropTable, Ref } from "./client-object";
import type { SheetState } from "../model/state";
import type { WorkbookModel as FakeWorkbook } from "../model/workbook";

/** A selection other than one range. */
export type SpecialSelection =
  | { readonly kind: "areas"; readonly sheet: SheetState; readonly rects: readonly CellRect[] }
  | { readonly kind: "chart"; readonly chart: string };

const special = new WeakMap<FakeWorkbook, SpecialSelection>();

/**
 * Selects several areas of one sheet at once, as Ctrl+click does ("B2:C4", "E2:E4"). The first
 * becomes the range selection too (Excel's active area).
 */
export function selectAreas(wb: FakeWorkbook, sheet: string, addresses: readonly string[]): void {
  const s = wb.requireSheet(sheet);
  const rects = addresses.map((a) => {
    const { startRow, startCol, endRow, endCol } = parseA1(a);
    return { startRow, startCol, endRow, endCol };
  });
  const first = rects[0];
  if (!first) throw new RangeError("selectAreas: at least one address");
  wb.selection = { sheet: s, rect: { ...first } };
  if (rects.length > 1) special.set(wb, { kind: "areas", sheet: s, rects });
  else special.delete(wb);
}

/** Selects a chart (by name): no range is selected while it is. */
export function selectChart(wb: FakeWorkbook, chart: string): void {
  special.set(wb, { kind: "chart", chart });
}

/** Ends a special selection (a range's `select()` does too). */
export function clearSpecialSelection(wb: FakeWorkbook): void {
  special.delete(wb);
}

/**
 * @internal Throws what `getSelectedRange()` (`single`) or `getSelectedRanges()` throws at sync
 * for the current special selection, if it throws.
 */
export function throwIfInvalidSelection(wb: FakeWorkbook, single: boolean, location: string): void {
  const s = special.get(wb);
  if (!s) return;
  if (s.kind === "chart" || single)
    throw officeError(
      FakeErrorCodes.invalidSelection,
      "The current selection is invalid for this operation.",
      location,
    );
}

/** What a `RangeAreas` from `getSelectedRanges()` resolves to. */
interface AreasTarget {
  readonly sheet: SheetState;
  readonly rects: readonly CellRect[];
}

/**
 * Excel.RangeAreas as `getSelectedRanges()` returns it: `areaCount` and `address` ("Returns
 * the RangeAreas reference in A1-style. Address value will contain the worksheet name for
 * each rectangular block of cells (e.g., "Sheet1!A1:B4, Sheet1!D1:D4")",
 * https://learn.microsoft.com/en-us/javascript/api/excel/excel.rangeareas).
 */
export class FakeRangeAreas
  extends FakeClientObject<AreasTarget>
  implements Pick<Excel.RangeAreas, "areaCount" | "address">
{
  declare readonly areaCount: number;
  declare readonly address: string;
  protected readonly typeName = "RangeAreas";
  protected readonly props: PropTable<AreasTarget> = {
    areaCount: { get: (t) => t.rects.length },
    address: { get: (t) => t.rects.map((r) => formatA1(r, t.sheet.name)).join(", ") },
  };

  constructor(context: ProxyContext) {
    const wb = context.host;
    super(
      context,
      new Ref(() => {
        throwIfInvalidSelection(wb, false, "Workbook.getSelectedRanges");
        const s = special.get(wb);
        if (s?.kind === "areas") return { sheet: s.sheet, rects: s.rects };
        return wb.selection ? { sheet: wb.selection.sheet, rects: [{ ...wb.selection.rect }] } : null;
      }),
      "workbook.getSelectedRanges()",
    );
  }
}

defineProxyProperties(FakeRangeAreas, ["areaCount", "address"]);
