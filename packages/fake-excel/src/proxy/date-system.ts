/**
 * The workbook's date system, and the one worksheet function the add-in evaluates through
 * Office.js: `Workbook.functions.date` (ExcelApi 1.2).
 *
 * - A workbook uses the 1900 date system (serial 1 is 1 January 1900) or the 1904 one
 *   (serial 0 is 1 January 1904, 1,462 days later): "Date systems in Excel"
 *   (support.microsoft.com) and "1900 and 1904 date system in Excel"
 *   (https://learn.microsoft.com/en-us/office/troubleshoot/excel/1900-and-1904-date-system).
 *   A cell holds the serial of its own system, and `Range.values` returns it as stored. The host
 *   keeps the numbers a test writes as they are: a 1904 workbook's dates are written as 1904
 *   serials. (Typed input of a date, parseTypedEntry, still gives 1900 serials: a difference
 *   from Excel, which would store the 1904 serial.)
 * - Office.js has no released member that reads the date system (`Workbook.use1904DateSystem`
 *   is in the preview set only, "ExcelApi BETA (PREVIEW ONLY)", and absent from
 *   @types/office-js), but `Workbook.functions` evaluates worksheet functions without writing a
 *   cell ("Call built-in Excel worksheet functions",
 *   https://learn.microsoft.com/en-us/office/dev/add-ins/excel/call-built-in-functions), and
 *   DATE's year is "a number from 1900 or 1904 (depending on the workbook's date system)"
 *   (Excel.Functions.date): DATE(1904, 1, 1) is 0 in a 1904 workbook and 1462 in a 1900 one.
 * - DATE (support.microsoft.com, "DATE function"): a year from 0 to 1899 has 1900 added; months
 *   and days past their ends carry over; a result before the system's first day, or a year
 *   above 9999, is `#NUM!`. `FunctionResult.error` is that error's text and `value` is then
 *   not set ("The value field will be populated only if no error has occurred").
 */
import type { ProxyContext } from "./client-object";
import { defineProxyProperties, FakeClientObject, type PropTable, Ref } from "./client-object";
import type { WorkbookModel as FakeWorkbook } from "../model/workbook";

const date1904 = new WeakMap<FakeWorkbook, boolean>();

/** Sets whether `wb` uses the 1904 date system (Excel: File > Options > Advanced). */
export function useDate1904(wb: FakeWorkbook, on = true): void {
  date1904.set(wb, on);
}

/** True when `wb` uses the 1904 date system. */
export function usesDate1904(wb: FakeWorkbook): boolean {
  return date1904.get(wb) ?? false;
}

/** Days from 1899-12-30 (the 1900 system's day 0 for dates from March 1900) to 1970-01-01. */
const UNIX_EPOCH_SERIAL = 25569;
const MS_PER_DAY = 86_400_000;

/** DATE(year, month, day) in `wb`'s date system, or the error text. */
export function excelDate(wb: FakeWorkbook, year: number, month: number, day: number): number | "#NUM!" {
  const y = Math.trunc(year) < 1900 ? Math.trunc(year) + 1900 : Math.trunc(year);
  if (y < 0 || y > 9999) return "#NUM!";
  // Date.UTC carries months and days over as DATE does (y is 1900 or more: no two-digit years).
  const ms = Date.UTC(y, Math.trunc(month) - 1, Math.trunc(day));
  let serial = Math.round(ms / MS_PER_DAY) + UNIX_EPOCH_SERIAL;
  if (serial < 61) serial -= 1; // the 1900 system's fictitious 29 February 1900
  if (usesDate1904(wb)) serial -= 1462;
  return serial < (usesDate1904(wb) ? 0 : 1) || serial > 2958465 - (usesDate1904(wb) ? 1462 : 0) ? "#NUM!" : serial;
}

/** Excel.FunctionResult of a number: `value`, or `error` when the function failed. */
export class FakeFunctionResult
  extends FakeClientObject<FakeWorkbook>
  implements Pick<Excel.FunctionResult<number>, "value" | "error">
{
  declare readonly value: number;
  declare readonly error: string;
  protected readonly typeName = "FunctionResult";
  protected readonly props: PropTable<FakeWorkbook>;

  constructor(context: ProxyContext, compute: (wb: FakeWorkbook) => number | string, path: string) {
    super(context, Ref.to<FakeWorkbook>(context.host), path);
    this.props = {
      value: {
        get: (wb) => {
          const r = compute(wb);
          return typeof r === "number" ? r : undefined;
        },
      },
      error: {
        get: (wb) => {
          const r = compute(wb);
          return typeof r === "string" ? r : "";
        },
      },
    };
  }
}

defineProxyProperties(FakeFunctionResult, ["value", "error"]);

/** Excel.Functions (`workbook.functions`, ExcelApi 1.2): DATE only. */
export class FakeFunctions extends FakeClientObject<FakeWorkbook> {
  protected readonly typeName = "Functions";
  protected readonly props: PropTable<FakeWorkbook> = {};

  constructor(context: ProxyContext) {
    super(context, Ref.to<FakeWorkbook>(context.host), "workbook.functions");
  }

  /** DATE(year, month, day) in the workbook's date system. */
  date(year: number, month: number, day: number): FakeFunctionResult {
    return new FakeFunctionResult(
      this.context,
      (wb) => excelDate(wb, year, month, day),
      `workbook.functions.date(${year},${month},${day})`,
    );
  }
}
