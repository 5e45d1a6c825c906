/**
 * Workbook structure protection and worksheet protection.
 *
 * - `workbook.protection` (ExcelApi 1.7): `protected`, `protect(password?)` ("Fails if the
 *   workbook has been protected"), `unprotect(password?)`.
 *   https://learn.microsoft.com/en-us/javascript/api/excel/excel.workbookprotection
 *   With the structure protected, Excel refuses to add, delete, rename, move, hide or unhide
 *   sheets ("Protect a workbook",
 *   https://support.microsoft.com/en-us/office/protect-a-workbook-7e365a4d-3e89-4616-84ca-1931257c1517).
 * - `worksheet.protection` (ExcelApi 1.2; password 1.7): `protected`, `protect(options?,
 *   password?)` ("Fails if the worksheet has already been protected"), `unprotect(password?)`.
 *   https://learn.microsoft.com/en-us/javascript/api/excel/excel.worksheetprotection
 *   A protected sheet refuses changes to its cells ("Protect a worksheet",
 *   https://support.microsoft.com/en-us/office/protect-a-worksheet-3179efdb-1285-4d49-a9c3-f4ca36276de6).
 *
 * The refusal's code: Excel.ErrorCodes documents AccessDenied as "You cannot perform the
 * requested operation", WorksheetProtection documents AccessDenied for a change attempted
 * while protection is on, and office-js #6784 shows protection methods raising AccessDenied.
 * We raise AccessDenied for every refused change. Stricter than Excel: every cell counts as
 * locked (Excel lets unlocked cells be edited) and no `allow...` option is honoured.
 */

import type { SheetState } from "../model/state";
import {
  defineProxyProperties,
  FakeClientObject,
  type PropTable,
  Ref,
  type ProxyContext,
  type ProxyHost,
} from "./client-object";
import { protect, unprotect } from "../model/protection";

/** Excel.WorkbookProtection. */
export class FakeWorkbookProtection
  extends FakeClientObject<ProxyHost>
  implements Pick<Excel.WorkbookProtection, "protected" | "protect" | "unprotect">
{
  declare readonly "protected": boolean;
  protected readonly typeName = "WorkbookProtection";
  protected readonly props: PropTable<ProxyHost> = {
    protected: { get: (wb) => wb.structureProtection !== undefined },
  };

  constructor(context: ProxyContext) {
    super(context, Ref.to(context.host), "workbook.protection");
  }

  /** Protects the structure; fails when it is already protected. */
  protect(password?: string): void {
    this.enqueue(
      { call: "protect" },
      (wb) => (wb.structureProtection = protect(wb.structureProtection, password, "workbook")),
      "protect",
    );
  }

  /** Removes structure protection (the password must match one given to protect). */
  unprotect(password?: string): void {
    this.enqueue(
      { call: "unprotect" },
      (wb) => (wb.structureProtection = unprotect(wb.structureProtection, password)),
      "unprotect",
    );
  }
}
defineProxyProperties(FakeWorkbookProtection, ["protected"]);

/** Excel.WorksheetProtection. */
export class FakeWorksheetProtection
  extends FakeClientObject<SheetState>
  implements Pick<Excel.WorksheetProtection, "protected" | "protect" | "unprotect">
{
  declare readonly "protected": boolean;
  protected readonly typeName = "WorksheetProtection";
  protected readonly props: PropTable<SheetState> = { protected: { get: (s) => s.protection !== undefined } };

  /** Protects the sheet; fails when it is already protected. `options` are accepted and not modelled. */
  protect(_options?: Excel.WorksheetProtectionOptions, password?: string): void {
    this.enqueue({ call: "protect" }, (s) => (s.protection = protect(s.protection, password, "sheet")), "protect");
  }

  /** Removes the sheet's protection (the password must match). */
  unprotect(password?: string): void {
    this.enqueue({ call: "unprotect" }, (s) => (s.protection = unprotect(s.protection, password)), "unprotect");
  }
}
defineProxyProperties(FakeWorksheetProtection, ["protected"]);
