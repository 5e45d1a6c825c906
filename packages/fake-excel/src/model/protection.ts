/**
 * Protection as document state: a protected workbook structure refuses sheet changes and a
 * protected sheet refuses changes to its cells (AccessDenied). The sources, and the Office.js
 * members that set it, are in proxy/protection.ts.
 */
import { FakeErrorCodes, invalidArgument, officeError } from "./errors";
import type { ProtectionState, SheetState, WorkbookState } from "./state";

/** Throws AccessDenied when the workbook's structure is protected. */
export function assertStructureEditable(wb: WorkbookState, what: string): void {
  if (wb.structureProtection) {
    throw officeError(
      FakeErrorCodes.accessDenied,
      `The workbook's structure is protected: ${what} is not allowed. Unprotect the workbook first.`,
    );
  }
}

/** Throws AccessDenied when `sheet` is protected. */
export function assertSheetWritable(sheet: SheetState): void {
  if (sheet.protection) {
    throw officeError(
      FakeErrorCodes.accessDenied,
      `The cell or chart you're trying to change is on the protected sheet '${sheet.name}'.`,
    );
  }
}

export function protect(current: ProtectionState | undefined, password: unknown, what: string): ProtectionState {
  if (current) throw officeError(FakeErrorCodes.invalidOperation, `The ${what} is already protected.`);
  if (password !== undefined && password !== null && typeof password !== "string") {
    throw invalidArgument("The password must be a string.");
  }
  return { password: typeof password === "string" ? password : "" };
}

export function unprotect(current: ProtectionState | undefined, password: unknown): undefined {
  if (current && current.password !== "" && current.password !== password) {
    throw invalidArgument("The password you supplied is not correct.");
  }
  return undefined;
}
